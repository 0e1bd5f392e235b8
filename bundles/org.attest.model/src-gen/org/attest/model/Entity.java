/**
 */
package org.attest.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Entity</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * An entry of the corpus-level entity registry that mentions link to.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.attest.model.Entity#getId <em>Id</em>}</li>
 *   <li>{@link org.attest.model.Entity#getCanonicalName <em>Canonical Name</em>}</li>
 *   <li>{@link org.attest.model.Entity#getType <em>Type</em>}</li>
 *   <li>{@link org.attest.model.Entity#getAliases <em>Aliases</em>}</li>
 *   <li>{@link org.attest.model.Entity#getKnowledgeBaseId <em>Knowledge Base Id</em>}</li>
 *   <li>{@link org.attest.model.Entity#getMergedIds <em>Merged Ids</em>}</li>
 * </ul>
 *
 * @see org.attest.model.CorpusPackage#getEntity()
 * @model
 * @generated
 */
public interface Entity extends EObject {
	/**
	 * Returns the value of the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Id</em>' attribute.
	 * @see #setId(String)
	 * @see org.attest.model.CorpusPackage#getEntity_Id()
	 * @model id="true"
	 * @generated
	 */
	String getId();

	/**
	 * Sets the value of the '{@link org.attest.model.Entity#getId <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Id</em>' attribute.
	 * @see #getId()
	 * @generated
	 */
	void setId(String value);

	/**
	 * Returns the value of the '<em><b>Canonical Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Canonical Name</em>' attribute.
	 * @see #setCanonicalName(String)
	 * @see org.attest.model.CorpusPackage#getEntity_CanonicalName()
	 * @model
	 * @generated
	 */
	String getCanonicalName();

	/**
	 * Sets the value of the '{@link org.attest.model.Entity#getCanonicalName <em>Canonical Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Canonical Name</em>' attribute.
	 * @see #getCanonicalName()
	 * @generated
	 */
	void setCanonicalName(String value);

	/**
	 * Returns the value of the '<em><b>Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Type</em>' attribute.
	 * @see #setType(String)
	 * @see org.attest.model.CorpusPackage#getEntity_Type()
	 * @model
	 * @generated
	 */
	String getType();

	/**
	 * Sets the value of the '{@link org.attest.model.Entity#getType <em>Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Type</em>' attribute.
	 * @see #getType()
	 * @generated
	 */
	void setType(String value);

	/**
	 * Returns the value of the '<em><b>Aliases</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Aliases</em>' attribute list.
	 * @see org.attest.model.CorpusPackage#getEntity_Aliases()
	 * @model
	 * @generated
	 */
	EList<String> getAliases();

	/**
	 * Returns the value of the '<em><b>Knowledge Base Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Knowledge Base Id</em>' attribute.
	 * @see #setKnowledgeBaseId(String)
	 * @see org.attest.model.CorpusPackage#getEntity_KnowledgeBaseId()
	 * @model
	 * @generated
	 */
	String getKnowledgeBaseId();

	/**
	 * Sets the value of the '{@link org.attest.model.Entity#getKnowledgeBaseId <em>Knowledge Base Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Knowledge Base Id</em>' attribute.
	 * @see #getKnowledgeBaseId()
	 * @generated
	 */
	void setKnowledgeBaseId(String value);

	/**
	 * Returns the value of the '<em><b>Merged Ids</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Merged Ids</em>' attribute list.
	 * @see org.attest.model.CorpusPackage#getEntity_MergedIds()
	 * @model
	 * @generated
	 */
	EList<String> getMergedIds();

} // Entity
