package org.attest.ui.editor;

import java.util.List;

import org.apache.uima.cas.text.AnnotationFS;
import org.attest.edit.AnnotationNavigator;
import org.attest.edit.TokenSnapper;
import org.attest.model.Layer;
import org.attest.model.schema.DefaultSchema;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Event;

/** Keyboard-first input of the annotation editor: hot keys, Delete, Tab walking, relations, clicks and tooltips. */
final class EditorInput {

    private final AnnotationEditor editor;
    private final StyledText text;
    private final EditorView view;
    private final RelationFlow relations;
    private int mouseDownOffset = -1;

    EditorInput(AnnotationEditor editor, EditorView view) {
        this.editor = editor;
        this.view = view;
        this.text = view.text();
        this.relations = new RelationFlow(editor);
        text.addListener(SWT.KeyDown, this::keyDown);
        text.addListener(SWT.Traverse, e -> {
            if (e.detail == SWT.TRAVERSE_TAB_NEXT || e.detail == SWT.TRAVERSE_TAB_PREVIOUS) {
                e.doit = false;
            }
        });
        text.addListener(SWT.MouseDown, e -> mouseDownOffset = offsetAt(e.x, e.y));
        text.addListener(SWT.MouseUp, this::mouseUp);
        text.addListener(SWT.MouseHover, this::hover);
        view.addons().install(editor);
    }

    /**
     * Handles one key: Tab walks, Delete deletes, Shift+A/Shift+V relate, Shift+L links, Enter/Esc answer a relation
     * step.
     */
    void keyDown(Event e) {
        if (view.addons().keyDown(e)) {
            return;
        }
        if (e.keyCode == SWT.TAB) {
            view.walk((e.stateMask & SWT.SHIFT) == 0);
            e.doit = false;
            return;
        }
        if (e.keyCode == SWT.DEL || e.keyCode == SWT.BS) {
            if (editor.selected() != null) {
                editor.run(editor.editing().delete(editor.selected()));
            }
            e.doit = false;
            return;
        }
        if (e.keyCode == SWT.CR || e.keyCode == SWT.KEYPAD_CR) {
            relations.accept();
            e.doit = false;
            return;
        }
        if (e.keyCode == SWT.ESC) {
            if (!relations.escape() && editor.selected() != null) {
                editor.select(null);
                editor.status("Nothing selected");
            }
            e.doit = false;
            return;
        }
        if ((e.stateMask & (SWT.CTRL | SWT.ALT | SWT.COMMAND)) != 0 || e.character == 0) {
            return;
        }
        char c = e.character;
        if (c == 'A') {
            relations.start(DefaultSchema.ATTRIBUTION);
        } else if (c == 'V') {
            relations.start(DefaultSchema.VIA);
        } else if (c == 'L') {
            EntityLinkDialog.open(editor);
        } else {
            hotKey(String.valueOf(c));
        }
        e.doit = false;
    }

    private void hotKey(String key) {
        Point sel = text.getSelection();
        if (sel.x == sel.y) {
            if (org.attest.model.schema.Schemas.hotKey(editor.schema(), key).isPresent()) {
                editor.status("Select some text first, then press '" + key + "' to annotate it");
            }
            return;
        }
        if (org.attest.model.schema.Schemas.hotKey(editor.schema(), key).isEmpty()) {
            return;
        }
        var command = editor.editing().createSpanForHotKey(key, sel.x, sel.y);
        if (editor.run(command)) {
            editor.select(command.created());
        }
    }

    private void mouseUp(Event e) {
        if (e.button != 1) {
            return;
        }
        Point sel = text.getSelection();
        if (sel.x != sel.y) {
            if ((e.stateMask & SWT.ALT) == 0) {
                org.attest.edit.Span snapped = TokenSnapper.snap(editor.cas(), sel.x, sel.y);
                text.setSelection(snapped.begin(), snapped.end());
            }
            return;
        }
        AnnotationFS relation = view.relationAt(e.x, e.y);
        if (relation != null) {
            editor.select(relation);
            return;
        }
        int offset = offsetAt(e.x, e.y);
        if (offset >= 0 && offset == mouseDownOffset) {
            List<AnnotationFS> here = AnnotationNavigator.at(editor.cas(), editor.schema(), offset);
            editor.select(here.isEmpty() ? null : here.get(0));
        }
    }

    private void hover(Event e) {
        AnnotationFS relation = view.relationAt(e.x, e.y);
        if (relation != null) {
            text.setToolTipText(tooltip(List.of(relation)));
            return;
        }
        int offset = offsetAt(e.x, e.y);
        List<AnnotationFS> here = offset < 0
                ? List.of()
                : AnnotationNavigator.at(editor.cas(), editor.schema(), offset);
        List<String> warnings = offset < 0 ? List.of() : view.warnings().at(offset);
        String tip = here.isEmpty() ? "" : tooltip(here);
        for (String w : warnings) {
            tip += (tip.isEmpty() ? "" : "\n") + "Warning: " + w;
        }
        String added = offset < 0 ? "" : view.addons().hoverAt(offset);
        tip += (tip.isEmpty() || added.isEmpty() ? "" : "\n") + added;
        text.setToolTipText(tip.isEmpty() ? null : tip);
    }

    private String tooltip(List<AnnotationFS> here) {
        StringBuilder sb = new StringBuilder();
        var layers = editor.layers();
        for (AnnotationFS fs : here) {
            Layer layer = editor.layerOf(fs);
            if (layer == null) {
                continue;
            }
            if (sb.length() > 0) {
                sb.append('\n');
            }
            sb.append(layer.getName()).append(": ").append(editor.labelOf(fs));
            for (var f : layer.getFeatures()) {
                if (f == layer.getLabelFeature()) {
                    continue;
                }
                Object v = layers.value(fs, f.getName());
                if (v instanceof AnnotationFS a) {
                    v = a.getCoveredText();
                }
                if (v != null && !Boolean.FALSE.equals(v)) {
                    sb.append("\n   ").append(f.getName()).append(" = ").append(v);
                }
            }
        }
        return sb.toString();
    }

    private int offsetAt(int x, int y) {
        return text.getOffsetAtPoint(new Point(x, y));
    }
}
