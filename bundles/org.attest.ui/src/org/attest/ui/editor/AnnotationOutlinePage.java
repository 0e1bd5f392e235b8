package org.attest.ui.editor;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.uima.cas.text.AnnotationFS;
import org.attest.cas.Layers;
import org.attest.model.Layer;
import org.attest.model.SpanLayer;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.views.contentoutline.ContentOutlinePage;

/** The Outline of a document's annotations, grouped by layer and label; choosing one reveals it in the editor. */
final class AnnotationOutlinePage extends ContentOutlinePage {

    /** A group of the outline: a layer or a label, with its annotations. */
    record Group(String name, List<Object> children) {

        @Override
        public String toString() {
            return name + " (" + count() + ")";
        }

        int count() {
            int n = 0;
            for (Object c : children) {
                n += c instanceof Group g ? g.count() : 1;
            }
            return n;
        }
    }

    private final AnnotationEditor editor;

    AnnotationOutlinePage(AnnotationEditor editor) {
        this.editor = editor;
    }

    @Override
    public void createControl(Composite parent) {
        super.createControl(parent);
        TreeViewer viewer = getTreeViewer();
        viewer.setContentProvider(new ITreeContentProvider() {

            @Override
            public Object[] getElements(Object input) {
                return ((List<?>) input).toArray();
            }

            @Override
            public Object[] getChildren(Object parent) {
                return parent instanceof Group g ? g.children().toArray() : new Object[0];
            }

            @Override
            public Object getParent(Object element) {
                return null;
            }

            @Override
            public boolean hasChildren(Object element) {
                return element instanceof Group g && !g.children().isEmpty();
            }
        });
        viewer.setLabelProvider(new LabelProvider());
        viewer.addSelectionChangedListener(e -> {
            Object first = ((IStructuredSelection) e.getSelection()).getFirstElement();
            if (first instanceof AnnotationElement a && a.annotation() != editor.selected()) {
                editor.select(a.annotation());
            }
        });
        refresh();
    }

    /** Returns the groups shown: one per layer, then one per label inside span layers. */
    List<Group> groups() {
        List<Group> groups = new ArrayList<>();
        Layers layers = editor.layers();
        for (Layer layer : editor.schema().getLayers()) {
            List<AnnotationFS> all = layer instanceof SpanLayer
                    ? layers.spans(layer.getName())
                    : layers.relations(layer.getName());
            Map<String, List<Object>> byLabel = new LinkedHashMap<>();
            for (AnnotationFS fs : all) {
                String label = layer instanceof SpanLayer ? String.valueOf(editor.labelOf(fs)) : layer.getName();
                byLabel.computeIfAbsent(label, k -> new ArrayList<>()).add(new AnnotationElement(editor, fs));
            }
            List<Object> children = new ArrayList<>();
            if (layer instanceof SpanLayer) {
                byLabel.forEach((label, items) -> children.add(new Group(label, items)));
            } else {
                byLabel.values().forEach(children::addAll);
            }
            groups.add(new Group(layer.getName(), children));
        }
        return groups;
    }

    void refresh() {
        if (!editor.loaded()) {
            return;
        }
        TreeViewer viewer = getTreeViewer();
        Control control = viewer == null ? null : viewer.getControl();
        if (control == null || control.isDisposed()) {
            return;
        }
        viewer.setInput(groups());
        viewer.expandToLevel(1);
    }
}
