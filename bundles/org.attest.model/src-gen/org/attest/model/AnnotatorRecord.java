/**
 */
package org.attest.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Annotator Record</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Everything one annotator writes outside their CAS files, kept in a file of its own (annotators/NAME.xmi) that no one else writes: who they are and how far they have got with each document.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.attest.model.AnnotatorRecord#getAnnotator <em>Annotator</em>}</li>
 *   <li>{@link org.attest.model.AnnotatorRecord#getProgress <em>Progress</em>}</li>
 * </ul>
 *
 * @see org.attest.model.CorpusPackage#getAnnotatorRecord()
 * @model
 * @generated
 */
public interface AnnotatorRecord extends EObject {
	/**
	 * Returns the value of the '<em><b>Annotator</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Annotator</em>' containment reference.
	 * @see #setAnnotator(Annotator)
	 * @see org.attest.model.CorpusPackage#getAnnotatorRecord_Annotator()
	 * @model containment="true" required="true"
	 * @generated
	 */
	Annotator getAnnotator();

	/**
	 * Sets the value of the '{@link org.attest.model.AnnotatorRecord#getAnnotator <em>Annotator</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Annotator</em>' containment reference.
	 * @see #getAnnotator()
	 * @generated
	 */
	void setAnnotator(Annotator value);

	/**
	 * Returns the value of the '<em><b>Progress</b></em>' containment reference list.
	 * The list contents are of type {@link org.attest.model.DocumentProgress}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Progress</em>' containment reference list.
	 * @see org.attest.model.CorpusPackage#getAnnotatorRecord_Progress()
	 * @model containment="true"
	 * @generated
	 */
	EList<DocumentProgress> getProgress();

} // AnnotatorRecord
