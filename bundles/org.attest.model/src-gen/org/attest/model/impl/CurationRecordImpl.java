/**
 */
package org.attest.model.impl;

import java.util.Collection;
import java.util.Date;

import org.attest.model.CorpusPackage;
import org.attest.model.CurationRecord;
import org.attest.model.GoldDecision;
import org.attest.model.GoldState;

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
 * An implementation of the model object '<em><b>Curation Record</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.attest.model.impl.CurationRecordImpl#getDocument <em>Document</em>}</li>
 *   <li>{@link org.attest.model.impl.CurationRecordImpl#getReviewer <em>Reviewer</em>}</li>
 *   <li>{@link org.attest.model.impl.CurationRecordImpl#getReviewerSince <em>Reviewer Since</em>}</li>
 *   <li>{@link org.attest.model.impl.CurationRecordImpl#getGoldSha256 <em>Gold Sha256</em>}</li>
 *   <li>{@link org.attest.model.impl.CurationRecordImpl#getDecisions <em>Decisions</em>}</li>
 *   <li>{@link org.attest.model.impl.CurationRecordImpl#getState <em>State</em>}</li>
 * </ul>
 *
 * @generated
 */
public class CurationRecordImpl extends TreeObject implements CurationRecord {
	/**
	 * The default value of the '{@link #getDocument() <em>Document</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDocument()
	 * @generated
	 * @ordered
	 */
	protected static final String DOCUMENT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDocument() <em>Document</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDocument()
	 * @generated
	 * @ordered
	 */
	protected String document = DOCUMENT_EDEFAULT;

	/**
	 * The default value of the '{@link #getReviewer() <em>Reviewer</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReviewer()
	 * @generated
	 * @ordered
	 */
	protected static final String REVIEWER_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getReviewer() <em>Reviewer</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReviewer()
	 * @generated
	 * @ordered
	 */
	protected String reviewer = REVIEWER_EDEFAULT;

	/**
	 * The default value of the '{@link #getReviewerSince() <em>Reviewer Since</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReviewerSince()
	 * @generated
	 * @ordered
	 */
	protected static final Date REVIEWER_SINCE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getReviewerSince() <em>Reviewer Since</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReviewerSince()
	 * @generated
	 * @ordered
	 */
	protected Date reviewerSince = REVIEWER_SINCE_EDEFAULT;

	/**
	 * The default value of the '{@link #getGoldSha256() <em>Gold Sha256</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGoldSha256()
	 * @generated
	 * @ordered
	 */
	protected static final String GOLD_SHA256_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getGoldSha256() <em>Gold Sha256</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGoldSha256()
	 * @generated
	 * @ordered
	 */
	protected String goldSha256 = GOLD_SHA256_EDEFAULT;

	/**
	 * The cached value of the '{@link #getDecisions() <em>Decisions</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDecisions()
	 * @generated
	 * @ordered
	 */
	protected EList<GoldDecision> decisions;

	/**
	 * The default value of the '{@link #getState() <em>State</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getState()
	 * @generated
	 * @ordered
	 */
	protected static final GoldState STATE_EDEFAULT = GoldState.NONE;

	/**
	 * The cached value of the '{@link #getState() <em>State</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getState()
	 * @generated
	 * @ordered
	 */
	protected GoldState state = STATE_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected CurationRecordImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CorpusPackage.Literals.CURATION_RECORD;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDocument() {
		return document;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDocument(String newDocument) {
		String oldDocument = document;
		document = newDocument;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CorpusPackage.CURATION_RECORD__DOCUMENT, oldDocument, document));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getReviewer() {
		return reviewer;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReviewer(String newReviewer) {
		String oldReviewer = reviewer;
		reviewer = newReviewer;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CorpusPackage.CURATION_RECORD__REVIEWER, oldReviewer, reviewer));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getReviewerSince() {
		return reviewerSince;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReviewerSince(Date newReviewerSince) {
		Date oldReviewerSince = reviewerSince;
		reviewerSince = newReviewerSince;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CorpusPackage.CURATION_RECORD__REVIEWER_SINCE, oldReviewerSince, reviewerSince));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getGoldSha256() {
		return goldSha256;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setGoldSha256(String newGoldSha256) {
		String oldGoldSha256 = goldSha256;
		goldSha256 = newGoldSha256;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CorpusPackage.CURATION_RECORD__GOLD_SHA256, oldGoldSha256, goldSha256));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<GoldDecision> getDecisions() {
		if (decisions == null) {
			decisions = new EObjectContainmentEList<GoldDecision>(GoldDecision.class, this, CorpusPackage.CURATION_RECORD__DECISIONS);
		}
		return decisions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public GoldState getState() {
		return state;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setState(GoldState newState) {
		GoldState oldState = state;
		state = newState == null ? STATE_EDEFAULT : newState;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CorpusPackage.CURATION_RECORD__STATE, oldState, state));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case CorpusPackage.CURATION_RECORD__DECISIONS:
				return ((InternalEList<?>)getDecisions()).basicRemove(otherEnd, msgs);
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
			case CorpusPackage.CURATION_RECORD__DOCUMENT:
				return getDocument();
			case CorpusPackage.CURATION_RECORD__REVIEWER:
				return getReviewer();
			case CorpusPackage.CURATION_RECORD__REVIEWER_SINCE:
				return getReviewerSince();
			case CorpusPackage.CURATION_RECORD__GOLD_SHA256:
				return getGoldSha256();
			case CorpusPackage.CURATION_RECORD__DECISIONS:
				return getDecisions();
			case CorpusPackage.CURATION_RECORD__STATE:
				return getState();
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
			case CorpusPackage.CURATION_RECORD__DOCUMENT:
				setDocument((String)newValue);
				return;
			case CorpusPackage.CURATION_RECORD__REVIEWER:
				setReviewer((String)newValue);
				return;
			case CorpusPackage.CURATION_RECORD__REVIEWER_SINCE:
				setReviewerSince((Date)newValue);
				return;
			case CorpusPackage.CURATION_RECORD__GOLD_SHA256:
				setGoldSha256((String)newValue);
				return;
			case CorpusPackage.CURATION_RECORD__DECISIONS:
				getDecisions().clear();
				getDecisions().addAll((Collection<? extends GoldDecision>)newValue);
				return;
			case CorpusPackage.CURATION_RECORD__STATE:
				setState((GoldState)newValue);
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
			case CorpusPackage.CURATION_RECORD__DOCUMENT:
				setDocument(DOCUMENT_EDEFAULT);
				return;
			case CorpusPackage.CURATION_RECORD__REVIEWER:
				setReviewer(REVIEWER_EDEFAULT);
				return;
			case CorpusPackage.CURATION_RECORD__REVIEWER_SINCE:
				setReviewerSince(REVIEWER_SINCE_EDEFAULT);
				return;
			case CorpusPackage.CURATION_RECORD__GOLD_SHA256:
				setGoldSha256(GOLD_SHA256_EDEFAULT);
				return;
			case CorpusPackage.CURATION_RECORD__DECISIONS:
				getDecisions().clear();
				return;
			case CorpusPackage.CURATION_RECORD__STATE:
				setState(STATE_EDEFAULT);
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
			case CorpusPackage.CURATION_RECORD__DOCUMENT:
				return DOCUMENT_EDEFAULT == null ? document != null : !DOCUMENT_EDEFAULT.equals(document);
			case CorpusPackage.CURATION_RECORD__REVIEWER:
				return REVIEWER_EDEFAULT == null ? reviewer != null : !REVIEWER_EDEFAULT.equals(reviewer);
			case CorpusPackage.CURATION_RECORD__REVIEWER_SINCE:
				return REVIEWER_SINCE_EDEFAULT == null ? reviewerSince != null : !REVIEWER_SINCE_EDEFAULT.equals(reviewerSince);
			case CorpusPackage.CURATION_RECORD__GOLD_SHA256:
				return GOLD_SHA256_EDEFAULT == null ? goldSha256 != null : !GOLD_SHA256_EDEFAULT.equals(goldSha256);
			case CorpusPackage.CURATION_RECORD__DECISIONS:
				return decisions != null && !decisions.isEmpty();
			case CorpusPackage.CURATION_RECORD__STATE:
				return state != STATE_EDEFAULT;
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
		result.append(" (document: ");
		result.append(document);
		result.append(", reviewer: ");
		result.append(reviewer);
		result.append(", reviewerSince: ");
		result.append(reviewerSince);
		result.append(", goldSha256: ");
		result.append(goldSha256);
		result.append(", state: ");
		result.append(state);
		result.append(')');
		return result.toString();
	}

} //CurationRecordImpl
