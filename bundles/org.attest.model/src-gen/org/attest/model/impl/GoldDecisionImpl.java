/**
 */
package org.attest.model.impl;

import java.util.Collection;
import java.util.Date;

import org.attest.model.CorpusPackage;
import org.attest.model.DecisionOrigin;
import org.attest.model.GoldDecision;
import org.attest.model.Verdict;

import org.attest.model.notify.TreeObject;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Gold Decision</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.attest.model.impl.GoldDecisionImpl#getLayer <em>Layer</em>}</li>
 *   <li>{@link org.attest.model.impl.GoldDecisionImpl#getBegin <em>Begin</em>}</li>
 *   <li>{@link org.attest.model.impl.GoldDecisionImpl#getEnd <em>End</em>}</li>
 *   <li>{@link org.attest.model.impl.GoldDecisionImpl#getToBegin <em>To Begin</em>}</li>
 *   <li>{@link org.attest.model.impl.GoldDecisionImpl#getToEnd <em>To End</em>}</li>
 *   <li>{@link org.attest.model.impl.GoldDecisionImpl#getVerdict <em>Verdict</em>}</li>
 *   <li>{@link org.attest.model.impl.GoldDecisionImpl#getValue <em>Value</em>}</li>
 *   <li>{@link org.attest.model.impl.GoldDecisionImpl#getOrigin <em>Origin</em>}</li>
 *   <li>{@link org.attest.model.impl.GoldDecisionImpl#getRule <em>Rule</em>}</li>
 *   <li>{@link org.attest.model.impl.GoldDecisionImpl#getSupporters <em>Supporters</em>}</li>
 *   <li>{@link org.attest.model.impl.GoldDecisionImpl#getBasis <em>Basis</em>}</li>
 *   <li>{@link org.attest.model.impl.GoldDecisionImpl#getReviewer <em>Reviewer</em>}</li>
 *   <li>{@link org.attest.model.impl.GoldDecisionImpl#getTime <em>Time</em>}</li>
 *   <li>{@link org.attest.model.impl.GoldDecisionImpl#getComment <em>Comment</em>}</li>
 * </ul>
 *
 * @generated
 */
public class GoldDecisionImpl extends TreeObject implements GoldDecision {
	/**
	 * The default value of the '{@link #getLayer() <em>Layer</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLayer()
	 * @generated
	 * @ordered
	 */
	protected static final String LAYER_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getLayer() <em>Layer</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLayer()
	 * @generated
	 * @ordered
	 */
	protected String layer = LAYER_EDEFAULT;

	/**
	 * The default value of the '{@link #getBegin() <em>Begin</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBegin()
	 * @generated
	 * @ordered
	 */
	protected static final int BEGIN_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getBegin() <em>Begin</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBegin()
	 * @generated
	 * @ordered
	 */
	protected int begin = BEGIN_EDEFAULT;

	/**
	 * The default value of the '{@link #getEnd() <em>End</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEnd()
	 * @generated
	 * @ordered
	 */
	protected static final int END_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getEnd() <em>End</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEnd()
	 * @generated
	 * @ordered
	 */
	protected int end = END_EDEFAULT;

	/**
	 * The default value of the '{@link #getToBegin() <em>To Begin</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getToBegin()
	 * @generated
	 * @ordered
	 */
	protected static final int TO_BEGIN_EDEFAULT = -1;

	/**
	 * The cached value of the '{@link #getToBegin() <em>To Begin</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getToBegin()
	 * @generated
	 * @ordered
	 */
	protected int toBegin = TO_BEGIN_EDEFAULT;

	/**
	 * The default value of the '{@link #getToEnd() <em>To End</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getToEnd()
	 * @generated
	 * @ordered
	 */
	protected static final int TO_END_EDEFAULT = -1;

	/**
	 * The cached value of the '{@link #getToEnd() <em>To End</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getToEnd()
	 * @generated
	 * @ordered
	 */
	protected int toEnd = TO_END_EDEFAULT;

	/**
	 * The default value of the '{@link #getVerdict() <em>Verdict</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVerdict()
	 * @generated
	 * @ordered
	 */
	protected static final Verdict VERDICT_EDEFAULT = Verdict.ACCEPTED;

	/**
	 * The cached value of the '{@link #getVerdict() <em>Verdict</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVerdict()
	 * @generated
	 * @ordered
	 */
	protected Verdict verdict = VERDICT_EDEFAULT;

	/**
	 * This is true if the Verdict attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean verdictESet;

	/**
	 * The default value of the '{@link #getValue() <em>Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getValue()
	 * @generated
	 * @ordered
	 */
	protected static final String VALUE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getValue() <em>Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getValue()
	 * @generated
	 * @ordered
	 */
	protected String value = VALUE_EDEFAULT;

	/**
	 * The default value of the '{@link #getOrigin() <em>Origin</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOrigin()
	 * @generated
	 * @ordered
	 */
	protected static final DecisionOrigin ORIGIN_EDEFAULT = DecisionOrigin.AUTO_MERGE;

	/**
	 * The cached value of the '{@link #getOrigin() <em>Origin</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOrigin()
	 * @generated
	 * @ordered
	 */
	protected DecisionOrigin origin = ORIGIN_EDEFAULT;

	/**
	 * This is true if the Origin attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean originESet;

	/**
	 * The default value of the '{@link #getRule() <em>Rule</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRule()
	 * @generated
	 * @ordered
	 */
	protected static final String RULE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getRule() <em>Rule</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRule()
	 * @generated
	 * @ordered
	 */
	protected String rule = RULE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getSupporters() <em>Supporters</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSupporters()
	 * @generated
	 * @ordered
	 */
	protected EList<String> supporters;

	/**
	 * The default value of the '{@link #getBasis() <em>Basis</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBasis()
	 * @generated
	 * @ordered
	 */
	protected static final String BASIS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getBasis() <em>Basis</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBasis()
	 * @generated
	 * @ordered
	 */
	protected String basis = BASIS_EDEFAULT;

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
	 * The default value of the '{@link #getTime() <em>Time</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTime()
	 * @generated
	 * @ordered
	 */
	protected static final Date TIME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTime() <em>Time</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTime()
	 * @generated
	 * @ordered
	 */
	protected Date time = TIME_EDEFAULT;

	/**
	 * The default value of the '{@link #getComment() <em>Comment</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getComment()
	 * @generated
	 * @ordered
	 */
	protected static final String COMMENT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getComment() <em>Comment</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getComment()
	 * @generated
	 * @ordered
	 */
	protected String comment = COMMENT_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected GoldDecisionImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CorpusPackage.Literals.GOLD_DECISION;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLayer() {
		return layer;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLayer(String newLayer) {
		String oldLayer = layer;
		layer = newLayer;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CorpusPackage.GOLD_DECISION__LAYER, oldLayer, layer));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getBegin() {
		return begin;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBegin(int newBegin) {
		int oldBegin = begin;
		begin = newBegin;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CorpusPackage.GOLD_DECISION__BEGIN, oldBegin, begin));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getEnd() {
		return end;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEnd(int newEnd) {
		int oldEnd = end;
		end = newEnd;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CorpusPackage.GOLD_DECISION__END, oldEnd, end));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getToBegin() {
		return toBegin;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setToBegin(int newToBegin) {
		int oldToBegin = toBegin;
		toBegin = newToBegin;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CorpusPackage.GOLD_DECISION__TO_BEGIN, oldToBegin, toBegin));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getToEnd() {
		return toEnd;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setToEnd(int newToEnd) {
		int oldToEnd = toEnd;
		toEnd = newToEnd;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CorpusPackage.GOLD_DECISION__TO_END, oldToEnd, toEnd));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Verdict getVerdict() {
		return verdict;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setVerdict(Verdict newVerdict) {
		Verdict oldVerdict = verdict;
		verdict = newVerdict == null ? VERDICT_EDEFAULT : newVerdict;
		boolean oldVerdictESet = verdictESet;
		verdictESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CorpusPackage.GOLD_DECISION__VERDICT, oldVerdict, verdict, !oldVerdictESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetVerdict() {
		Verdict oldVerdict = verdict;
		boolean oldVerdictESet = verdictESet;
		verdict = VERDICT_EDEFAULT;
		verdictESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, CorpusPackage.GOLD_DECISION__VERDICT, oldVerdict, VERDICT_EDEFAULT, oldVerdictESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetVerdict() {
		return verdictESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getValue() {
		return value;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setValue(String newValue) {
		String oldValue = value;
		value = newValue;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CorpusPackage.GOLD_DECISION__VALUE, oldValue, value));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DecisionOrigin getOrigin() {
		return origin;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOrigin(DecisionOrigin newOrigin) {
		DecisionOrigin oldOrigin = origin;
		origin = newOrigin == null ? ORIGIN_EDEFAULT : newOrigin;
		boolean oldOriginESet = originESet;
		originESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CorpusPackage.GOLD_DECISION__ORIGIN, oldOrigin, origin, !oldOriginESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetOrigin() {
		DecisionOrigin oldOrigin = origin;
		boolean oldOriginESet = originESet;
		origin = ORIGIN_EDEFAULT;
		originESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, CorpusPackage.GOLD_DECISION__ORIGIN, oldOrigin, ORIGIN_EDEFAULT, oldOriginESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetOrigin() {
		return originESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getRule() {
		return rule;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRule(String newRule) {
		String oldRule = rule;
		rule = newRule;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CorpusPackage.GOLD_DECISION__RULE, oldRule, rule));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getSupporters() {
		if (supporters == null) {
			supporters = new EDataTypeUniqueEList<String>(String.class, this, CorpusPackage.GOLD_DECISION__SUPPORTERS);
		}
		return supporters;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getBasis() {
		return basis;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBasis(String newBasis) {
		String oldBasis = basis;
		basis = newBasis;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CorpusPackage.GOLD_DECISION__BASIS, oldBasis, basis));
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
			eNotify(new ENotificationImpl(this, Notification.SET, CorpusPackage.GOLD_DECISION__REVIEWER, oldReviewer, reviewer));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getTime() {
		return time;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTime(Date newTime) {
		Date oldTime = time;
		time = newTime;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CorpusPackage.GOLD_DECISION__TIME, oldTime, time));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getComment() {
		return comment;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setComment(String newComment) {
		String oldComment = comment;
		comment = newComment;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CorpusPackage.GOLD_DECISION__COMMENT, oldComment, comment));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case CorpusPackage.GOLD_DECISION__LAYER:
				return getLayer();
			case CorpusPackage.GOLD_DECISION__BEGIN:
				return getBegin();
			case CorpusPackage.GOLD_DECISION__END:
				return getEnd();
			case CorpusPackage.GOLD_DECISION__TO_BEGIN:
				return getToBegin();
			case CorpusPackage.GOLD_DECISION__TO_END:
				return getToEnd();
			case CorpusPackage.GOLD_DECISION__VERDICT:
				return getVerdict();
			case CorpusPackage.GOLD_DECISION__VALUE:
				return getValue();
			case CorpusPackage.GOLD_DECISION__ORIGIN:
				return getOrigin();
			case CorpusPackage.GOLD_DECISION__RULE:
				return getRule();
			case CorpusPackage.GOLD_DECISION__SUPPORTERS:
				return getSupporters();
			case CorpusPackage.GOLD_DECISION__BASIS:
				return getBasis();
			case CorpusPackage.GOLD_DECISION__REVIEWER:
				return getReviewer();
			case CorpusPackage.GOLD_DECISION__TIME:
				return getTime();
			case CorpusPackage.GOLD_DECISION__COMMENT:
				return getComment();
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
			case CorpusPackage.GOLD_DECISION__LAYER:
				setLayer((String)newValue);
				return;
			case CorpusPackage.GOLD_DECISION__BEGIN:
				setBegin((Integer)newValue);
				return;
			case CorpusPackage.GOLD_DECISION__END:
				setEnd((Integer)newValue);
				return;
			case CorpusPackage.GOLD_DECISION__TO_BEGIN:
				setToBegin((Integer)newValue);
				return;
			case CorpusPackage.GOLD_DECISION__TO_END:
				setToEnd((Integer)newValue);
				return;
			case CorpusPackage.GOLD_DECISION__VERDICT:
				setVerdict((Verdict)newValue);
				return;
			case CorpusPackage.GOLD_DECISION__VALUE:
				setValue((String)newValue);
				return;
			case CorpusPackage.GOLD_DECISION__ORIGIN:
				setOrigin((DecisionOrigin)newValue);
				return;
			case CorpusPackage.GOLD_DECISION__RULE:
				setRule((String)newValue);
				return;
			case CorpusPackage.GOLD_DECISION__SUPPORTERS:
				getSupporters().clear();
				getSupporters().addAll((Collection<? extends String>)newValue);
				return;
			case CorpusPackage.GOLD_DECISION__BASIS:
				setBasis((String)newValue);
				return;
			case CorpusPackage.GOLD_DECISION__REVIEWER:
				setReviewer((String)newValue);
				return;
			case CorpusPackage.GOLD_DECISION__TIME:
				setTime((Date)newValue);
				return;
			case CorpusPackage.GOLD_DECISION__COMMENT:
				setComment((String)newValue);
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
			case CorpusPackage.GOLD_DECISION__LAYER:
				setLayer(LAYER_EDEFAULT);
				return;
			case CorpusPackage.GOLD_DECISION__BEGIN:
				setBegin(BEGIN_EDEFAULT);
				return;
			case CorpusPackage.GOLD_DECISION__END:
				setEnd(END_EDEFAULT);
				return;
			case CorpusPackage.GOLD_DECISION__TO_BEGIN:
				setToBegin(TO_BEGIN_EDEFAULT);
				return;
			case CorpusPackage.GOLD_DECISION__TO_END:
				setToEnd(TO_END_EDEFAULT);
				return;
			case CorpusPackage.GOLD_DECISION__VERDICT:
				unsetVerdict();
				return;
			case CorpusPackage.GOLD_DECISION__VALUE:
				setValue(VALUE_EDEFAULT);
				return;
			case CorpusPackage.GOLD_DECISION__ORIGIN:
				unsetOrigin();
				return;
			case CorpusPackage.GOLD_DECISION__RULE:
				setRule(RULE_EDEFAULT);
				return;
			case CorpusPackage.GOLD_DECISION__SUPPORTERS:
				getSupporters().clear();
				return;
			case CorpusPackage.GOLD_DECISION__BASIS:
				setBasis(BASIS_EDEFAULT);
				return;
			case CorpusPackage.GOLD_DECISION__REVIEWER:
				setReviewer(REVIEWER_EDEFAULT);
				return;
			case CorpusPackage.GOLD_DECISION__TIME:
				setTime(TIME_EDEFAULT);
				return;
			case CorpusPackage.GOLD_DECISION__COMMENT:
				setComment(COMMENT_EDEFAULT);
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
			case CorpusPackage.GOLD_DECISION__LAYER:
				return LAYER_EDEFAULT == null ? layer != null : !LAYER_EDEFAULT.equals(layer);
			case CorpusPackage.GOLD_DECISION__BEGIN:
				return begin != BEGIN_EDEFAULT;
			case CorpusPackage.GOLD_DECISION__END:
				return end != END_EDEFAULT;
			case CorpusPackage.GOLD_DECISION__TO_BEGIN:
				return toBegin != TO_BEGIN_EDEFAULT;
			case CorpusPackage.GOLD_DECISION__TO_END:
				return toEnd != TO_END_EDEFAULT;
			case CorpusPackage.GOLD_DECISION__VERDICT:
				return isSetVerdict();
			case CorpusPackage.GOLD_DECISION__VALUE:
				return VALUE_EDEFAULT == null ? value != null : !VALUE_EDEFAULT.equals(value);
			case CorpusPackage.GOLD_DECISION__ORIGIN:
				return isSetOrigin();
			case CorpusPackage.GOLD_DECISION__RULE:
				return RULE_EDEFAULT == null ? rule != null : !RULE_EDEFAULT.equals(rule);
			case CorpusPackage.GOLD_DECISION__SUPPORTERS:
				return supporters != null && !supporters.isEmpty();
			case CorpusPackage.GOLD_DECISION__BASIS:
				return BASIS_EDEFAULT == null ? basis != null : !BASIS_EDEFAULT.equals(basis);
			case CorpusPackage.GOLD_DECISION__REVIEWER:
				return REVIEWER_EDEFAULT == null ? reviewer != null : !REVIEWER_EDEFAULT.equals(reviewer);
			case CorpusPackage.GOLD_DECISION__TIME:
				return TIME_EDEFAULT == null ? time != null : !TIME_EDEFAULT.equals(time);
			case CorpusPackage.GOLD_DECISION__COMMENT:
				return COMMENT_EDEFAULT == null ? comment != null : !COMMENT_EDEFAULT.equals(comment);
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
		result.append(" (layer: ");
		result.append(layer);
		result.append(", begin: ");
		result.append(begin);
		result.append(", end: ");
		result.append(end);
		result.append(", toBegin: ");
		result.append(toBegin);
		result.append(", toEnd: ");
		result.append(toEnd);
		result.append(", verdict: ");
		if (verdictESet) result.append(verdict); else result.append("<unset>");
		result.append(", value: ");
		result.append(value);
		result.append(", origin: ");
		if (originESet) result.append(origin); else result.append("<unset>");
		result.append(", rule: ");
		result.append(rule);
		result.append(", supporters: ");
		result.append(supporters);
		result.append(", basis: ");
		result.append(basis);
		result.append(", reviewer: ");
		result.append(reviewer);
		result.append(", time: ");
		result.append(time);
		result.append(", comment: ");
		result.append(comment);
		result.append(')');
		return result.toString();
	}

} //GoldDecisionImpl
