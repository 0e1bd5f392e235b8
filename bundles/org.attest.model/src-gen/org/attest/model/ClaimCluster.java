/**
 */
package org.attest.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Claim Cluster</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A group of claims across documents that state the same proposition, possibly with conflicting values.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.attest.model.ClaimCluster#getId <em>Id</em>}</li>
 *   <li>{@link org.attest.model.ClaimCluster#getProposition <em>Proposition</em>}</li>
 *   <li>{@link org.attest.model.ClaimCluster#getNote <em>Note</em>}</li>
 * </ul>
 *
 * @see org.attest.model.CorpusPackage#getClaimCluster()
 * @model
 * @generated
 */
public interface ClaimCluster extends EObject {
	/**
	 * Returns the value of the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Id</em>' attribute.
	 * @see #setId(String)
	 * @see org.attest.model.CorpusPackage#getClaimCluster_Id()
	 * @model id="true"
	 * @generated
	 */
	String getId();

	/**
	 * Sets the value of the '{@link org.attest.model.ClaimCluster#getId <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Id</em>' attribute.
	 * @see #getId()
	 * @generated
	 */
	void setId(String value);

	/**
	 * Returns the value of the '<em><b>Proposition</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Proposition</em>' attribute.
	 * @see #setProposition(String)
	 * @see org.attest.model.CorpusPackage#getClaimCluster_Proposition()
	 * @model
	 * @generated
	 */
	String getProposition();

	/**
	 * Sets the value of the '{@link org.attest.model.ClaimCluster#getProposition <em>Proposition</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Proposition</em>' attribute.
	 * @see #getProposition()
	 * @generated
	 */
	void setProposition(String value);

	/**
	 * Returns the value of the '<em><b>Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Note</em>' attribute.
	 * @see #setNote(String)
	 * @see org.attest.model.CorpusPackage#getClaimCluster_Note()
	 * @model
	 * @generated
	 */
	String getNote();

	/**
	 * Sets the value of the '{@link org.attest.model.ClaimCluster#getNote <em>Note</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Note</em>' attribute.
	 * @see #getNote()
	 * @generated
	 */
	void setNote(String value);

} // ClaimCluster
