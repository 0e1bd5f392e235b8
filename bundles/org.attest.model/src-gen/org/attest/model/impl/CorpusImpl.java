/**
 */
package org.attest.model.impl;

import java.util.Collection;
import java.util.Date;

import org.attest.model.Annotator;
import org.attest.model.ClaimCluster;
import org.attest.model.Corpus;
import org.attest.model.CorpusPackage;
import org.attest.model.Document;
import org.attest.model.Entity;
import org.attest.model.Schema;

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
 * An implementation of the model object '<em><b>Corpus</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.attest.model.impl.CorpusImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.attest.model.impl.CorpusImpl#getFormatVersion <em>Format Version</em>}</li>
 *   <li>{@link org.attest.model.impl.CorpusImpl#getCreated <em>Created</em>}</li>
 *   <li>{@link org.attest.model.impl.CorpusImpl#getSchema <em>Schema</em>}</li>
 *   <li>{@link org.attest.model.impl.CorpusImpl#getAnnotators <em>Annotators</em>}</li>
 *   <li>{@link org.attest.model.impl.CorpusImpl#getDocuments <em>Documents</em>}</li>
 *   <li>{@link org.attest.model.impl.CorpusImpl#getEntities <em>Entities</em>}</li>
 *   <li>{@link org.attest.model.impl.CorpusImpl#getClaimClusters <em>Claim Clusters</em>}</li>
 * </ul>
 *
 * @generated
 */
public class CorpusImpl extends TreeObject implements Corpus {
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
	 * The default value of the '{@link #getFormatVersion() <em>Format Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFormatVersion()
	 * @generated
	 * @ordered
	 */
	protected static final int FORMAT_VERSION_EDEFAULT = 1;

	/**
	 * The cached value of the '{@link #getFormatVersion() <em>Format Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFormatVersion()
	 * @generated
	 * @ordered
	 */
	protected int formatVersion = FORMAT_VERSION_EDEFAULT;

	/**
	 * The default value of the '{@link #getCreated() <em>Created</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCreated()
	 * @generated
	 * @ordered
	 */
	protected static final Date CREATED_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCreated() <em>Created</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCreated()
	 * @generated
	 * @ordered
	 */
	protected Date created = CREATED_EDEFAULT;

	/**
	 * The cached value of the '{@link #getSchema() <em>Schema</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSchema()
	 * @generated
	 * @ordered
	 */
	protected Schema schema;

	/**
	 * The cached value of the '{@link #getAnnotators() <em>Annotators</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAnnotators()
	 * @generated
	 * @ordered
	 */
	protected EList<Annotator> annotators;

	/**
	 * The cached value of the '{@link #getDocuments() <em>Documents</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDocuments()
	 * @generated
	 * @ordered
	 */
	protected EList<Document> documents;

	/**
	 * The cached value of the '{@link #getEntities() <em>Entities</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEntities()
	 * @generated
	 * @ordered
	 */
	protected EList<Entity> entities;

	/**
	 * The cached value of the '{@link #getClaimClusters() <em>Claim Clusters</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getClaimClusters()
	 * @generated
	 * @ordered
	 */
	protected EList<ClaimCluster> claimClusters;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected CorpusImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CorpusPackage.Literals.CORPUS;
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
			eNotify(new ENotificationImpl(this, Notification.SET, CorpusPackage.CORPUS__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getFormatVersion() {
		return formatVersion;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFormatVersion(int newFormatVersion) {
		int oldFormatVersion = formatVersion;
		formatVersion = newFormatVersion;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CorpusPackage.CORPUS__FORMAT_VERSION, oldFormatVersion, formatVersion));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getCreated() {
		return created;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCreated(Date newCreated) {
		Date oldCreated = created;
		created = newCreated;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CorpusPackage.CORPUS__CREATED, oldCreated, created));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Schema getSchema() {
		return schema;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetSchema(Schema newSchema, NotificationChain msgs) {
		Schema oldSchema = schema;
		schema = newSchema;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, CorpusPackage.CORPUS__SCHEMA, oldSchema, newSchema);
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
	public void setSchema(Schema newSchema) {
		if (newSchema != schema) {
			NotificationChain msgs = null;
			if (schema != null)
				msgs = ((InternalEObject)schema).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - CorpusPackage.CORPUS__SCHEMA, null, msgs);
			if (newSchema != null)
				msgs = ((InternalEObject)newSchema).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - CorpusPackage.CORPUS__SCHEMA, null, msgs);
			msgs = basicSetSchema(newSchema, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CorpusPackage.CORPUS__SCHEMA, newSchema, newSchema));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Annotator> getAnnotators() {
		if (annotators == null) {
			annotators = new EObjectContainmentEList<Annotator>(Annotator.class, this, CorpusPackage.CORPUS__ANNOTATORS);
		}
		return annotators;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Document> getDocuments() {
		if (documents == null) {
			documents = new EObjectContainmentEList<Document>(Document.class, this, CorpusPackage.CORPUS__DOCUMENTS);
		}
		return documents;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Entity> getEntities() {
		if (entities == null) {
			entities = new EObjectContainmentEList<Entity>(Entity.class, this, CorpusPackage.CORPUS__ENTITIES);
		}
		return entities;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ClaimCluster> getClaimClusters() {
		if (claimClusters == null) {
			claimClusters = new EObjectContainmentEList<ClaimCluster>(ClaimCluster.class, this, CorpusPackage.CORPUS__CLAIM_CLUSTERS);
		}
		return claimClusters;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case CorpusPackage.CORPUS__SCHEMA:
				return basicSetSchema(null, msgs);
			case CorpusPackage.CORPUS__ANNOTATORS:
				return ((InternalEList<?>)getAnnotators()).basicRemove(otherEnd, msgs);
			case CorpusPackage.CORPUS__DOCUMENTS:
				return ((InternalEList<?>)getDocuments()).basicRemove(otherEnd, msgs);
			case CorpusPackage.CORPUS__ENTITIES:
				return ((InternalEList<?>)getEntities()).basicRemove(otherEnd, msgs);
			case CorpusPackage.CORPUS__CLAIM_CLUSTERS:
				return ((InternalEList<?>)getClaimClusters()).basicRemove(otherEnd, msgs);
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
			case CorpusPackage.CORPUS__NAME:
				return getName();
			case CorpusPackage.CORPUS__FORMAT_VERSION:
				return getFormatVersion();
			case CorpusPackage.CORPUS__CREATED:
				return getCreated();
			case CorpusPackage.CORPUS__SCHEMA:
				return getSchema();
			case CorpusPackage.CORPUS__ANNOTATORS:
				return getAnnotators();
			case CorpusPackage.CORPUS__DOCUMENTS:
				return getDocuments();
			case CorpusPackage.CORPUS__ENTITIES:
				return getEntities();
			case CorpusPackage.CORPUS__CLAIM_CLUSTERS:
				return getClaimClusters();
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
			case CorpusPackage.CORPUS__NAME:
				setName((String)newValue);
				return;
			case CorpusPackage.CORPUS__FORMAT_VERSION:
				setFormatVersion((Integer)newValue);
				return;
			case CorpusPackage.CORPUS__CREATED:
				setCreated((Date)newValue);
				return;
			case CorpusPackage.CORPUS__SCHEMA:
				setSchema((Schema)newValue);
				return;
			case CorpusPackage.CORPUS__ANNOTATORS:
				getAnnotators().clear();
				getAnnotators().addAll((Collection<? extends Annotator>)newValue);
				return;
			case CorpusPackage.CORPUS__DOCUMENTS:
				getDocuments().clear();
				getDocuments().addAll((Collection<? extends Document>)newValue);
				return;
			case CorpusPackage.CORPUS__ENTITIES:
				getEntities().clear();
				getEntities().addAll((Collection<? extends Entity>)newValue);
				return;
			case CorpusPackage.CORPUS__CLAIM_CLUSTERS:
				getClaimClusters().clear();
				getClaimClusters().addAll((Collection<? extends ClaimCluster>)newValue);
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
			case CorpusPackage.CORPUS__NAME:
				setName(NAME_EDEFAULT);
				return;
			case CorpusPackage.CORPUS__FORMAT_VERSION:
				setFormatVersion(FORMAT_VERSION_EDEFAULT);
				return;
			case CorpusPackage.CORPUS__CREATED:
				setCreated(CREATED_EDEFAULT);
				return;
			case CorpusPackage.CORPUS__SCHEMA:
				setSchema((Schema)null);
				return;
			case CorpusPackage.CORPUS__ANNOTATORS:
				getAnnotators().clear();
				return;
			case CorpusPackage.CORPUS__DOCUMENTS:
				getDocuments().clear();
				return;
			case CorpusPackage.CORPUS__ENTITIES:
				getEntities().clear();
				return;
			case CorpusPackage.CORPUS__CLAIM_CLUSTERS:
				getClaimClusters().clear();
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
			case CorpusPackage.CORPUS__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case CorpusPackage.CORPUS__FORMAT_VERSION:
				return formatVersion != FORMAT_VERSION_EDEFAULT;
			case CorpusPackage.CORPUS__CREATED:
				return CREATED_EDEFAULT == null ? created != null : !CREATED_EDEFAULT.equals(created);
			case CorpusPackage.CORPUS__SCHEMA:
				return schema != null;
			case CorpusPackage.CORPUS__ANNOTATORS:
				return annotators != null && !annotators.isEmpty();
			case CorpusPackage.CORPUS__DOCUMENTS:
				return documents != null && !documents.isEmpty();
			case CorpusPackage.CORPUS__ENTITIES:
				return entities != null && !entities.isEmpty();
			case CorpusPackage.CORPUS__CLAIM_CLUSTERS:
				return claimClusters != null && !claimClusters.isEmpty();
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
		result.append(", formatVersion: ");
		result.append(formatVersion);
		result.append(", created: ");
		result.append(created);
		result.append(')');
		return result.toString();
	}

} //CorpusImpl
