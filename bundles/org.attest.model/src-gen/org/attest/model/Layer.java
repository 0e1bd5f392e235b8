/**
 */
package org.attest.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Layer</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A kind of annotation (Entity, Claim, Attribution ...) defined as data; the UIMA type is generated from it.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.attest.model.Layer#getName <em>Name</em>}</li>
 *   <li>{@link org.attest.model.Layer#getDescription <em>Description</em>}</li>
 *   <li>{@link org.attest.model.Layer#getColor <em>Color</em>}</li>
 *   <li>{@link org.attest.model.Layer#getFeatures <em>Features</em>}</li>
 *   <li>{@link org.attest.model.Layer#getLabelFeature <em>Label Feature</em>}</li>
 * </ul>
 *
 * @see org.attest.model.CorpusPackage#getLayer()
 * @model abstract="true"
 * @generated
 */
public interface Layer extends EObject {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.attest.model.CorpusPackage#getLayer_Name()
	 * @model id="true"
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.attest.model.Layer#getName <em>Name</em>}' attribute.
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
	 * @see org.attest.model.CorpusPackage#getLayer_Description()
	 * @model
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link org.attest.model.Layer#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

	/**
	 * Returns the value of the '<em><b>Color</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Color</em>' attribute.
	 * @see #setColor(String)
	 * @see org.attest.model.CorpusPackage#getLayer_Color()
	 * @model
	 * @generated
	 */
	String getColor();

	/**
	 * Sets the value of the '{@link org.attest.model.Layer#getColor <em>Color</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Color</em>' attribute.
	 * @see #getColor()
	 * @generated
	 */
	void setColor(String value);

	/**
	 * Returns the value of the '<em><b>Features</b></em>' containment reference list.
	 * The list contents are of type {@link org.attest.model.FeatureDefinition}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Features</em>' containment reference list.
	 * @see org.attest.model.CorpusPackage#getLayer_Features()
	 * @model containment="true"
	 * @generated
	 */
	EList<FeatureDefinition> getFeatures();

	/**
	 * Returns the value of the '<em><b>Label Feature</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Label Feature</em>' reference.
	 * @see #setLabelFeature(FeatureDefinition)
	 * @see org.attest.model.CorpusPackage#getLayer_LabelFeature()
	 * @model
	 * @generated
	 */
	FeatureDefinition getLabelFeature();

	/**
	 * Sets the value of the '{@link org.attest.model.Layer#getLabelFeature <em>Label Feature</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Label Feature</em>' reference.
	 * @see #getLabelFeature()
	 * @generated
	 */
	void setLabelFeature(FeatureDefinition value);

} // Layer
