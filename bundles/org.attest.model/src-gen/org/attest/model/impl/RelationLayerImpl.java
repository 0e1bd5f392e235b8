/**
 */
package org.attest.model.impl;

import org.attest.model.CorpusPackage;
import org.attest.model.RelationLayer;
import org.attest.model.SpanLayer;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Relation Layer</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.attest.model.impl.RelationLayerImpl#getFromLayer <em>From Layer</em>}</li>
 *   <li>{@link org.attest.model.impl.RelationLayerImpl#getToLayer <em>To Layer</em>}</li>
 * </ul>
 *
 * @generated
 */
public class RelationLayerImpl extends LayerImpl implements RelationLayer {
	/**
	 * The cached value of the '{@link #getFromLayer() <em>From Layer</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFromLayer()
	 * @generated
	 * @ordered
	 */
	protected SpanLayer fromLayer;

	/**
	 * The cached value of the '{@link #getToLayer() <em>To Layer</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getToLayer()
	 * @generated
	 * @ordered
	 */
	protected SpanLayer toLayer;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected RelationLayerImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CorpusPackage.Literals.RELATION_LAYER;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SpanLayer getFromLayer() {
		if (fromLayer != null && fromLayer.eIsProxy()) {
			InternalEObject oldFromLayer = (InternalEObject)fromLayer;
			fromLayer = (SpanLayer)eResolveProxy(oldFromLayer);
			if (fromLayer != oldFromLayer) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, CorpusPackage.RELATION_LAYER__FROM_LAYER, oldFromLayer, fromLayer));
			}
		}
		return fromLayer;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public SpanLayer basicGetFromLayer() {
		return fromLayer;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFromLayer(SpanLayer newFromLayer) {
		SpanLayer oldFromLayer = fromLayer;
		fromLayer = newFromLayer;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CorpusPackage.RELATION_LAYER__FROM_LAYER, oldFromLayer, fromLayer));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SpanLayer getToLayer() {
		if (toLayer != null && toLayer.eIsProxy()) {
			InternalEObject oldToLayer = (InternalEObject)toLayer;
			toLayer = (SpanLayer)eResolveProxy(oldToLayer);
			if (toLayer != oldToLayer) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, CorpusPackage.RELATION_LAYER__TO_LAYER, oldToLayer, toLayer));
			}
		}
		return toLayer;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public SpanLayer basicGetToLayer() {
		return toLayer;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setToLayer(SpanLayer newToLayer) {
		SpanLayer oldToLayer = toLayer;
		toLayer = newToLayer;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CorpusPackage.RELATION_LAYER__TO_LAYER, oldToLayer, toLayer));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case CorpusPackage.RELATION_LAYER__FROM_LAYER:
				if (resolve) return getFromLayer();
				return basicGetFromLayer();
			case CorpusPackage.RELATION_LAYER__TO_LAYER:
				if (resolve) return getToLayer();
				return basicGetToLayer();
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
			case CorpusPackage.RELATION_LAYER__FROM_LAYER:
				setFromLayer((SpanLayer)newValue);
				return;
			case CorpusPackage.RELATION_LAYER__TO_LAYER:
				setToLayer((SpanLayer)newValue);
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
			case CorpusPackage.RELATION_LAYER__FROM_LAYER:
				setFromLayer((SpanLayer)null);
				return;
			case CorpusPackage.RELATION_LAYER__TO_LAYER:
				setToLayer((SpanLayer)null);
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
			case CorpusPackage.RELATION_LAYER__FROM_LAYER:
				return fromLayer != null;
			case CorpusPackage.RELATION_LAYER__TO_LAYER:
				return toLayer != null;
		}
		return super.eIsSet(featureID);
	}

} //RelationLayerImpl
