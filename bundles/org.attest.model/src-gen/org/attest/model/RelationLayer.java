/**
 */
package org.attest.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Relation Layer</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A layer of directed relations between two spans, such as Attribution (claim to source).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.attest.model.RelationLayer#getFromLayer <em>From Layer</em>}</li>
 *   <li>{@link org.attest.model.RelationLayer#getToLayer <em>To Layer</em>}</li>
 * </ul>
 *
 * @see org.attest.model.CorpusPackage#getRelationLayer()
 * @model
 * @generated
 */
public interface RelationLayer extends Layer {
	/**
	 * Returns the value of the '<em><b>From Layer</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>From Layer</em>' reference.
	 * @see #setFromLayer(SpanLayer)
	 * @see org.attest.model.CorpusPackage#getRelationLayer_FromLayer()
	 * @model required="true"
	 * @generated
	 */
	SpanLayer getFromLayer();

	/**
	 * Sets the value of the '{@link org.attest.model.RelationLayer#getFromLayer <em>From Layer</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>From Layer</em>' reference.
	 * @see #getFromLayer()
	 * @generated
	 */
	void setFromLayer(SpanLayer value);

	/**
	 * Returns the value of the '<em><b>To Layer</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>To Layer</em>' reference.
	 * @see #setToLayer(SpanLayer)
	 * @see org.attest.model.CorpusPackage#getRelationLayer_ToLayer()
	 * @model required="true"
	 * @generated
	 */
	SpanLayer getToLayer();

	/**
	 * Sets the value of the '{@link org.attest.model.RelationLayer#getToLayer <em>To Layer</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>To Layer</em>' reference.
	 * @see #getToLayer()
	 * @generated
	 */
	void setToLayer(SpanLayer value);

} // RelationLayer
