/**
 */
package org.attest.model;

import java.util.Date;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Document Progress</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The state of an annotator's work on one document, by the document's id, as an annotator record stores it.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.attest.model.DocumentProgress#getDocument <em>Document</em>}</li>
 *   <li>{@link org.attest.model.DocumentProgress#getState <em>State</em>}</li>
 *   <li>{@link org.attest.model.DocumentProgress#getUpdated <em>Updated</em>}</li>
 * </ul>
 *
 * @see org.attest.model.CorpusPackage#getDocumentProgress()
 * @model
 * @generated
 */
public interface DocumentProgress extends EObject {
	/**
	 * Returns the value of the '<em><b>Document</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Document</em>' attribute.
	 * @see #setDocument(String)
	 * @see org.attest.model.CorpusPackage#getDocumentProgress_Document()
	 * @model
	 * @generated
	 */
	String getDocument();

	/**
	 * Sets the value of the '{@link org.attest.model.DocumentProgress#getDocument <em>Document</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Document</em>' attribute.
	 * @see #getDocument()
	 * @generated
	 */
	void setDocument(String value);

	/**
	 * Returns the value of the '<em><b>State</b></em>' attribute.
	 * The literals are from the enumeration {@link org.attest.model.DocumentState}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>State</em>' attribute.
	 * @see org.attest.model.DocumentState
	 * @see #setState(DocumentState)
	 * @see org.attest.model.CorpusPackage#getDocumentProgress_State()
	 * @model
	 * @generated
	 */
	DocumentState getState();

	/**
	 * Sets the value of the '{@link org.attest.model.DocumentProgress#getState <em>State</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>State</em>' attribute.
	 * @see org.attest.model.DocumentState
	 * @see #getState()
	 * @generated
	 */
	void setState(DocumentState value);

	/**
	 * Returns the value of the '<em><b>Updated</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Updated</em>' attribute.
	 * @see #setUpdated(Date)
	 * @see org.attest.model.CorpusPackage#getDocumentProgress_Updated()
	 * @model
	 * @generated
	 */
	Date getUpdated();

	/**
	 * Sets the value of the '{@link org.attest.model.DocumentProgress#getUpdated <em>Updated</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Updated</em>' attribute.
	 * @see #getUpdated()
	 * @generated
	 */
	void setUpdated(Date value);

} // DocumentProgress
