package org.attest.io.tokens;

import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.attest.io.ImportException;
import org.attest.io.ImportOptions;
import org.attest.io.SpanRecord;
import org.attest.model.FeatureDefinition;
import org.attest.model.Layer;
import org.attest.model.Schema;
import org.attest.model.SpanLayer;
import org.attest.model.Tag;
import org.attest.model.schema.DefaultSchema;
import org.attest.model.schema.Schemas;

/**
 * The labels of the schema's Entity layer as one file's entity tags become them: placed by the import's label map,
 * counted when they have no place, and refused with the first place one occurs unless unknown labels are ignored.
 */
final class EntityLabels {

    private static final String LAYER = DefaultSchema.ENTITY;

    private final ImportOptions options;
    private final String feature;
    // null when the label feature takes any string
    private final Set<String> labels;
    private final Map<String, Integer> unknown = new TreeMap<>();
    private String firstUnknown;
    private String firstUnknownAt;

    /** Finds the Entity layer's labels of {@code schema}, checking the import's label map against them. */
    EntityLabels(Schema schema, Path file, ImportOptions options) throws ImportException {
        this.options = options;
        Layer layer = Schemas.layer(schema, LAYER).orElse(null);
        FeatureDefinition label = layer instanceof SpanLayer ? layer.getLabelFeature() : null;
        if (label == null) {
            throw new ImportException(file + ": the schema '" + schema.getName() + "' has no " + LAYER
                    + " layer with a label, where the entity tags of this file go; import it into a corpus whose schema"
                    + " has one");
        }
        this.feature = label.getName();
        this.labels = label.getTagset() == null ? null : names(label);
        if (labels != null) {
            String misplaced = options.labelMap().firstMisplaced(labels).orElse(null);
            if (misplaced != null) {
                throw new ImportException(file + ": the label map's " + misplaced + " names no label of the schema's "
                        + LAYER + " layer; its labels are " + labels);
            }
        }
    }

    private static Set<String> names(FeatureDefinition label) {
        Set<String> names = new TreeSet<>();
        for (Tag tag : label.getTagset().getTags()) {
            names.add(tag.getName());
        }
        return names;
    }

    /**
     * Returns the Entity span of {@code label} from {@code begin} to {@code end}, or {@code null} when the label has
     * no place in the schema, counting it in {@code unknownOfDocument} and remembering where it first occurred.
     */
    SpanRecord span(String label, int begin, int end, String where, Map<String, Integer> unknownOfDocument) {
        String placed = labels == null
                ? options.labelMap().mapped().getOrDefault(label, label)
                : options.labelMap().resolve(label, labels);
        if (placed == null) {
            unknown.merge(label, 1, Integer::sum);
            unknownOfDocument.merge(label, 1, Integer::sum);
            if (firstUnknownAt == null) {
                firstUnknown = label;
                firstUnknownAt = where;
            }
            return null;
        }
        return new SpanRecord(LAYER, begin, end, Map.of(feature, placed));
    }

    /** Refuses the file when it held labels without a place and the import does not leave them out. */
    void check() throws ImportException {
        if (firstUnknownAt != null && !options.ignoreUnknownTypes()) {
            throw new ImportException(firstUnknownAt + ": the entity label \"" + firstUnknown
                    + "\" has no place among the labels of the schema's " + LAYER + " layer " + labels
                    + " (labels without a place in this file, with their number of annotations: " + unknown
                    + "); map them to labels of the schema, or import the rest without them",
                    ImportException.Remedy.MAP_LABELS);
        }
    }
}
