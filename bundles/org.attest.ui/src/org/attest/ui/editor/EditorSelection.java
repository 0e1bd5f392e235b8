package org.attest.ui.editor;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.ISelectionProvider;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.jface.viewers.StructuredSelection;

/** Publishes the editor's selected annotation to the workbench (Properties view, outline). */
final class EditorSelection implements ISelectionProvider {

    private final AnnotationEditor editor;
    private final List<ISelectionChangedListener> listeners = new CopyOnWriteArrayList<>();

    EditorSelection(AnnotationEditor editor) {
        this.editor = editor;
    }

    @Override
    public void addSelectionChangedListener(ISelectionChangedListener listener) {
        listeners.add(listener);
    }

    @Override
    public ISelection getSelection() {
        return editor.selected() == null
                ? StructuredSelection.EMPTY
                : new StructuredSelection(new AnnotationElement(editor, editor.selected()));
    }

    @Override
    public void removeSelectionChangedListener(ISelectionChangedListener listener) {
        listeners.remove(listener);
    }

    @Override
    public void setSelection(ISelection selection) {
        if (selection instanceof StructuredSelection s && s.getFirstElement() instanceof AnnotationElement e) {
            editor.select(e.annotation());
        }
    }

    void fire() {
        SelectionChangedEvent event = new SelectionChangedEvent(this, getSelection());
        for (ISelectionChangedListener l : listeners) {
            l.selectionChanged(event);
        }
    }
}
