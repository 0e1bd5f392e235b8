/**
 */
package org.attest.model;

import java.util.Date;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Annotation State</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * How far one annotator has got with one document.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.attest.model.AnnotationState#getAnnotator <em>Annotator</em>}</li>
 *   <li>{@link org.attest.model.AnnotationState#getState <em>State</em>}</li>
 *   <li>{@link org.attest.model.AnnotationState#getUpdated <em>Updated</em>}</li>
 * </ul>
 *
 * @see org.attest.model.CorpusPackage#getAnnotationState()
 * @model
 * @generated
 */
public interface AnnotationState extends EObject {
	/**
	 * Returns the value of the '<em><b>Annotator</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Annotator</em>' reference.
	 * @see #setAnnotator(Annotator)
	 * @see org.attest.model.CorpusPackage#getAnnotationState_Annotator()
	 * @model required="true"
	 * @generated
	 */
	Annotator getAnnotator();

	/**
	 * Sets the value of the '{@link org.attest.model.AnnotationState#getAnnotator <em>Annotator</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Annotator</em>' reference.
	 * @see #getAnnotator()
	 * @generated
	 */
	void setAnnotator(Annotator value);

	/**
	 * Returns the value of the '<em><b>State</b></em>' attribute.
	 * The literals are from the enumeration {@link org.attest.model.DocumentState}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>State</em>' attribute.
	 * @see org.attest.model.DocumentState
	 * @see #setState(DocumentState)
	 * @see org.attest.model.CorpusPackage#getAnnotationState_State()
	 * @model
	 * @generated
	 */
	DocumentState getState();

	/**
	 * Sets the value of the '{@link org.attest.model.AnnotationState#getState <em>State</em>}' attribute.
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
	 * @see org.attest.model.CorpusPackage#getAnnotationState_Updated()
	 * @model
	 * @generated
	 */
	Date getUpdated();

	/**
	 * Sets the value of the '{@link org.attest.model.AnnotationState#getUpdated <em>Updated</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Updated</em>' attribute.
	 * @see #getUpdated()
	 * @generated
	 */
	void setUpdated(Date value);

} // AnnotationState
