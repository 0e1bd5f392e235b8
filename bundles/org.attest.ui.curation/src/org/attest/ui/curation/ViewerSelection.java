package org.attest.ui.curation;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.ISelectionProvider;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.jface.viewers.StructuredViewer;
import org.eclipse.swt.SWT;

/**
 * The selection of whichever of a view's viewers was used last, so commands and the Properties view follow the user.
 */
final class ViewerSelection implements ISelectionProvider {

    private final List<ISelectionChangedListener> listeners = new CopyOnWriteArrayList<>();
    private StructuredViewer active;

    ViewerSelection(StructuredViewer... viewers) {
        active = viewers[0];
        for (StructuredViewer viewer : viewers) {
            viewer.getControl().addListener(SWT.FocusIn, e -> {
                if (active != viewer) {
                    active = viewer;
                    fire(viewer.getSelection());
                }
            });
            viewer.addSelectionChangedListener(e -> {
                active = viewer;
                fire(e.getSelection());
            });
        }
    }

    private void fire(ISelection selection) {
        SelectionChangedEvent event = new SelectionChangedEvent(this, selection);
        for (ISelectionChangedListener l : listeners) {
            l.selectionChanged(event);
        }
    }

    @Override
    public void addSelectionChangedListener(ISelectionChangedListener listener) {
        listeners.add(listener);
    }

    @Override
    public ISelection getSelection() {
        return active.getSelection();
    }

    @Override
    public void removeSelectionChangedListener(ISelectionChangedListener listener) {
        listeners.remove(listener);
    }

    @Override
    public void setSelection(ISelection selection) {
        active.setSelection(selection);
    }
}
