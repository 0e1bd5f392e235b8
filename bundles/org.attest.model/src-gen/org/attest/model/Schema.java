/**
 */
package org.attest.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Schema</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The annotation schema: span and relation layers with their features, and the tagsets they use.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.attest.model.Schema#getName <em>Name</em>}</li>
 *   <li>{@link org.attest.model.Schema#getVersion <em>Version</em>}</li>
 *   <li>{@link org.attest.model.Schema#getTypeNamespace <em>Type Namespace</em>}</li>
 *   <li>{@link org.attest.model.Schema#getTagsets <em>Tagsets</em>}</li>
 *   <li>{@link org.attest.model.Schema#getLayers <em>Layers</em>}</li>
 * </ul>
 *
 * @see org.attest.model.CorpusPackage#getSchema()
 * @model
 * @generated
 */
public interface Schema extends EObject {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.attest.model.CorpusPackage#getSchema_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.attest.model.Schema#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Version</b></em>' attribute.
	 * The default value is <code>"1"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Version</em>' attribute.
	 * @see #setVersion(int)
	 * @see org.attest.model.CorpusPackage#getSchema_Version()
	 * @model default="1"
	 * @generated
	 */
	int getVersion();

	/**
	 * Sets the value of the '{@link org.attest.model.Schema#getVersion <em>Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Version</em>' attribute.
	 * @see #getVersion()
	 * @generated
	 */
	void setVersion(int value);

	/**
	 * Returns the value of the '<em><b>Type Namespace</b></em>' attribute.
	 * The default value is <code>"org.attest.type"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Type Namespace</em>' attribute.
	 * @see #setTypeNamespace(String)
	 * @see org.attest.model.CorpusPackage#getSchema_TypeNamespace()
	 * @model default="org.attest.type"
	 * @generated
	 */
	String getTypeNamespace();

	/**
	 * Sets the value of the '{@link org.attest.model.Schema#getTypeNamespace <em>Type Namespace</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Type Namespace</em>' attribute.
	 * @see #getTypeNamespace()
	 * @generated
	 */
	void setTypeNamespace(String value);

	/**
	 * Returns the value of the '<em><b>Tagsets</b></em>' containment reference list.
	 * The list contents are of type {@link org.attest.model.Tagset}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Tagsets</em>' containment reference list.
	 * @see org.attest.model.CorpusPackage#getSchema_Tagsets()
	 * @model containment="true"
	 * @generated
	 */
	EList<Tagset> getTagsets();

	/**
	 * Returns the value of the '<em><b>Layers</b></em>' containment reference list.
	 * The list contents are of type {@link org.attest.model.Layer}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Layers</em>' containment reference list.
	 * @see org.attest.model.CorpusPackage#getSchema_Layers()
	 * @model containment="true"
	 * @generated
	 */
	EList<Layer> getLayers();

} // Schema
