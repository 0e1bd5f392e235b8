package org.attest.ui.suggest;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import org.apache.uima.cas.text.AnnotationFS;
import org.attest.model.Layer;
import org.attest.model.SpanLayer;
import org.attest.model.schema.Schemas;
import org.attest.suggest.api.Suggestion;
import org.attest.ui.editor.AnnotationEditor;

/** The annotations an editor's CAS holds now, as the suggestions it need not show any more. */
final class HeldAnnotations {

    private HeldAnnotations() {
    }

    /** Returns whether the CAS of {@code editor} already holds the annotation a suggestion proposes. */
    static Predicate<Suggestion> of(AnnotationEditor editor) {
        Set<Object> keys = new HashSet<>();
        for (Layer layer : Schemas.spanLayers(editor.schema())) {
            for (AnnotationFS fs : editor.layers().spans(layer.getName())) {
                Object label = layer instanceof SpanLayer span && span.getLabelFeature() != null
                        ? editor.layers().label(fs)
                        : null;
                keys.add(List.of(layer.getName(), fs.getBegin(), fs.getEnd(), label == null ? "" : label));
            }
        }
        return s -> keys.contains(List.of(s.layer(), s.begin(), s.end(), s.label() == null ? "" : s.label()));
    }
}
