/**
 */
package org.attest.model.impl;

import org.attest.model.CorpusPackage;
import org.attest.model.SpanLayer;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Span Layer</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.attest.model.impl.SpanLayerImpl#isAllowOverlap <em>Allow Overlap</em>}</li>
 *   <li>{@link org.attest.model.impl.SpanLayerImpl#isCrossSentence <em>Cross Sentence</em>}</li>
 * </ul>
 *
 * @generated
 */
public class SpanLayerImpl extends LayerImpl implements SpanLayer {
	/**
	 * The default value of the '{@link #isAllowOverlap() <em>Allow Overlap</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isAllowOverlap()
	 * @generated
	 * @ordered
	 */
	protected static final boolean ALLOW_OVERLAP_EDEFAULT = true;

	/**
	 * The cached value of the '{@link #isAllowOverlap() <em>Allow Overlap</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isAllowOverlap()
	 * @generated
	 * @ordered
	 */
	protected boolean allowOverlap = ALLOW_OVERLAP_EDEFAULT;

	/**
	 * The default value of the '{@link #isCrossSentence() <em>Cross Sentence</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isCrossSentence()
	 * @generated
	 * @ordered
	 */
	protected static final boolean CROSS_SENTENCE_EDEFAULT = true;

	/**
	 * The cached value of the '{@link #isCrossSentence() <em>Cross Sentence</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isCrossSentence()
	 * @generated
	 * @ordered
	 */
	protected boolean crossSentence = CROSS_SENTENCE_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected SpanLayerImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CorpusPackage.Literals.SPAN_LAYER;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isAllowOverlap() {
		return allowOverlap;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAllowOverlap(boolean newAllowOverlap) {
		boolean oldAllowOverlap = allowOverlap;
		allowOverlap = newAllowOverlap;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CorpusPackage.SPAN_LAYER__ALLOW_OVERLAP, oldAllowOverlap, allowOverlap));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isCrossSentence() {
		return crossSentence;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCrossSentence(boolean newCrossSentence) {
		boolean oldCrossSentence = crossSentence;
		crossSentence = newCrossSentence;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CorpusPackage.SPAN_LAYER__CROSS_SENTENCE, oldCrossSentence, crossSentence));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case CorpusPackage.SPAN_LAYER__ALLOW_OVERLAP:
				return isAllowOverlap();
			case CorpusPackage.SPAN_LAYER__CROSS_SENTENCE:
				return isCrossSentence();
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
			case CorpusPackage.SPAN_LAYER__ALLOW_OVERLAP:
				setAllowOverlap((Boolean)newValue);
				return;
			case CorpusPackage.SPAN_LAYER__CROSS_SENTENCE:
				setCrossSentence((Boolean)newValue);
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
			case CorpusPackage.SPAN_LAYER__ALLOW_OVERLAP:
				setAllowOverlap(ALLOW_OVERLAP_EDEFAULT);
				return;
			case CorpusPackage.SPAN_LAYER__CROSS_SENTENCE:
				setCrossSentence(CROSS_SENTENCE_EDEFAULT);
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
			case CorpusPackage.SPAN_LAYER__ALLOW_OVERLAP:
				return allowOverlap != ALLOW_OVERLAP_EDEFAULT;
			case CorpusPackage.SPAN_LAYER__CROSS_SENTENCE:
				return crossSentence != CROSS_SENTENCE_EDEFAULT;
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
		result.append(" (allowOverlap: ");
		result.append(allowOverlap);
		result.append(", crossSentence: ");
		result.append(crossSentence);
		result.append(')');
		return result.toString();
	}

} //SpanLayerImpl
