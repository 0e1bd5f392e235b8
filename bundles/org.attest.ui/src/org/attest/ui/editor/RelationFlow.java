package org.attest.ui.editor;

import java.util.HashMap;
import java.util.Map;

import org.apache.uima.cas.text.AnnotationFS;
import org.attest.model.Layer;
import org.attest.model.RelationLayer;
import org.attest.model.schema.DefaultSchema;
import org.attest.model.schema.Schemas;

/**
 * The keyboard dialogue that creates a relation: start on the from-span, Tab to the to-span, Enter; then optionally the
 * cue.
 */
final class RelationFlow {

    private enum Step {
        IDLE, TARGET, CUE
    }

    private final AnnotationEditor editor;
    private Step step = Step.IDLE;
    private RelationLayer layer;
    private AnnotationFS from;
    private AnnotationFS to;

    RelationFlow(AnnotationEditor editor) {
        this.editor = editor;
    }

    /** Starts a relation of {@code layerName} from the selected span. */
    void start(String layerName) {
        Layer l = Schemas.layer(editor.schema(), layerName).orElse(null);
        AnnotationFS selected = editor.selected();
        if (!(l instanceof RelationLayer relation) || selected == null
                || editor.layerOf(selected) != relation.getFromLayer()) {
            editor.status(layerName + " starts from a selected "
                    + (l instanceof RelationLayer r ? r.getFromLayer().getName() : "span")
                    + ": select one (click it or walk with Tab) and press the key again");
            return;
        }
        layer = relation;
        from = selected;
        step = Step.TARGET;
        editor.status(
                layerName + " from \"" + from.getCoveredText() + "\": Tab to the " + relation.getToLayer().getName()
                        + " and press Enter (Esc cancels)");
    }

    /** Accepts the selected span for the current step. */
    void accept() {
        AnnotationFS selected = editor.selected();
        if (step == Step.TARGET) {
            if (selected == null || editor.layerOf(selected) != layer.getToLayer()) {
                editor.status(
                        "Select a " + layer.getToLayer().getName() + " (Tab walks the annotations), then press Enter");
                return;
            }
            to = selected;
            if (Schemas.feature(layer, "cue").isPresent()) {
                step = Step.CUE;
                editor.status("Now Tab to the cue words and press Enter, or press Esc to create the " + layer.getName()
                        + " without a cue");
                return;
            }
            create(null);
        } else if (step == Step.CUE) {
            if (selected == null || editor.layerOf(selected) == null
                    || !editor.layerOf(selected).getName().equals(DefaultSchema.CUE)) {
                editor.status("Select a Cue (Tab walks the annotations) and press Enter, or Esc for no cue");
                return;
            }
            create(selected);
        }
    }

    /**
     * Cancels the relation, or at the cue step creates it without a cue; returns false when no relation was under way.
     */
    boolean escape() {
        if (step == Step.CUE) {
            create(null);
            return true;
        }
        if (step == Step.IDLE) {
            return false;
        }
        editor.status(layer.getName() + " cancelled");
        reset();
        return true;
    }

    private void create(AnnotationFS cue) {
        Map<String, Object> features = new HashMap<>();
        if (cue != null) {
            features.put("cue", cue);
        }
        if (editor.run(editor.editing().relate(layer.getName(), from, to, features))) {
            editor.status(
                    layer.getName() + " created: \"" + from.getCoveredText() + "\" -> \"" + to.getCoveredText() + "\""
                            + (cue == null ? "" : " (cue \"" + cue.getCoveredText() + "\")"));
        }
        reset();
    }

    private void reset() {
        step = Step.IDLE;
        layer = null;
        from = null;
        to = null;
    }
}
