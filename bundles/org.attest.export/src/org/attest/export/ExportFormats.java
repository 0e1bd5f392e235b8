package org.attest.export;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.attest.io.export.AttestJsonlFormat;
import org.attest.io.export.BratFormat;
import org.attest.io.export.ConllFormat;
import org.attest.io.export.ExportFormat;
import org.attest.io.export.HfTokenFormat;
import org.attest.io.export.SpacyFormat;
import org.attest.io.export.XmiFormat;
import org.attest.model.FeatureDefinition;
import org.attest.model.Schema;
import org.attest.model.Tag;
import org.attest.model.schema.DefaultSchema;
import org.attest.model.schema.Schemas;

/** The export formats by name: the one place where a new format is registered, with one line. */
public final class ExportFormats {

    private static final Map<String, Function<Schema, ExportFormat>> FORMATS = new LinkedHashMap<>();

    static {
        FORMATS.put(ConllFormat.IOB2, schema -> new ConllFormat(false));
        FORMATS.put(ConllFormat.BIOES, schema -> new ConllFormat(true));
        FORMATS.put(HfTokenFormat.NAME, schema -> new HfTokenFormat(entityLabels(schema)));
        FORMATS.put(SpacyFormat.NAME, schema -> new SpacyFormat());
        FORMATS.put(AttestJsonlFormat.NAME, schema -> new AttestJsonlFormat());
        FORMATS.put("brat", BratFormat::new);
        FORMATS.put("xmi", XmiFormat::new);
    }

    private ExportFormats() {
    }

    /** Returns the names of the formats, in registration order. */
    public static List<String> names() {
        return List.copyOf(FORMATS.keySet());
    }

    /** Returns format {@code name} set up for {@code schema}, or throws naming the known formats. */
    public static ExportFormat create(String name, Schema schema) {
        Function<Schema, ExportFormat> factory = FORMATS.get(name);
        if (factory == null) {
            throw new IllegalArgumentException(
                    "unknown export format '" + name + "'; use one of " + String.join(", ", names()));
        }
        return factory.apply(schema);
    }

    /** Returns the tags of the Entity layer's label tagset in schema order, or an empty list when it has none. */
    public static List<String> entityLabels(Schema schema) {
        List<String> labels = new ArrayList<>();
        Schemas.layer(schema, DefaultSchema.ENTITY).map(l -> l.getLabelFeature()).map(FeatureDefinition::getTagset)
                .ifPresent(tagset -> tagset.getTags().stream().map(Tag::getName).forEach(labels::add));
        return labels;
    }
}
