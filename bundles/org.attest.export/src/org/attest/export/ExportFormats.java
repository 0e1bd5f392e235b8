package org.attest.export;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;

import org.attest.io.LabelMap;
import org.attest.io.export.AttestJsonlFormat;
import org.attest.io.export.BratFormat;
import org.attest.io.export.ConllFormat;
import org.attest.io.export.ExportFormat;
import org.attest.io.export.HfTokenFormat;
import org.attest.io.export.LabelNames;
import org.attest.io.export.SpacyFormat;
import org.attest.io.export.XmiFormat;
import org.attest.model.FeatureDefinition;
import org.attest.model.Schema;
import org.attest.model.Tag;
import org.attest.model.schema.DefaultSchema;
import org.attest.model.schema.Schemas;

/** The export formats by name: the one place where a new format is registered, with one line. */
public final class ExportFormats {

    private static final Map<String, BiFunction<Schema, LabelNames, ExportFormat>> FORMATS = new LinkedHashMap<>();

    // the formats Attest reads back as they are keep the schema's labels
    private static final Set<String> SCHEMA_NAMES_ONLY = Set.of(AttestJsonlFormat.NAME, "xmi");

    static {
        FORMATS.put(ConllFormat.IOB2, (schema, names) -> new ConllFormat(false, names));
        FORMATS.put(ConllFormat.BIOES, (schema, names) -> new ConllFormat(true, names));
        FORMATS.put(HfTokenFormat.NAME, (schema, names) -> new HfTokenFormat(entityLabels(schema), names));
        FORMATS.put(SpacyFormat.NAME, (schema, names) -> new SpacyFormat(names));
        FORMATS.put(AttestJsonlFormat.NAME, (schema, names) -> new AttestJsonlFormat());
        FORMATS.put("brat", BratFormat::new);
        FORMATS.put("xmi", (schema, names) -> new XmiFormat(schema));
    }

    private ExportFormats() {
    }

    /** Returns the names of the formats, in registration order. */
    public static List<String> names() {
        return List.copyOf(FORMATS.keySet());
    }

    /** Returns format {@code name} set up for {@code schema}, or throws naming the known formats. */
    public static ExportFormat create(String name, Schema schema) {
        return create(name, schema, LabelNames.SCHEMA);
    }

    /**
     * Returns format {@code name} set up for {@code schema}, writing the Entity labels by their names in {@code names}.
     *
     * @throws IllegalArgumentException naming the known formats, or the formats that take label names when
     *     {@code name} keeps the schema's labels
     */
    public static ExportFormat create(String name, Schema schema, LabelNames names) {
        BiFunction<Schema, LabelNames, ExportFormat> factory = FORMATS.get(name);
        if (factory == null) {
            throw new IllegalArgumentException(
                    "unknown export format '" + name + "'; use one of " + String.join(", ", names()));
        }
        if (names.renames() && SCHEMA_NAMES_ONLY.contains(name)) {
            throw new IllegalArgumentException("format " + name
                    + " keeps the schema's labels, as Attest reads it back; a label map applies to "
                    + String.join(", ", names().stream().filter(n -> !SCHEMA_NAMES_ONLY.contains(n)).toList()));
        }
        return factory.apply(schema, names);
    }

    /** Returns the names {@code map} read backwards gives the Entity labels of {@code schema}. */
    public static LabelNames labelNames(LabelMap map, Schema schema) {
        return new LabelNames(map.exportNames(Set.copyOf(entityLabels(schema))));
    }

    /** Returns the tags of the Entity layer's label tagset in schema order, or an empty list when it has none. */
    public static List<String> entityLabels(Schema schema) {
        List<String> labels = new ArrayList<>();
        Schemas.layer(schema, DefaultSchema.ENTITY).map(l -> l.getLabelFeature()).map(FeatureDefinition::getTagset)
                .ifPresent(tagset -> tagset.getTags().stream().map(Tag::getName).forEach(labels::add));
        return labels;
    }
}
