package org.attest.ui.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.apache.uima.cas.text.AnnotationFS;
import org.attest.cas.AttestTypes;
import org.attest.edit.AnnotationNavigator;
import org.attest.edit.Editability;
import org.attest.model.schema.Schemas;
import org.attest.ui.colors.ColorCache;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

/**
 * The annotation editor's display: the read-only banner, the painted spans, the relation list and the selected
 * annotation they show.
 */
final class EditorView {

    private final AnnotationEditor editor;
    private final Label banner;
    private final StyledText text;
    private final SpanPainter painter;
    private final ArcPainter arcs;
    private final RelationPanel relations;
    private final EditorAddons addons;
    private AnnotationFS selected;
    private boolean outlinePending;
    private int[] pendingReveal;

    /** Builds the banner, the text with its spans and the relation list in {@code parent}. */
    EditorView(AnnotationEditor editor, Composite parent) {
        this.editor = editor;
        banner = new Label(parent, SWT.WRAP);
        GridData bannerData = new GridData(SWT.FILL, SWT.TOP, true, false);
        bannerData.exclude = true;
        banner.setLayoutData(bannerData);
        banner.setVisible(false);
        ColorCache colors = new ColorCache(parent);
        banner.setBackground(colors.color("#fff1b8"));
        banner.setForeground(parent.getDisplay().getSystemColor(SWT.COLOR_BLACK));
        addons = new EditorAddons(parent);
        SashForm sash = new SashForm(parent, SWT.HORIZONTAL);
        GridData sashData = new GridData(SWT.FILL, SWT.FILL, true, true);
        // size hints keep the layout from measuring the wrapped text's natural size, which costs seconds for 1 MB
        sashData.widthHint = 200;
        sashData.heightHint = 200;
        sash.setLayoutData(sashData);
        text = new StyledText(sash, SWT.V_SCROLL | SWT.WRAP | SWT.READ_ONLY | SWT.BORDER);
        text.setText("Loading " + editor.document().getId() + " …");
        text.setLeftMargin(8);
        text.setRightMargin(8);
        painter = new SpanPainter(text, colors, editor::layerOf, fs -> editor.labelOf(fs));
        arcs = new ArcPainter(text, colors, editor::layerOf);
        relations = new RelationPanel(sash, editor, text, colors);
        sash.setWeights(75, 25);
    }

    /** Returns the text widget. */
    StyledText text() {
        return text;
    }

    /** Returns the add-ons of the editor. */
    EditorAddons addons() {
        return addons;
    }

    /** Returns the selected annotation, or null. */
    AnnotationFS selected() {
        return selected;
    }

    /** Selects {@code fs} (or nothing) and reveals it; a relation shows its arc, its row and its spans. */
    void select(AnnotationFS fs) {
        selected = fs;
        painter.setSelected(fs);
        boolean relation = fs != null && isRelation(fs);
        arcs.setSelected(relation ? fs : null);
        relations.show(relation ? fs : null);
        painter.setHighlighted(relation ? relations.spansOf(fs) : Set.of());
        if (fs != null) {
            text.showSelection();
            text.setCaretOffset(Math.min(fs.getEnd(), text.getCharCount()));
            text.setSelection(fs.getBegin(), fs.getEnd());
            text.setSelection(fs.getBegin());
        }
        text.redraw();
    }

    /** Scrolls to and selects the text between {@code begin} and {@code end}, once the document is loaded. */
    void reveal(int begin, int end) {
        if (!editor.loaded()) {
            // the document is still loading in the background; reveal the range once it is there
            pendingReveal = new int[]{begin, end};
            return;
        }
        int b = Math.max(0, Math.min(begin, text.getCharCount()));
        int e = Math.max(b, Math.min(end, text.getCharCount()));
        java.util.List<AnnotationFS> here = AnnotationNavigator.at(editor.cas(), editor.schema(), b);
        editor.select(here.stream().filter(fs -> fs.getBegin() == b && fs.getEnd() == e).findFirst().orElse(null));
        text.setSelection(b, e);
        text.showSelection();
    }

    /** Reveals the range asked for while the document was loading, if any. */
    void revealPending() {
        if (pendingReveal != null) {
            int[] range = pendingReveal;
            pendingReveal = null;
            reveal(range[0], range[1]);
        }
    }

    /** Re-reads the spans from the CAS and repaints. */
    void refresh() {
        if (!editor.loaded()) {
            return;
        }
        List<AnnotationFS> spans = new ArrayList<>();
        for (var layer : Schemas.spanLayers(editor.schema())) {
            spans.addAll(editor.layers().spans(layer.getName()));
        }
        List<ArcLayout.Arc> arcList = arcsOf(editor.layers());
        painter.setLayout(new SpanLayout(spans));
        relations.refresh();
        arcs.setArcs(arcList);
        boolean gone = selected != null && (isRelation(selected)
                ? arcList.stream().noneMatch(a -> a.relation() == selected)
                : !spans.contains(selected));
        if (gone) {
            // the selected annotation was deleted (or its creation undone): Properties must not go on showing it
            editor.select(null);
        } else if (selected != null && isRelation(selected)) {
            relations.show(selected);
        }
        if (editor.outline() != null && !outlinePending) {
            // the outline follows a moment later, so typing a hot key repaints the text first
            outlinePending = true;
            text.getDisplay().asyncExec(() -> {
                outlinePending = false;
                if (editor.outline() != null) {
                    editor.outline().refresh();
                }
            });
        }
        showBanner();
        text.redraw();
        addons.refreshed();
    }

    /** Shows why the document is read-only, or hides the banner while it may be edited. */
    void showBanner() {
        Editability editability = editor.editability();
        String message = editability.editable() ? "" : "Read-only: " + editability.reason();
        if (!message.equals(banner.getText()) || banner.getVisible() == editability.editable()) {
            // relayout only when the banner changes: laying out a wrapped 1 MB text costs seconds
            banner.setText(message);
            ((GridData) banner.getLayoutData()).exclude = editability.editable();
            banner.setVisible(!editability.editable());
            banner.getParent().layout(new org.eclipse.swt.widgets.Control[]{banner});
        }
    }

    /** Returns the relation whose arc or arc label is at ({@code x}, {@code y}) of the text, or null. */
    AnnotationFS relationAt(int x, int y) {
        return arcs.relationAt(x, y);
    }

    /** Returns the chain warnings beside the text. */
    ChainWarnings warnings() {
        return relations.warnings();
    }

    /** Returns the painter of the relation arcs. */
    ArcPainter arcs() {
        return arcs;
    }

    private List<ArcLayout.Arc> arcsOf(org.attest.cas.Layers layers) {
        List<ArcLayout.Arc> result = new ArrayList<>();
        for (var layer : Schemas.relationLayers(editor.schema())) {
            for (AnnotationFS r : layers.relations(layer.getName())) {
                if (layers.value(r, AttestTypes.RELATION_FROM) instanceof AnnotationFS from
                        && layers.value(r, AttestTypes.RELATION_TO) instanceof AnnotationFS to) {
                    result.add(new ArcLayout.Arc(r, from.getBegin(), from.getEnd(), to.getBegin(), to.getEnd(),
                            editor.labelOf(r)));
                }
            }
        }
        return result;
    }

    private boolean isRelation(AnnotationFS fs) {
        return editor.layerOf(fs) instanceof org.attest.model.RelationLayer;
    }

    /** Walks to the next (or previous) annotation, as Tab and Shift+Tab do. */
    void walk(boolean forward) {
        (forward
                ? AnnotationNavigator.next(editor.cas(), editor.schema(), selected)
                : AnnotationNavigator.previous(editor.cas(), editor.schema(), selected)).ifPresent(editor::select);
    }
}
