/**
 */
package org.attest.model.impl;

import java.util.Date;

import org.attest.model.AnnotationState;
import org.attest.model.Annotator;
import org.attest.model.CorpusPackage;
import org.attest.model.DocumentState;

import org.attest.model.notify.TreeObject;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Annotation State</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.attest.model.impl.AnnotationStateImpl#getAnnotator <em>Annotator</em>}</li>
 *   <li>{@link org.attest.model.impl.AnnotationStateImpl#getState <em>State</em>}</li>
 *   <li>{@link org.attest.model.impl.AnnotationStateImpl#getUpdated <em>Updated</em>}</li>
 * </ul>
 *
 * @generated
 */
public class AnnotationStateImpl extends TreeObject implements AnnotationState {
	/**
	 * The cached value of the '{@link #getAnnotator() <em>Annotator</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAnnotator()
	 * @generated
	 * @ordered
	 */
	protected Annotator annotator;

	/**
	 * The default value of the '{@link #getState() <em>State</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getState()
	 * @generated
	 * @ordered
	 */
	protected static final DocumentState STATE_EDEFAULT = DocumentState.NEW;

	/**
	 * The cached value of the '{@link #getState() <em>State</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getState()
	 * @generated
	 * @ordered
	 */
	protected DocumentState state = STATE_EDEFAULT;

	/**
	 * The default value of the '{@link #getUpdated() <em>Updated</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUpdated()
	 * @generated
	 * @ordered
	 */
	protected static final Date UPDATED_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getUpdated() <em>Updated</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUpdated()
	 * @generated
	 * @ordered
	 */
	protected Date updated = UPDATED_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected AnnotationStateImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CorpusPackage.Literals.ANNOTATION_STATE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Annotator getAnnotator() {
		if (annotator != null && annotator.eIsProxy()) {
			InternalEObject oldAnnotator = (InternalEObject)annotator;
			annotator = (Annotator)eResolveProxy(oldAnnotator);
			if (annotator != oldAnnotator) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, CorpusPackage.ANNOTATION_STATE__ANNOTATOR, oldAnnotator, annotator));
			}
		}
		return annotator;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Annotator basicGetAnnotator() {
		return annotator;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAnnotator(Annotator newAnnotator) {
		Annotator oldAnnotator = annotator;
		annotator = newAnnotator;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CorpusPackage.ANNOTATION_STATE__ANNOTATOR, oldAnnotator, annotator));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DocumentState getState() {
		return state;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setState(DocumentState newState) {
		DocumentState oldState = state;
		state = newState == null ? STATE_EDEFAULT : newState;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CorpusPackage.ANNOTATION_STATE__STATE, oldState, state));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getUpdated() {
		return updated;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setUpdated(Date newUpdated) {
		Date oldUpdated = updated;
		updated = newUpdated;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CorpusPackage.ANNOTATION_STATE__UPDATED, oldUpdated, updated));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case CorpusPackage.ANNOTATION_STATE__ANNOTATOR:
				if (resolve) return getAnnotator();
				return basicGetAnnotator();
			case CorpusPackage.ANNOTATION_STATE__STATE:
				return getState();
			case CorpusPackage.ANNOTATION_STATE__UPDATED:
				return getUpdated();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case CorpusPackage.ANNOTATION_STATE__ANNOTATOR:
				setAnnotator((Annotator)newValue);
				return;
			case CorpusPackage.ANNOTATION_STATE__STATE:
				setState((DocumentState)newValue);
				return;
			case CorpusPackage.ANNOTATION_STATE__UPDATED:
				setUpdated((Date)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case CorpusPackage.ANNOTATION_STATE__ANNOTATOR:
				setAnnotator((Annotator)null);
				return;
			case CorpusPackage.ANNOTATION_STATE__STATE:
				setState(STATE_EDEFAULT);
				return;
			case CorpusPackage.ANNOTATION_STATE__UPDATED:
				setUpdated(UPDATED_EDEFAULT);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case CorpusPackage.ANNOTATION_STATE__ANNOTATOR:
				return annotator != null;
			case CorpusPackage.ANNOTATION_STATE__STATE:
				return state != STATE_EDEFAULT;
			case CorpusPackage.ANNOTATION_STATE__UPDATED:
				return UPDATED_EDEFAULT == null ? updated != null : !UPDATED_EDEFAULT.equals(updated);
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (state: ");
		result.append(state);
		result.append(", updated: ");
		result.append(updated);
		result.append(')');
		return result.toString();
	}

} //AnnotationStateImpl
