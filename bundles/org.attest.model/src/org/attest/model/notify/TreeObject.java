package org.attest.model.notify;

import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.impl.EObjectImpl;
import org.eclipse.emf.ecore.util.EContentsEList;
import org.eclipse.emf.ecore.util.ECrossReferenceEList;

/**
 * The base of the corpus model's objects: a change to any object inside a corpus also reaches the listeners on the
 * corpus itself that answer to {@link #SUBTREE}, so that one listener follows a whole corpus without an adapter on
 * each of its objects (an {@code EContentAdapter} puts one on each, some 110 bytes an object: 45 MB at 100,000
 * documents).
 */
public abstract class TreeObject extends EObjectImpl {

    /**
     * What a listener on the top object answers {@code true} to in {@link Adapter#isAdapterForType(Object)} to hear
     * of the changes of every object below it too.
     */
    public static final Object SUBTREE = TreeObject.class;

    /** Creates an object with no container yet. */
    protected TreeObject() {
        super();
    }

    /** Returns whether anyone hears of a change: this object's own adapters or a subtree listener above it. */
    @Override
    public boolean eNotificationRequired() {
        return super.eNotificationRequired() || listeners() != null;
    }

    /** Tells this object's adapters of {@code notification}, then the subtree listeners on its top object. */
    @Override
    public void eNotify(Notification notification) {
        super.eNotify(notification);
        Adapter[] listeners = listeners();
        if (listeners != null) {
            for (Adapter listener : listeners) {
                if (listener.isAdapterForType(SUBTREE)) {
                    listener.notifyChanged(notification);
                }
            }
        }
    }

    /**
     * Returns a view of the objects this one contains, made anew at each call: EMF's own keeps it, and to keep it,
     * a holder of properties on each object asked (some 60 bytes each; 26 MB on a corpus of 100,000 documents that a
     * command walks once).
     */
    @Override
    public EList<EObject> eContents() {
        return EContentsEList.createEContentsEList(this);
    }

    /** Returns a view of the objects this one refers to without containing them, made anew at each call. */
    @Override
    public EList<EObject> eCrossReferences() {
        return ECrossReferenceEList.createECrossReferenceEList(this);
    }

    // The adapters of the object at the top of this one's containers, when one of them listens to the subtree; null
    // for a top object itself (its own adapters hear it) and where nobody listens.
    private Adapter[] listeners() {
        InternalEObject top = eInternalContainer();
        if (top == null) {
            return null;
        }
        for (InternalEObject up = top.eInternalContainer(); up != null; up = up.eInternalContainer()) {
            top = up;
        }
        if (!(top instanceof TreeObject tree) || !tree.eDeliver()) {
            return null;
        }
        Adapter[] adapters = tree.eBasicAdapterArray();
        if (adapters != null) {
            for (Adapter adapter : adapters) {
                if (adapter.isAdapterForType(SUBTREE)) {
                    return adapters;
                }
            }
        }
        return null;
    }
}
