/**
 */
package org.attest.model.impl;

import org.attest.model.CorpusPackage;
import org.attest.model.FeatureDefinition;
import org.attest.model.FeatureKind;
import org.attest.model.SpanLayer;
import org.attest.model.Tagset;

import org.attest.model.notify.TreeObject;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Feature Definition</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.attest.model.impl.FeatureDefinitionImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.attest.model.impl.FeatureDefinitionImpl#getDescription <em>Description</em>}</li>
 *   <li>{@link org.attest.model.impl.FeatureDefinitionImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link org.attest.model.impl.FeatureDefinitionImpl#isRequired <em>Required</em>}</li>
 *   <li>{@link org.attest.model.impl.FeatureDefinitionImpl#getTagset <em>Tagset</em>}</li>
 *   <li>{@link org.attest.model.impl.FeatureDefinitionImpl#getTargetLayer <em>Target Layer</em>}</li>
 * </ul>
 *
 * @generated
 */
public class FeatureDefinitionImpl extends TreeObject implements FeatureDefinition {
	/**
	 * The default value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected static final String NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected String name = NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getDescription() <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescription()
	 * @generated
	 * @ordered
	 */
	protected static final String DESCRIPTION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDescription() <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescription()
	 * @generated
	 * @ordered
	 */
	protected String description = DESCRIPTION_EDEFAULT;

	/**
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final FeatureKind KIND_EDEFAULT = FeatureKind.TAGSET;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected FeatureKind kind = KIND_EDEFAULT;

	/**
	 * The default value of the '{@link #isRequired() <em>Required</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isRequired()
	 * @generated
	 * @ordered
	 */
	protected static final boolean REQUIRED_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isRequired() <em>Required</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isRequired()
	 * @generated
	 * @ordered
	 */
	protected boolean required = REQUIRED_EDEFAULT;

	/**
	 * The cached value of the '{@link #getTagset() <em>Tagset</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTagset()
	 * @generated
	 * @ordered
	 */
	protected Tagset tagset;

	/**
	 * The cached value of the '{@link #getTargetLayer() <em>Target Layer</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTargetLayer()
	 * @generated
	 * @ordered
	 */
	protected SpanLayer targetLayer;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected FeatureDefinitionImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CorpusPackage.Literals.FEATURE_DEFINITION;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
		return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setName(String newName) {
		String oldName = name;
		name = newName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CorpusPackage.FEATURE_DEFINITION__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDescription() {
		return description;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDescription(String newDescription) {
		String oldDescription = description;
		description = newDescription;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CorpusPackage.FEATURE_DEFINITION__DESCRIPTION, oldDescription, description));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public FeatureKind getKind() {
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(FeatureKind newKind) {
		FeatureKind oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CorpusPackage.FEATURE_DEFINITION__KIND, oldKind, kind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isRequired() {
		return required;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRequired(boolean newRequired) {
		boolean oldRequired = required;
		required = newRequired;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CorpusPackage.FEATURE_DEFINITION__REQUIRED, oldRequired, required));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Tagset getTagset() {
		if (tagset != null && tagset.eIsProxy()) {
			InternalEObject oldTagset = (InternalEObject)tagset;
			tagset = (Tagset)eResolveProxy(oldTagset);
			if (tagset != oldTagset) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, CorpusPackage.FEATURE_DEFINITION__TAGSET, oldTagset, tagset));
			}
		}
		return tagset;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Tagset basicGetTagset() {
		return tagset;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTagset(Tagset newTagset) {
		Tagset oldTagset = tagset;
		tagset = newTagset;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CorpusPackage.FEATURE_DEFINITION__TAGSET, oldTagset, tagset));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SpanLayer getTargetLayer() {
		if (targetLayer != null && targetLayer.eIsProxy()) {
			InternalEObject oldTargetLayer = (InternalEObject)targetLayer;
			targetLayer = (SpanLayer)eResolveProxy(oldTargetLayer);
			if (targetLayer != oldTargetLayer) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, CorpusPackage.FEATURE_DEFINITION__TARGET_LAYER, oldTargetLayer, targetLayer));
			}
		}
		return targetLayer;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public SpanLayer basicGetTargetLayer() {
		return targetLayer;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTargetLayer(SpanLayer newTargetLayer) {
		SpanLayer oldTargetLayer = targetLayer;
		targetLayer = newTargetLayer;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CorpusPackage.FEATURE_DEFINITION__TARGET_LAYER, oldTargetLayer, targetLayer));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case CorpusPackage.FEATURE_DEFINITION__NAME:
				return getName();
			case CorpusPackage.FEATURE_DEFINITION__DESCRIPTION:
				return getDescription();
			case CorpusPackage.FEATURE_DEFINITION__KIND:
				return getKind();
			case CorpusPackage.FEATURE_DEFINITION__REQUIRED:
				return isRequired();
			case CorpusPackage.FEATURE_DEFINITION__TAGSET:
				if (resolve) return getTagset();
				return basicGetTagset();
			case CorpusPackage.FEATURE_DEFINITION__TARGET_LAYER:
				if (resolve) return getTargetLayer();
				return basicGetTargetLayer();
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
			case CorpusPackage.FEATURE_DEFINITION__NAME:
				setName((String)newValue);
				return;
			case CorpusPackage.FEATURE_DEFINITION__DESCRIPTION:
				setDescription((String)newValue);
				return;
			case CorpusPackage.FEATURE_DEFINITION__KIND:
				setKind((FeatureKind)newValue);
				return;
			case CorpusPackage.FEATURE_DEFINITION__REQUIRED:
				setRequired((Boolean)newValue);
				return;
			case CorpusPackage.FEATURE_DEFINITION__TAGSET:
				setTagset((Tagset)newValue);
				return;
			case CorpusPackage.FEATURE_DEFINITION__TARGET_LAYER:
				setTargetLayer((SpanLayer)newValue);
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
			case CorpusPackage.FEATURE_DEFINITION__NAME:
				setName(NAME_EDEFAULT);
				return;
			case CorpusPackage.FEATURE_DEFINITION__DESCRIPTION:
				setDescription(DESCRIPTION_EDEFAULT);
				return;
			case CorpusPackage.FEATURE_DEFINITION__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case CorpusPackage.FEATURE_DEFINITION__REQUIRED:
				setRequired(REQUIRED_EDEFAULT);
				return;
			case CorpusPackage.FEATURE_DEFINITION__TAGSET:
				setTagset((Tagset)null);
				return;
			case CorpusPackage.FEATURE_DEFINITION__TARGET_LAYER:
				setTargetLayer((SpanLayer)null);
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
			case CorpusPackage.FEATURE_DEFINITION__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case CorpusPackage.FEATURE_DEFINITION__DESCRIPTION:
				return DESCRIPTION_EDEFAULT == null ? description != null : !DESCRIPTION_EDEFAULT.equals(description);
			case CorpusPackage.FEATURE_DEFINITION__KIND:
				return kind != KIND_EDEFAULT;
			case CorpusPackage.FEATURE_DEFINITION__REQUIRED:
				return required != REQUIRED_EDEFAULT;
			case CorpusPackage.FEATURE_DEFINITION__TAGSET:
				return tagset != null;
			case CorpusPackage.FEATURE_DEFINITION__TARGET_LAYER:
				return targetLayer != null;
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
		result.append(" (name: ");
		result.append(name);
		result.append(", description: ");
		result.append(description);
		result.append(", kind: ");
		result.append(kind);
		result.append(", required: ");
		result.append(required);
		result.append(')');
		return result.toString();
	}

} //FeatureDefinitionImpl
