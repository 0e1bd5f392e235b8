/**
 */
package org.attest.model;

import java.util.Date;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Document</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A news article: its metadata and the hash of its immutable text.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.attest.model.Document#getId <em>Id</em>}</li>
 *   <li>{@link org.attest.model.Document#getTitle <em>Title</em>}</li>
 *   <li>{@link org.attest.model.Document#getOutlet <em>Outlet</em>}</li>
 *   <li>{@link org.attest.model.Document#getLanguage <em>Language</em>}</li>
 *   <li>{@link org.attest.model.Document#getOriginalLanguage <em>Original Language</em>}</li>
 *   <li>{@link org.attest.model.Document#getPublicationDate <em>Publication Date</em>}</li>
 *   <li>{@link org.attest.model.Document#getSourceFileName <em>Source File Name</em>}</li>
 *   <li>{@link org.attest.model.Document#getTextSha256 <em>Text Sha256</em>}</li>
 *   <li>{@link org.attest.model.Document#getTextLength <em>Text Length</em>}</li>
 *   <li>{@link org.attest.model.Document#getImported <em>Imported</em>}</li>
 *   <li>{@link org.attest.model.Document#getMetadata <em>Metadata</em>}</li>
 *   <li>{@link org.attest.model.Document#getStates <em>States</em>}</li>
 *   <li>{@link org.attest.model.Document#getGoldState <em>Gold State</em>}</li>
 * </ul>
 *
 * @see org.attest.model.CorpusPackage#getDocument()
 * @model
 * @generated
 */
public interface Document extends EObject {
	/**
	 * Returns the value of the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Id</em>' attribute.
	 * @see #setId(String)
	 * @see org.attest.model.CorpusPackage#getDocument_Id()
	 * @model id="true"
	 * @generated
	 */
	String getId();

	/**
	 * Sets the value of the '{@link org.attest.model.Document#getId <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Id</em>' attribute.
	 * @see #getId()
	 * @generated
	 */
	void setId(String value);

	/**
	 * Returns the value of the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Title</em>' attribute.
	 * @see #setTitle(String)
	 * @see org.attest.model.CorpusPackage#getDocument_Title()
	 * @model
	 * @generated
	 */
	String getTitle();

	/**
	 * Sets the value of the '{@link org.attest.model.Document#getTitle <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Title</em>' attribute.
	 * @see #getTitle()
	 * @generated
	 */
	void setTitle(String value);

	/**
	 * Returns the value of the '<em><b>Outlet</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Outlet</em>' attribute.
	 * @see #setOutlet(String)
	 * @see org.attest.model.CorpusPackage#getDocument_Outlet()
	 * @model
	 * @generated
	 */
	String getOutlet();

	/**
	 * Sets the value of the '{@link org.attest.model.Document#getOutlet <em>Outlet</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Outlet</em>' attribute.
	 * @see #getOutlet()
	 * @generated
	 */
	void setOutlet(String value);

	/**
	 * Returns the value of the '<em><b>Language</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Language</em>' attribute.
	 * @see #setLanguage(String)
	 * @see org.attest.model.CorpusPackage#getDocument_Language()
	 * @model
	 * @generated
	 */
	String getLanguage();

	/**
	 * Sets the value of the '{@link org.attest.model.Document#getLanguage <em>Language</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Language</em>' attribute.
	 * @see #getLanguage()
	 * @generated
	 */
	void setLanguage(String value);

	/**
	 * Returns the value of the '<em><b>Original Language</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Original Language</em>' attribute.
	 * @see #setOriginalLanguage(String)
	 * @see org.attest.model.CorpusPackage#getDocument_OriginalLanguage()
	 * @model
	 * @generated
	 */
	String getOriginalLanguage();

	/**
	 * Sets the value of the '{@link org.attest.model.Document#getOriginalLanguage <em>Original Language</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Original Language</em>' attribute.
	 * @see #getOriginalLanguage()
	 * @generated
	 */
	void setOriginalLanguage(String value);

	/**
	 * Returns the value of the '<em><b>Publication Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Publication Date</em>' attribute.
	 * @see #setPublicationDate(String)
	 * @see org.attest.model.CorpusPackage#getDocument_PublicationDate()
	 * @model
	 * @generated
	 */
	String getPublicationDate();

	/**
	 * Sets the value of the '{@link org.attest.model.Document#getPublicationDate <em>Publication Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Publication Date</em>' attribute.
	 * @see #getPublicationDate()
	 * @generated
	 */
	void setPublicationDate(String value);

	/**
	 * Returns the value of the '<em><b>Source File Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Source File Name</em>' attribute.
	 * @see #setSourceFileName(String)
	 * @see org.attest.model.CorpusPackage#getDocument_SourceFileName()
	 * @model
	 * @generated
	 */
	String getSourceFileName();

	/**
	 * Sets the value of the '{@link org.attest.model.Document#getSourceFileName <em>Source File Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Source File Name</em>' attribute.
	 * @see #getSourceFileName()
	 * @generated
	 */
	void setSourceFileName(String value);

	/**
	 * Returns the value of the '<em><b>Text Sha256</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Text Sha256</em>' attribute.
	 * @see #setTextSha256(String)
	 * @see org.attest.model.CorpusPackage#getDocument_TextSha256()
	 * @model
	 * @generated
	 */
	String getTextSha256();

	/**
	 * Sets the value of the '{@link org.attest.model.Document#getTextSha256 <em>Text Sha256</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Text Sha256</em>' attribute.
	 * @see #getTextSha256()
	 * @generated
	 */
	void setTextSha256(String value);

	/**
	 * Returns the value of the '<em><b>Text Length</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Text Length</em>' attribute.
	 * @see #setTextLength(int)
	 * @see org.attest.model.CorpusPackage#getDocument_TextLength()
	 * @model
	 * @generated
	 */
	int getTextLength();

	/**
	 * Sets the value of the '{@link org.attest.model.Document#getTextLength <em>Text Length</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Text Length</em>' attribute.
	 * @see #getTextLength()
	 * @generated
	 */
	void setTextLength(int value);

	/**
	 * Returns the value of the '<em><b>Imported</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Imported</em>' attribute.
	 * @see #setImported(Date)
	 * @see org.attest.model.CorpusPackage#getDocument_Imported()
	 * @model
	 * @generated
	 */
	Date getImported();

	/**
	 * Sets the value of the '{@link org.attest.model.Document#getImported <em>Imported</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Imported</em>' attribute.
	 * @see #getImported()
	 * @generated
	 */
	void setImported(Date value);

	/**
	 * Returns the value of the '<em><b>Metadata</b></em>' containment reference list.
	 * The list contents are of type {@link org.attest.model.MetadataEntry}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Metadata</em>' containment reference list.
	 * @see org.attest.model.CorpusPackage#getDocument_Metadata()
	 * @model containment="true"
	 * @generated
	 */
	EList<MetadataEntry> getMetadata();

	/**
	 * Returns the value of the '<em><b>States</b></em>' containment reference list.
	 * The list contents are of type {@link org.attest.model.AnnotationState}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>States</em>' containment reference list.
	 * @see org.attest.model.CorpusPackage#getDocument_States()
	 * @model containment="true"
	 * @generated
	 */
	EList<AnnotationState> getStates();

	/**
	 * Returns the value of the '<em><b>Gold State</b></em>' attribute.
	 * The literals are from the enumeration {@link org.attest.model.GoldState}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Gold State</em>' attribute.
	 * @see org.attest.model.GoldState
	 * @see #setGoldState(GoldState)
	 * @see org.attest.model.CorpusPackage#getDocument_GoldState()
	 * @model
	 * @generated
	 */
	GoldState getGoldState();

	/**
	 * Sets the value of the '{@link org.attest.model.Document#getGoldState <em>Gold State</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Gold State</em>' attribute.
	 * @see org.attest.model.GoldState
	 * @see #getGoldState()
	 * @generated
	 */
	void setGoldState(GoldState value);

} // Document
