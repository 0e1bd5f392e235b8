/**
 */
package org.attest.model;

import java.util.Date;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Curation Record</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The curation of one gold document, stored beside it: the reviewer holding it, the gold file it describes, and a decision for every curated position.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.attest.model.CurationRecord#getDocument <em>Document</em>}</li>
 *   <li>{@link org.attest.model.CurationRecord#getReviewer <em>Reviewer</em>}</li>
 *   <li>{@link org.attest.model.CurationRecord#getReviewerSince <em>Reviewer Since</em>}</li>
 *   <li>{@link org.attest.model.CurationRecord#getGoldSha256 <em>Gold Sha256</em>}</li>
 *   <li>{@link org.attest.model.CurationRecord#getDecisions <em>Decisions</em>}</li>
 *   <li>{@link org.attest.model.CurationRecord#getState <em>State</em>}</li>
 * </ul>
 *
 * @see org.attest.model.CorpusPackage#getCurationRecord()
 * @model
 * @generated
 */
public interface CurationRecord extends EObject {
	/**
	 * Returns the value of the '<em><b>Document</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Document</em>' attribute.
	 * @see #setDocument(String)
	 * @see org.attest.model.CorpusPackage#getCurationRecord_Document()
	 * @model
	 * @generated
	 */
	String getDocument();

	/**
	 * Sets the value of the '{@link org.attest.model.CurationRecord#getDocument <em>Document</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Document</em>' attribute.
	 * @see #getDocument()
	 * @generated
	 */
	void setDocument(String value);

	/**
	 * Returns the value of the '<em><b>Reviewer</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Reviewer</em>' attribute.
	 * @see #setReviewer(String)
	 * @see org.attest.model.CorpusPackage#getCurationRecord_Reviewer()
	 * @model
	 * @generated
	 */
	String getReviewer();

	/**
	 * Sets the value of the '{@link org.attest.model.CurationRecord#getReviewer <em>Reviewer</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Reviewer</em>' attribute.
	 * @see #getReviewer()
	 * @generated
	 */
	void setReviewer(String value);

	/**
	 * Returns the value of the '<em><b>Reviewer Since</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Reviewer Since</em>' attribute.
	 * @see #setReviewerSince(Date)
	 * @see org.attest.model.CorpusPackage#getCurationRecord_ReviewerSince()
	 * @model
	 * @generated
	 */
	Date getReviewerSince();

	/**
	 * Sets the value of the '{@link org.attest.model.CurationRecord#getReviewerSince <em>Reviewer Since</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Reviewer Since</em>' attribute.
	 * @see #getReviewerSince()
	 * @generated
	 */
	void setReviewerSince(Date value);

	/**
	 * Returns the value of the '<em><b>Gold Sha256</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Gold Sha256</em>' attribute.
	 * @see #setGoldSha256(String)
	 * @see org.attest.model.CorpusPackage#getCurationRecord_GoldSha256()
	 * @model
	 * @generated
	 */
	String getGoldSha256();

	/**
	 * Sets the value of the '{@link org.attest.model.CurationRecord#getGoldSha256 <em>Gold Sha256</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Gold Sha256</em>' attribute.
	 * @see #getGoldSha256()
	 * @generated
	 */
	void setGoldSha256(String value);

	/**
	 * Returns the value of the '<em><b>Decisions</b></em>' containment reference list.
	 * The list contents are of type {@link org.attest.model.GoldDecision}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Decisions</em>' containment reference list.
	 * @see org.attest.model.CorpusPackage#getCurationRecord_Decisions()
	 * @model containment="true"
	 * @generated
	 */
	EList<GoldDecision> getDecisions();

	/**
	 * Returns the value of the '<em><b>State</b></em>' attribute.
	 * The literals are from the enumeration {@link org.attest.model.GoldState}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How far the curation of the gold document has got; kept here, in a file only reviewers write, so that it synchronises without conflicts.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>State</em>' attribute.
	 * @see org.attest.model.GoldState
	 * @see #setState(GoldState)
	 * @see org.attest.model.CorpusPackage#getCurationRecord_State()
	 * @model
	 * @generated
	 */
	GoldState getState();

	/**
	 * Sets the value of the '{@link org.attest.model.CurationRecord#getState <em>State</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>State</em>' attribute.
	 * @see org.attest.model.GoldState
	 * @see #getState()
	 * @generated
	 */
	void setState(GoldState value);

} // CurationRecord
