/**
 */
package org.attest.model.impl;

import java.util.Collection;

import org.attest.model.Annotator;
import org.attest.model.AnnotatorRecord;
import org.attest.model.CorpusPackage;
import org.attest.model.DocumentProgress;

import org.attest.model.notify.TreeObject;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Annotator Record</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.attest.model.impl.AnnotatorRecordImpl#getAnnotator <em>Annotator</em>}</li>
 *   <li>{@link org.attest.model.impl.AnnotatorRecordImpl#getProgress <em>Progress</em>}</li>
 * </ul>
 *
 * @generated
 */
public class AnnotatorRecordImpl extends TreeObject implements AnnotatorRecord {
	/**
	 * The cached value of the '{@link #getAnnotator() <em>Annotator</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAnnotator()
	 * @generated
	 * @ordered
	 */
	protected Annotator annotator;

	/**
	 * The cached value of the '{@link #getProgress() <em>Progress</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProgress()
	 * @generated
	 * @ordered
	 */
	protected EList<DocumentProgress> progress;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected AnnotatorRecordImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CorpusPackage.Literals.ANNOTATOR_RECORD;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Annotator getAnnotator() {
		return annotator;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetAnnotator(Annotator newAnnotator, NotificationChain msgs) {
		Annotator oldAnnotator = annotator;
		annotator = newAnnotator;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, CorpusPackage.ANNOTATOR_RECORD__ANNOTATOR, oldAnnotator, newAnnotator);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAnnotator(Annotator newAnnotator) {
		if (newAnnotator != annotator) {
			NotificationChain msgs = null;
			if (annotator != null)
				msgs = ((InternalEObject)annotator).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - CorpusPackage.ANNOTATOR_RECORD__ANNOTATOR, null, msgs);
			if (newAnnotator != null)
				msgs = ((InternalEObject)newAnnotator).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - CorpusPackage.ANNOTATOR_RECORD__ANNOTATOR, null, msgs);
			msgs = basicSetAnnotator(newAnnotator, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CorpusPackage.ANNOTATOR_RECORD__ANNOTATOR, newAnnotator, newAnnotator));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<DocumentProgress> getProgress() {
		if (progress == null) {
			progress = new EObjectContainmentEList<DocumentProgress>(DocumentProgress.class, this, CorpusPackage.ANNOTATOR_RECORD__PROGRESS);
		}
		return progress;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case CorpusPackage.ANNOTATOR_RECORD__ANNOTATOR:
				return basicSetAnnotator(null, msgs);
			case CorpusPackage.ANNOTATOR_RECORD__PROGRESS:
				return ((InternalEList<?>)getProgress()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case CorpusPackage.ANNOTATOR_RECORD__ANNOTATOR:
				return getAnnotator();
			case CorpusPackage.ANNOTATOR_RECORD__PROGRESS:
				return getProgress();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case CorpusPackage.ANNOTATOR_RECORD__ANNOTATOR:
				setAnnotator((Annotator)newValue);
				return;
			case CorpusPackage.ANNOTATOR_RECORD__PROGRESS:
				getProgress().clear();
				getProgress().addAll((Collection<? extends DocumentProgress>)newValue);
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
			case CorpusPackage.ANNOTATOR_RECORD__ANNOTATOR:
				setAnnotator((Annotator)null);
				return;
			case CorpusPackage.ANNOTATOR_RECORD__PROGRESS:
				getProgress().clear();
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
			case CorpusPackage.ANNOTATOR_RECORD__ANNOTATOR:
				return annotator != null;
			case CorpusPackage.ANNOTATOR_RECORD__PROGRESS:
				return progress != null && !progress.isEmpty();
		}
		return super.eIsSet(featureID);
	}

} //AnnotatorRecordImpl
