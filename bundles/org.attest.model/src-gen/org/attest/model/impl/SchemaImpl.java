/**
 */
package org.attest.model.impl;

import java.util.Collection;

import org.attest.model.CorpusPackage;
import org.attest.model.Layer;
import org.attest.model.Schema;
import org.attest.model.Tagset;

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
 * An implementation of the model object '<em><b>Schema</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.attest.model.impl.SchemaImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.attest.model.impl.SchemaImpl#getVersion <em>Version</em>}</li>
 *   <li>{@link org.attest.model.impl.SchemaImpl#getTypeNamespace <em>Type Namespace</em>}</li>
 *   <li>{@link org.attest.model.impl.SchemaImpl#getTagsets <em>Tagsets</em>}</li>
 *   <li>{@link org.attest.model.impl.SchemaImpl#getLayers <em>Layers</em>}</li>
 * </ul>
 *
 * @generated
 */
public class SchemaImpl extends TreeObject implements Schema {
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
	 * The default value of the '{@link #getVersion() <em>Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVersion()
	 * @generated
	 * @ordered
	 */
	protected static final int VERSION_EDEFAULT = 1;

	/**
	 * The cached value of the '{@link #getVersion() <em>Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVersion()
	 * @generated
	 * @ordered
	 */
	protected int version = VERSION_EDEFAULT;

	/**
	 * The default value of the '{@link #getTypeNamespace() <em>Type Namespace</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTypeNamespace()
	 * @generated
	 * @ordered
	 */
	protected static final String TYPE_NAMESPACE_EDEFAULT = "org.attest.type";

	/**
	 * The cached value of the '{@link #getTypeNamespace() <em>Type Namespace</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTypeNamespace()
	 * @generated
	 * @ordered
	 */
	protected String typeNamespace = TYPE_NAMESPACE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getTagsets() <em>Tagsets</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTagsets()
	 * @generated
	 * @ordered
	 */
	protected EList<Tagset> tagsets;

	/**
	 * The cached value of the '{@link #getLayers() <em>Layers</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLayers()
	 * @generated
	 * @ordered
	 */
	protected EList<Layer> layers;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected SchemaImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CorpusPackage.Literals.SCHEMA;
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
			eNotify(new ENotificationImpl(this, Notification.SET, CorpusPackage.SCHEMA__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getVersion() {
		return version;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setVersion(int newVersion) {
		int oldVersion = version;
		version = newVersion;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CorpusPackage.SCHEMA__VERSION, oldVersion, version));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTypeNamespace() {
		return typeNamespace;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTypeNamespace(String newTypeNamespace) {
		String oldTypeNamespace = typeNamespace;
		typeNamespace = newTypeNamespace;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CorpusPackage.SCHEMA__TYPE_NAMESPACE, oldTypeNamespace, typeNamespace));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Tagset> getTagsets() {
		if (tagsets == null) {
			tagsets = new EObjectContainmentEList<Tagset>(Tagset.class, this, CorpusPackage.SCHEMA__TAGSETS);
		}
		return tagsets;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Layer> getLayers() {
		if (layers == null) {
			layers = new EObjectContainmentEList<Layer>(Layer.class, this, CorpusPackage.SCHEMA__LAYERS);
		}
		return layers;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case CorpusPackage.SCHEMA__TAGSETS:
				return ((InternalEList<?>)getTagsets()).basicRemove(otherEnd, msgs);
			case CorpusPackage.SCHEMA__LAYERS:
				return ((InternalEList<?>)getLayers()).basicRemove(otherEnd, msgs);
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
			case CorpusPackage.SCHEMA__NAME:
				return getName();
			case CorpusPackage.SCHEMA__VERSION:
				return getVersion();
			case CorpusPackage.SCHEMA__TYPE_NAMESPACE:
				return getTypeNamespace();
			case CorpusPackage.SCHEMA__TAGSETS:
				return getTagsets();
			case CorpusPackage.SCHEMA__LAYERS:
				return getLayers();
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
			case CorpusPackage.SCHEMA__NAME:
				setName((String)newValue);
				return;
			case CorpusPackage.SCHEMA__VERSION:
				setVersion((Integer)newValue);
				return;
			case CorpusPackage.SCHEMA__TYPE_NAMESPACE:
				setTypeNamespace((String)newValue);
				return;
			case CorpusPackage.SCHEMA__TAGSETS:
				getTagsets().clear();
				getTagsets().addAll((Collection<? extends Tagset>)newValue);
				return;
			case CorpusPackage.SCHEMA__LAYERS:
				getLayers().clear();
				getLayers().addAll((Collection<? extends Layer>)newValue);
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
			case CorpusPackage.SCHEMA__NAME:
				setName(NAME_EDEFAULT);
				return;
			case CorpusPackage.SCHEMA__VERSION:
				setVersion(VERSION_EDEFAULT);
				return;
			case CorpusPackage.SCHEMA__TYPE_NAMESPACE:
				setTypeNamespace(TYPE_NAMESPACE_EDEFAULT);
				return;
			case CorpusPackage.SCHEMA__TAGSETS:
				getTagsets().clear();
				return;
			case CorpusPackage.SCHEMA__LAYERS:
				getLayers().clear();
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
			case CorpusPackage.SCHEMA__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case CorpusPackage.SCHEMA__VERSION:
				return version != VERSION_EDEFAULT;
			case CorpusPackage.SCHEMA__TYPE_NAMESPACE:
				return TYPE_NAMESPACE_EDEFAULT == null ? typeNamespace != null : !TYPE_NAMESPACE_EDEFAULT.equals(typeNamespace);
			case CorpusPackage.SCHEMA__TAGSETS:
				return tagsets != null && !tagsets.isEmpty();
			case CorpusPackage.SCHEMA__LAYERS:
				return layers != null && !layers.isEmpty();
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
		result.append(", version: ");
		result.append(version);
		result.append(", typeNamespace: ");
		result.append(typeNamespace);
		result.append(')');
		return result.toString();
	}

} //SchemaImpl
