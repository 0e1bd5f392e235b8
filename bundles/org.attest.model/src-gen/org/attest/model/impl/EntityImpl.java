/**
 */
package org.attest.model.impl;

import java.util.Collection;

import org.attest.model.CorpusPackage;
import org.attest.model.Entity;

import org.attest.model.notify.TreeObject;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Entity</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.attest.model.impl.EntityImpl#getId <em>Id</em>}</li>
 *   <li>{@link org.attest.model.impl.EntityImpl#getCanonicalName <em>Canonical Name</em>}</li>
 *   <li>{@link org.attest.model.impl.EntityImpl#getType <em>Type</em>}</li>
 *   <li>{@link org.attest.model.impl.EntityImpl#getAliases <em>Aliases</em>}</li>
 *   <li>{@link org.attest.model.impl.EntityImpl#getKnowledgeBaseId <em>Knowledge Base Id</em>}</li>
 *   <li>{@link org.attest.model.impl.EntityImpl#getMergedIds <em>Merged Ids</em>}</li>
 * </ul>
 *
 * @generated
 */
public class EntityImpl extends TreeObject implements Entity {
	/**
	 * The default value of the '{@link #getId() <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getId()
	 * @generated
	 * @ordered
	 */
	protected static final String ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getId() <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getId()
	 * @generated
	 * @ordered
	 */
	protected String id = ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getCanonicalName() <em>Canonical Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCanonicalName()
	 * @generated
	 * @ordered
	 */
	protected static final String CANONICAL_NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCanonicalName() <em>Canonical Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCanonicalName()
	 * @generated
	 * @ordered
	 */
	protected String canonicalName = CANONICAL_NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getType() <em>Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getType()
	 * @generated
	 * @ordered
	 */
	protected static final String TYPE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getType() <em>Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getType()
	 * @generated
	 * @ordered
	 */
	protected String type = TYPE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getAliases() <em>Aliases</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAliases()
	 * @generated
	 * @ordered
	 */
	protected EList<String> aliases;

	/**
	 * The default value of the '{@link #getKnowledgeBaseId() <em>Knowledge Base Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKnowledgeBaseId()
	 * @generated
	 * @ordered
	 */
	protected static final String KNOWLEDGE_BASE_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getKnowledgeBaseId() <em>Knowledge Base Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKnowledgeBaseId()
	 * @generated
	 * @ordered
	 */
	protected String knowledgeBaseId = KNOWLEDGE_BASE_ID_EDEFAULT;

	/**
	 * The cached value of the '{@link #getMergedIds() <em>Merged Ids</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMergedIds()
	 * @generated
	 * @ordered
	 */
	protected EList<String> mergedIds;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected EntityImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CorpusPackage.Literals.ENTITY;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getId() {
		return id;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setId(String newId) {
		String oldId = id;
		id = newId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CorpusPackage.ENTITY__ID, oldId, id));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCanonicalName() {
		return canonicalName;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCanonicalName(String newCanonicalName) {
		String oldCanonicalName = canonicalName;
		canonicalName = newCanonicalName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CorpusPackage.ENTITY__CANONICAL_NAME, oldCanonicalName, canonicalName));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getType() {
		return type;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setType(String newType) {
		String oldType = type;
		type = newType;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CorpusPackage.ENTITY__TYPE, oldType, type));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getAliases() {
		if (aliases == null) {
			aliases = new EDataTypeUniqueEList<String>(String.class, this, CorpusPackage.ENTITY__ALIASES);
		}
		return aliases;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getKnowledgeBaseId() {
		return knowledgeBaseId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKnowledgeBaseId(String newKnowledgeBaseId) {
		String oldKnowledgeBaseId = knowledgeBaseId;
		knowledgeBaseId = newKnowledgeBaseId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CorpusPackage.ENTITY__KNOWLEDGE_BASE_ID, oldKnowledgeBaseId, knowledgeBaseId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getMergedIds() {
		if (mergedIds == null) {
			mergedIds = new EDataTypeUniqueEList<String>(String.class, this, CorpusPackage.ENTITY__MERGED_IDS);
		}
		return mergedIds;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case CorpusPackage.ENTITY__ID:
				return getId();
			case CorpusPackage.ENTITY__CANONICAL_NAME:
				return getCanonicalName();
			case CorpusPackage.ENTITY__TYPE:
				return getType();
			case CorpusPackage.ENTITY__ALIASES:
				return getAliases();
			case CorpusPackage.ENTITY__KNOWLEDGE_BASE_ID:
				return getKnowledgeBaseId();
			case CorpusPackage.ENTITY__MERGED_IDS:
				return getMergedIds();
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
			case CorpusPackage.ENTITY__ID:
				setId((String)newValue);
				return;
			case CorpusPackage.ENTITY__CANONICAL_NAME:
				setCanonicalName((String)newValue);
				return;
			case CorpusPackage.ENTITY__TYPE:
				setType((String)newValue);
				return;
			case CorpusPackage.ENTITY__ALIASES:
				getAliases().clear();
				getAliases().addAll((Collection<? extends String>)newValue);
				return;
			case CorpusPackage.ENTITY__KNOWLEDGE_BASE_ID:
				setKnowledgeBaseId((String)newValue);
				return;
			case CorpusPackage.ENTITY__MERGED_IDS:
				getMergedIds().clear();
				getMergedIds().addAll((Collection<? extends String>)newValue);
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
			case CorpusPackage.ENTITY__ID:
				setId(ID_EDEFAULT);
				return;
			case CorpusPackage.ENTITY__CANONICAL_NAME:
				setCanonicalName(CANONICAL_NAME_EDEFAULT);
				return;
			case CorpusPackage.ENTITY__TYPE:
				setType(TYPE_EDEFAULT);
				return;
			case CorpusPackage.ENTITY__ALIASES:
				getAliases().clear();
				return;
			case CorpusPackage.ENTITY__KNOWLEDGE_BASE_ID:
				setKnowledgeBaseId(KNOWLEDGE_BASE_ID_EDEFAULT);
				return;
			case CorpusPackage.ENTITY__MERGED_IDS:
				getMergedIds().clear();
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
			case CorpusPackage.ENTITY__ID:
				return ID_EDEFAULT == null ? id != null : !ID_EDEFAULT.equals(id);
			case CorpusPackage.ENTITY__CANONICAL_NAME:
				return CANONICAL_NAME_EDEFAULT == null ? canonicalName != null : !CANONICAL_NAME_EDEFAULT.equals(canonicalName);
			case CorpusPackage.ENTITY__TYPE:
				return TYPE_EDEFAULT == null ? type != null : !TYPE_EDEFAULT.equals(type);
			case CorpusPackage.ENTITY__ALIASES:
				return aliases != null && !aliases.isEmpty();
			case CorpusPackage.ENTITY__KNOWLEDGE_BASE_ID:
				return KNOWLEDGE_BASE_ID_EDEFAULT == null ? knowledgeBaseId != null : !KNOWLEDGE_BASE_ID_EDEFAULT.equals(knowledgeBaseId);
			case CorpusPackage.ENTITY__MERGED_IDS:
				return mergedIds != null && !mergedIds.isEmpty();
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
		result.append(" (id: ");
		result.append(id);
		result.append(", canonicalName: ");
		result.append(canonicalName);
		result.append(", type: ");
		result.append(type);
		result.append(", aliases: ");
		result.append(aliases);
		result.append(", knowledgeBaseId: ");
		result.append(knowledgeBaseId);
		result.append(", mergedIds: ");
		result.append(mergedIds);
		result.append(')');
		return result.toString();
	}

} //EntityImpl
