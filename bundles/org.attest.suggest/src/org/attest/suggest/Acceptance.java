package org.attest.suggest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.uima.cas.Feature;
import org.apache.uima.cas.text.AnnotationFS;
import org.attest.cas.AttestTypes;
import org.attest.edit.AnnotationEditing;
import org.attest.edit.CompositeCommand;
import org.attest.edit.CreateAnnotationCommand;
import org.attest.edit.EditCommand;
import org.attest.model.Layer;
import org.attest.model.schema.Schemas;
import org.attest.suggest.api.Suggestion;

/**
 * Accepting suggestions: one undoable command adds each suggested span with its label and features and marks it with
 * its recommender in the built-in feature {@code suggestedBy}.
 */
public final class Acceptance {

    private Acceptance() {
    }

    /** Returns the command that adds {@code suggestion} to the CAS of {@code editing}, marked with its recommender. */
    public static EditCommand command(AnnotationEditing editing, Suggestion suggestion) {
        CreateAnnotationCommand create = editing.createSpan(suggestion.layer(), suggestion.begin(), suggestion.end(),
                features(editing, suggestion));
        return new CompositeCommand("Accept " + describe(suggestion),
                List.of(create, new SuggestedByCommand(create, suggestion.recommender())));
    }

    /** Returns one command that accepts all of {@code suggestions}, undone as one step. */
    public static EditCommand all(AnnotationEditing editing, List<Suggestion> suggestions) {
        List<EditCommand> parts = new ArrayList<>();
        for (Suggestion s : suggestions) {
            parts.add(command(editing, s));
        }
        return new CompositeCommand("Accept " + suggestions.size() + " suggestion(s)", parts);
    }

    /** Returns the recommender {@code span} was accepted from, or null when an annotator made it by hand. */
    public static String suggestedBy(AnnotationFS span) {
        Feature feature = span.getType().getFeatureByBaseName(AttestTypes.SUGGESTED_BY);
        return feature == null ? null : span.getStringValue(feature);
    }

    private static Map<String, Object> features(AnnotationEditing editing, Suggestion s) {
        Layer layer = Schemas.layer(editing.schema(), s.layer()).orElseThrow(() -> new IllegalArgumentException(
                "Schema '" + editing.schema().getName() + "' has no layer '" + s.layer() + "' for the suggestion of "
                        + s.recommender() + "; the recommender is made for another schema"));
        Map<String, Object> features = new LinkedHashMap<>(s.features());
        if (s.label() != null) {
            if (layer.getLabelFeature() == null) {
                throw new IllegalArgumentException("Layer '" + s.layer() + "' has no label feature for the label '"
                        + s.label() + "' suggested by " + s.recommender() + "; the recommender is made for another"
                        + " schema");
            }
            features.put(layer.getLabelFeature().getName(), s.label());
        }
        return features;
    }

    private static String describe(Suggestion s) {
        return (s.label() == null ? s.layer() : s.label() + " (" + s.layer() + ")") + " from " + s.recommender();
    }
}
