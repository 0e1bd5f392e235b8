package org.attest.ui.suggest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.uima.cas.Type;
import org.attest.edit.AnnotationEditing;
import org.attest.edit.CompositeCommand;
import org.attest.edit.CreateAnnotationCommand;
import org.attest.model.Layer;
import org.attest.model.SpanLayer;
import org.attest.model.schema.Schemas;
import org.attest.suggest.api.Suggestion;

/** The undoable commands that accept suggestions into an annotator's CAS, marked with the recommender. */
final class Settling {

    /** The feature that names the recommender an accepted annotation came from, when the CAS has it. */
    static final String SUGGESTED_BY = "suggestedBy";

    private Settling() {
    }

    /**
     * Returns the command that adds the annotation {@code suggestion} proposes; its {@code parts().get(0)} creates it.
     */
    static CompositeCommand accept(AnnotationEditing editing, Suggestion suggestion) {
        return new CompositeCommand("Accept " + describe(suggestion), List.of(create(editing, suggestion)));
    }

    /** Returns the one undoable command that adds the annotations {@code suggestions} propose. */
    static CompositeCommand acceptAll(AnnotationEditing editing, List<Suggestion> suggestions) {
        List<CreateAnnotationCommand> parts = new ArrayList<>();
        for (Suggestion s : suggestions) {
            parts.add(create(editing, s));
        }
        return new CompositeCommand("Accept " + suggestions.size() + " suggestions", parts);
    }

    /** Returns how a suggestion is named in the status line, such as {@code PERSON (Entity) "Ana" from registry}. */
    static String describe(Suggestion s) {
        return (s.label() == null ? s.layer() : s.label() + " (" + s.layer() + ")") + " from " + s.recommender();
    }

    private static CreateAnnotationCommand create(AnnotationEditing editing, Suggestion s) {
        Layer layer = Schemas.layer(editing.schema(), s.layer()).orElseThrow(() -> new IllegalArgumentException(
                "The suggestion of " + s.recommender() + " is on layer '" + s.layer()
                        + "', which the corpus schema does not have"));
        Map<String, Object> features = new HashMap<>(s.features());
        if (s.label() != null && layer instanceof SpanLayer span && span.getLabelFeature() != null) {
            features.put(span.getLabelFeature().getName(), s.label());
        }
        Type type = editing.cas().getTypeSystem().getType(Schemas.typeName(layer));
        if (type != null && type.getFeatureByBaseName(SUGGESTED_BY) != null) {
            features.put(SUGGESTED_BY, s.recommender());
        }
        return editing.createSpan(s.layer(), s.begin(), s.end(), features);
    }
}
