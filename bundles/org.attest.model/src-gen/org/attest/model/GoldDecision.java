/**
 */
package org.attest.model;

import java.util.Date;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Gold Decision</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Why one position of a gold document holds what it holds: the rule or reviewer that decided, who supported it, what the annotators had there then, when, and a comment.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.attest.model.GoldDecision#getLayer <em>Layer</em>}</li>
 *   <li>{@link org.attest.model.GoldDecision#getBegin <em>Begin</em>}</li>
 *   <li>{@link org.attest.model.GoldDecision#getEnd <em>End</em>}</li>
 *   <li>{@link org.attest.model.GoldDecision#getToBegin <em>To Begin</em>}</li>
 *   <li>{@link org.attest.model.GoldDecision#getToEnd <em>To End</em>}</li>
 *   <li>{@link org.attest.model.GoldDecision#getVerdict <em>Verdict</em>}</li>
 *   <li>{@link org.attest.model.GoldDecision#getValue <em>Value</em>}</li>
 *   <li>{@link org.attest.model.GoldDecision#getOrigin <em>Origin</em>}</li>
 *   <li>{@link org.attest.model.GoldDecision#getRule <em>Rule</em>}</li>
 *   <li>{@link org.attest.model.GoldDecision#getSupporters <em>Supporters</em>}</li>
 *   <li>{@link org.attest.model.GoldDecision#getBasis <em>Basis</em>}</li>
 *   <li>{@link org.attest.model.GoldDecision#getReviewer <em>Reviewer</em>}</li>
 *   <li>{@link org.attest.model.GoldDecision#getTime <em>Time</em>}</li>
 *   <li>{@link org.attest.model.GoldDecision#getComment <em>Comment</em>}</li>
 * </ul>
 *
 * @see org.attest.model.CorpusPackage#getGoldDecision()
 * @model
 * @generated
 */
public interface GoldDecision extends EObject {
	/**
	 * Returns the value of the '<em><b>Layer</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Layer</em>' attribute.
	 * @see #setLayer(String)
	 * @see org.attest.model.CorpusPackage#getGoldDecision_Layer()
	 * @model
	 * @generated
	 */
	String getLayer();

	/**
	 * Sets the value of the '{@link org.attest.model.GoldDecision#getLayer <em>Layer</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Layer</em>' attribute.
	 * @see #getLayer()
	 * @generated
	 */
	void setLayer(String value);

	/**
	 * Returns the value of the '<em><b>Begin</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Begin</em>' attribute.
	 * @see #setBegin(int)
	 * @see org.attest.model.CorpusPackage#getGoldDecision_Begin()
	 * @model
	 * @generated
	 */
	int getBegin();

	/**
	 * Sets the value of the '{@link org.attest.model.GoldDecision#getBegin <em>Begin</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Begin</em>' attribute.
	 * @see #getBegin()
	 * @generated
	 */
	void setBegin(int value);

	/**
	 * Returns the value of the '<em><b>End</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>End</em>' attribute.
	 * @see #setEnd(int)
	 * @see org.attest.model.CorpusPackage#getGoldDecision_End()
	 * @model
	 * @generated
	 */
	int getEnd();

	/**
	 * Sets the value of the '{@link org.attest.model.GoldDecision#getEnd <em>End</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>End</em>' attribute.
	 * @see #getEnd()
	 * @generated
	 */
	void setEnd(int value);

	/**
	 * Returns the value of the '<em><b>To Begin</b></em>' attribute.
	 * The default value is <code>"-1"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>To Begin</em>' attribute.
	 * @see #setToBegin(int)
	 * @see org.attest.model.CorpusPackage#getGoldDecision_ToBegin()
	 * @model default="-1"
	 * @generated
	 */
	int getToBegin();

	/**
	 * Sets the value of the '{@link org.attest.model.GoldDecision#getToBegin <em>To Begin</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>To Begin</em>' attribute.
	 * @see #getToBegin()
	 * @generated
	 */
	void setToBegin(int value);

	/**
	 * Returns the value of the '<em><b>To End</b></em>' attribute.
	 * The default value is <code>"-1"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>To End</em>' attribute.
	 * @see #setToEnd(int)
	 * @see org.attest.model.CorpusPackage#getGoldDecision_ToEnd()
	 * @model default="-1"
	 * @generated
	 */
	int getToEnd();

	/**
	 * Sets the value of the '{@link org.attest.model.GoldDecision#getToEnd <em>To End</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>To End</em>' attribute.
	 * @see #getToEnd()
	 * @generated
	 */
	void setToEnd(int value);

	/**
	 * Returns the value of the '<em><b>Verdict</b></em>' attribute.
	 * The literals are from the enumeration {@link org.attest.model.Verdict}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Verdict</em>' attribute.
	 * @see org.attest.model.Verdict
	 * @see #isSetVerdict()
	 * @see #unsetVerdict()
	 * @see #setVerdict(Verdict)
	 * @see org.attest.model.CorpusPackage#getGoldDecision_Verdict()
	 * @model unsettable="true"
	 * @generated
	 */
	Verdict getVerdict();

	/**
	 * Sets the value of the '{@link org.attest.model.GoldDecision#getVerdict <em>Verdict</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Verdict</em>' attribute.
	 * @see org.attest.model.Verdict
	 * @see #isSetVerdict()
	 * @see #unsetVerdict()
	 * @see #getVerdict()
	 * @generated
	 */
	void setVerdict(Verdict value);

	/**
	 * Unsets the value of the '{@link org.attest.model.GoldDecision#getVerdict <em>Verdict</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetVerdict()
	 * @see #getVerdict()
	 * @see #setVerdict(Verdict)
	 * @generated
	 */
	void unsetVerdict();

	/**
	 * Returns whether the value of the '{@link org.attest.model.GoldDecision#getVerdict <em>Verdict</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Verdict</em>' attribute is set.
	 * @see #unsetVerdict()
	 * @see #getVerdict()
	 * @see #setVerdict(Verdict)
	 * @generated
	 */
	boolean isSetVerdict();

	/**
	 * Returns the value of the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Value</em>' attribute.
	 * @see #setValue(String)
	 * @see org.attest.model.CorpusPackage#getGoldDecision_Value()
	 * @model
	 * @generated
	 */
	String getValue();

	/**
	 * Sets the value of the '{@link org.attest.model.GoldDecision#getValue <em>Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Value</em>' attribute.
	 * @see #getValue()
	 * @generated
	 */
	void setValue(String value);

	/**
	 * Returns the value of the '<em><b>Origin</b></em>' attribute.
	 * The literals are from the enumeration {@link org.attest.model.DecisionOrigin}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Origin</em>' attribute.
	 * @see org.attest.model.DecisionOrigin
	 * @see #isSetOrigin()
	 * @see #unsetOrigin()
	 * @see #setOrigin(DecisionOrigin)
	 * @see org.attest.model.CorpusPackage#getGoldDecision_Origin()
	 * @model unsettable="true"
	 * @generated
	 */
	DecisionOrigin getOrigin();

	/**
	 * Sets the value of the '{@link org.attest.model.GoldDecision#getOrigin <em>Origin</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Origin</em>' attribute.
	 * @see org.attest.model.DecisionOrigin
	 * @see #isSetOrigin()
	 * @see #unsetOrigin()
	 * @see #getOrigin()
	 * @generated
	 */
	void setOrigin(DecisionOrigin value);

	/**
	 * Unsets the value of the '{@link org.attest.model.GoldDecision#getOrigin <em>Origin</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetOrigin()
	 * @see #getOrigin()
	 * @see #setOrigin(DecisionOrigin)
	 * @generated
	 */
	void unsetOrigin();

	/**
	 * Returns whether the value of the '{@link org.attest.model.GoldDecision#getOrigin <em>Origin</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Origin</em>' attribute is set.
	 * @see #unsetOrigin()
	 * @see #getOrigin()
	 * @see #setOrigin(DecisionOrigin)
	 * @generated
	 */
	boolean isSetOrigin();

	/**
	 * Returns the value of the '<em><b>Rule</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Rule</em>' attribute.
	 * @see #setRule(String)
	 * @see org.attest.model.CorpusPackage#getGoldDecision_Rule()
	 * @model
	 * @generated
	 */
	String getRule();

	/**
	 * Sets the value of the '{@link org.attest.model.GoldDecision#getRule <em>Rule</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Rule</em>' attribute.
	 * @see #getRule()
	 * @generated
	 */
	void setRule(String value);

	/**
	 * Returns the value of the '<em><b>Supporters</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Supporters</em>' attribute list.
	 * @see org.attest.model.CorpusPackage#getGoldDecision_Supporters()
	 * @model
	 * @generated
	 */
	EList<String> getSupporters();

	/**
	 * Returns the value of the '<em><b>Basis</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Basis</em>' attribute.
	 * @see #setBasis(String)
	 * @see org.attest.model.CorpusPackage#getGoldDecision_Basis()
	 * @model
	 * @generated
	 */
	String getBasis();

	/**
	 * Sets the value of the '{@link org.attest.model.GoldDecision#getBasis <em>Basis</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Basis</em>' attribute.
	 * @see #getBasis()
	 * @generated
	 */
	void setBasis(String value);

	/**
	 * Returns the value of the '<em><b>Reviewer</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Reviewer</em>' attribute.
	 * @see #setReviewer(String)
	 * @see org.attest.model.CorpusPackage#getGoldDecision_Reviewer()
	 * @model
	 * @generated
	 */
	String getReviewer();

	/**
	 * Sets the value of the '{@link org.attest.model.GoldDecision#getReviewer <em>Reviewer</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Reviewer</em>' attribute.
	 * @see #getReviewer()
	 * @generated
	 */
	void setReviewer(String value);

	/**
	 * Returns the value of the '<em><b>Time</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Time</em>' attribute.
	 * @see #setTime(Date)
	 * @see org.attest.model.CorpusPackage#getGoldDecision_Time()
	 * @model
	 * @generated
	 */
	Date getTime();

	/**
	 * Sets the value of the '{@link org.attest.model.GoldDecision#getTime <em>Time</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Time</em>' attribute.
	 * @see #getTime()
	 * @generated
	 */
	void setTime(Date value);

	/**
	 * Returns the value of the '<em><b>Comment</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Comment</em>' attribute.
	 * @see #setComment(String)
	 * @see org.attest.model.CorpusPackage#getGoldDecision_Comment()
	 * @model
	 * @generated
	 */
	String getComment();

	/**
	 * Sets the value of the '{@link org.attest.model.GoldDecision#getComment <em>Comment</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Comment</em>' attribute.
	 * @see #getComment()
	 * @generated
	 */
	void setComment(String value);

} // GoldDecision
