/**
 */
package org.attest.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Feature Definition</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A feature of a layer: a tag from a tagset, a string, number or boolean, or a link to a registry entity, a claim cluster or another span.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.attest.model.FeatureDefinition#getName <em>Name</em>}</li>
 *   <li>{@link org.attest.model.FeatureDefinition#getDescription <em>Description</em>}</li>
 *   <li>{@link org.attest.model.FeatureDefinition#getKind <em>Kind</em>}</li>
 *   <li>{@link org.attest.model.FeatureDefinition#isRequired <em>Required</em>}</li>
 *   <li>{@link org.attest.model.FeatureDefinition#getTagset <em>Tagset</em>}</li>
 *   <li>{@link org.attest.model.FeatureDefinition#getTargetLayer <em>Target Layer</em>}</li>
 * </ul>
 *
 * @see org.attest.model.CorpusPackage#getFeatureDefinition()
 * @model
 * @generated
 */
public interface FeatureDefinition extends EObject {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.attest.model.CorpusPackage#getFeatureDefinition_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.attest.model.FeatureDefinition#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Description</em>' attribute.
	 * @see #setDescription(String)
	 * @see org.attest.model.CorpusPackage#getFeatureDefinition_Description()
	 * @model
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link org.attest.model.FeatureDefinition#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.attest.model.FeatureKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.attest.model.FeatureKind
	 * @see #setKind(FeatureKind)
	 * @see org.attest.model.CorpusPackage#getFeatureDefinition_Kind()
	 * @model
	 * @generated
	 */
	FeatureKind getKind();

	/**
	 * Sets the value of the '{@link org.attest.model.FeatureDefinition#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.attest.model.FeatureKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(FeatureKind value);

	/**
	 * Returns the value of the '<em><b>Required</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Required</em>' attribute.
	 * @see #setRequired(boolean)
	 * @see org.attest.model.CorpusPackage#getFeatureDefinition_Required()
	 * @model
	 * @generated
	 */
	boolean isRequired();

	/**
	 * Sets the value of the '{@link org.attest.model.FeatureDefinition#isRequired <em>Required</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Required</em>' attribute.
	 * @see #isRequired()
	 * @generated
	 */
	void setRequired(boolean value);

	/**
	 * Returns the value of the '<em><b>Tagset</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Tagset</em>' reference.
	 * @see #setTagset(Tagset)
	 * @see org.attest.model.CorpusPackage#getFeatureDefinition_Tagset()
	 * @model
	 * @generated
	 */
	Tagset getTagset();

	/**
	 * Sets the value of the '{@link org.attest.model.FeatureDefinition#getTagset <em>Tagset</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Tagset</em>' reference.
	 * @see #getTagset()
	 * @generated
	 */
	void setTagset(Tagset value);

	/**
	 * Returns the value of the '<em><b>Target Layer</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Target Layer</em>' reference.
	 * @see #setTargetLayer(SpanLayer)
	 * @see org.attest.model.CorpusPackage#getFeatureDefinition_TargetLayer()
	 * @model
	 * @generated
	 */
	SpanLayer getTargetLayer();

	/**
	 * Sets the value of the '{@link org.attest.model.FeatureDefinition#getTargetLayer <em>Target Layer</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Target Layer</em>' reference.
	 * @see #getTargetLayer()
	 * @generated
	 */
	void setTargetLayer(SpanLayer value);

} // FeatureDefinition
