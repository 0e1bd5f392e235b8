/**
 */
package org.attest.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Span Layer</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A layer of text spans, such as entity mentions or claims.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.attest.model.SpanLayer#isAllowOverlap <em>Allow Overlap</em>}</li>
 *   <li>{@link org.attest.model.SpanLayer#isCrossSentence <em>Cross Sentence</em>}</li>
 * </ul>
 *
 * @see org.attest.model.CorpusPackage#getSpanLayer()
 * @model
 * @generated
 */
public interface SpanLayer extends Layer {
	/**
	 * Returns the value of the '<em><b>Allow Overlap</b></em>' attribute.
	 * The default value is <code>"true"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Allow Overlap</em>' attribute.
	 * @see #setAllowOverlap(boolean)
	 * @see org.attest.model.CorpusPackage#getSpanLayer_AllowOverlap()
	 * @model default="true"
	 * @generated
	 */
	boolean isAllowOverlap();

	/**
	 * Sets the value of the '{@link org.attest.model.SpanLayer#isAllowOverlap <em>Allow Overlap</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Allow Overlap</em>' attribute.
	 * @see #isAllowOverlap()
	 * @generated
	 */
	void setAllowOverlap(boolean value);

	/**
	 * Returns the value of the '<em><b>Cross Sentence</b></em>' attribute.
	 * The default value is <code>"true"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Cross Sentence</em>' attribute.
	 * @see #setCrossSentence(boolean)
	 * @see org.attest.model.CorpusPackage#getSpanLayer_CrossSentence()
	 * @model default="true"
	 * @generated
	 */
	boolean isCrossSentence();

	/**
	 * Sets the value of the '{@link org.attest.model.SpanLayer#isCrossSentence <em>Cross Sentence</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Cross Sentence</em>' attribute.
	 * @see #isCrossSentence()
	 * @generated
	 */
	void setCrossSentence(boolean value);

} // SpanLayer
