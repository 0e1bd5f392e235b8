package org.attest.io.export;

import static org.attest.io.BratStandoff.entityType;
import static org.attest.io.BratStandoff.escape;
import static org.attest.io.BratStandoff.linkType;
import static org.attest.io.BratStandoff.toBrat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.attest.io.BratStandoff;
import org.attest.model.FeatureDefinition;
import org.attest.model.FeatureKind;
import org.attest.model.Layer;
import org.attest.model.Schema;
import org.attest.model.schema.Schemas;

/**
 * Writes brat standoff: per document {@code ID.txt} (the exact text), {@code ID.ann} (T, R and A lines) and, when the
 * document has metadata, {@code ID.meta.json}; plus one {@code annotation.conf}; the encoding is
 * {@link BratStandoff}'s.
 */
public final class BratFormat implements ExportFormat {

    private static final Pattern SAFE_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

    private final Schema schema;
    private final LabelNames names;

    /** Creates the format for documents annotated with {@code schema}. */
    public BratFormat(Schema schema) {
        this(schema, LabelNames.SCHEMA);
    }

    /**
     * Creates the format for documents annotated with {@code schema} whose renamed Entity labels are written as plain
     * types, such as {@code PER}, the way other tools write them.
     *
     * @throws IllegalArgumentException naming a name that is also the name of a layer
     */
    public BratFormat(Schema schema, LabelNames names) {
        this.schema = Objects.requireNonNull(schema, "schema");
        this.names = names;
        for (String name : names.names().values()) {
            if (Schemas.layer(schema, name).isPresent()) {
                throw new IllegalArgumentException("brat cannot write the label name " + name
                        + ": it is the name of a layer of the schema; map the label to another name");
            }
        }
    }

    /** Returns false: the format writes text offsets, never sentences or tokens. */
    @Override
    public boolean needsSegmentation() {
        return false;
    }

    @Override
    public String name() {
        return "brat";
    }

    /** Writes the files of every document and {@code annotation.conf} into the folder {@code outDir/baseName}. */
    @Override
    public void write(List<ExportDocument> docs, Path base, String baseName, ExportReport report) throws IOException {
        Path outDir = baseName == null || baseName.isEmpty() ? base : base.resolve(baseName);
        Files.createDirectories(outDir);
        SortedMap<String, TreeSet<String>> seenValues = new TreeMap<>();
        for (ExportDocument doc : docs) {
            if (!SAFE_ID.matcher(doc.id()).matches()) {
                throw new IOException(
                        "Document id '" + doc.id() + "' cannot be a brat file name; give documents ids of "
                                + "letters, digits, '.', '_' and '-' only");
            }
            report.file(Files.write(outDir.resolve(doc.id() + ".txt"), doc.text().getBytes(StandardCharsets.UTF_8)));
            report.file(Files.write(outDir.resolve(doc.id() + ".ann"),
                    ann(doc, report, seenValues).getBytes(StandardCharsets.UTF_8)));
            if (!doc.metadata().isEmpty()) {
                byte[] json = new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsBytes(doc.metadata());
                report.file(Files.write(outDir.resolve(doc.id() + ".meta.json"), json));
            }
            report.document();
        }
        report.file(Files.write(outDir.resolve("annotation.conf"),
                new BratConfiguration(schema, names).write(seenValues).getBytes(StandardCharsets.UTF_8)));
    }

    private String ann(ExportDocument doc, ExportReport report, Map<String, TreeSet<String>> seenValues) {
        String text = doc.text();
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < doc.spans().size(); i++) {
            ExportSpan span = doc.spans().get(i);
            out.append('T').append(i + 1).append('\t').append(type(names, span.layer(), span.label())).append(' ');
            List<int[]> fragments = fragments(text, span.begin(), span.end());
            List<String> covered = new ArrayList<>();
            for (int f = 0; f < fragments.size(); f++) {
                int[] fragment = fragments.get(f);
                out.append(f == 0 ? "" : ";").append(toBrat(text, fragment[0])).append(' ')
                        .append(toBrat(text, fragment[1]));
                covered.add(text.substring(fragment[0], fragment[1]));
            }
            out.append('\t').append(String.join(" ", covered)).append('\n');
        }
        int relationNumber = 0;
        for (ExportRelation relation : doc.relations()) {
            out.append('R').append(++relationNumber).append('\t').append(relation.layer()).append(" Arg1:T")
                    .append(relation.from() + 1).append(" Arg2:T").append(relation.to() + 1).append('\n');
            Layer layer = Schemas.layer(schema, relation.layer()).orElse(null);
            for (Map.Entry<String, Object> feature : relation.features().entrySet()) {
                if (isLink(layer, feature.getKey()) && feature.getValue() instanceof Integer target) {
                    out.append('R').append(++relationNumber).append('\t')
                            .append(linkType(relation.layer(), feature.getKey()))
                            .append(" Arg1:T").append(relation.from() + 1).append(" Arg2:T").append(target + 1)
                            .append('\n');
                } else {
                    report.leftOut(relation.layer() + "/" + feature.getKey(),
                            "brat attributes cannot attach to relations");
                }
            }
        }
        StringBuilder attributes = new StringBuilder();
        int attributeNumber = 0;
        for (int i = 0; i < doc.spans().size(); i++) {
            ExportSpan span = doc.spans().get(i);
            Layer layer = Schemas.layer(schema, span.layer()).orElse(null);
            FeatureDefinition label = layer == null ? null : layer.getLabelFeature();
            for (Map.Entry<String, Object> feature : span.features().entrySet()) {
                String name = feature.getKey();
                if (label != null && label.getName().equals(name)) {
                    continue;
                }
                if (isLink(layer, name) && feature.getValue() instanceof Integer target) {
                    out.append('R').append(++relationNumber).append('\t').append(linkType(span.layer(), name))
                            .append(" Arg1:T").append(i + 1).append(" Arg2:T").append(target + 1).append('\n');
                    continue;
                }
                String value = escape(format(feature.getValue()));
                seenValues.computeIfAbsent(name, k -> new TreeSet<>()).add(value);
                attributes.append('A').append(++attributeNumber).append('\t').append(name).append(" T").append(i + 1)
                        .append(' ').append(value).append('\n');
            }
        }
        return out.append(attributes).toString();
    }

    /** Returns the brat type of a span: its label's plain name where {@code names} renames it, else Layer-Label. */
    static String type(LabelNames names, String layer, String label) {
        if (TokenTagger.ENTITY.equals(layer) && label != null && names.names().containsKey(label)) {
            return escape(names.name(label));
        }
        return entityType(layer, label);
    }

    private static boolean isLink(Layer layer, String feature) {
        return layer != null
                && Schemas.feature(layer, feature).map(f -> f.getKind() == FeatureKind.SPAN_LINK).orElse(false);
    }

    /** Returns a feature value as brat text: whole numbers without a fraction, everything else as its string. */
    static String format(Object value) {
        if (value instanceof Double number && number == Math.rint(number) && Math.abs(number) < 1e15) {
            return Long.toString(number.longValue());
        }
        return String.valueOf(value);
    }

    /**
     * Splits [begin, end) at line breaks, as brat shows no fragment over several lines; empty inner pieces are dropped.
     */
    static List<int[]> fragments(String text, int begin, int end) {
        List<int[]> pieces = new ArrayList<>();
        int start = begin;
        for (int i = begin; i < end; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                pieces.add(new int[]{start, i});
                start = i + 1;
            }
        }
        pieces.add(new int[]{start, end});
        List<int[]> fragments = new ArrayList<>();
        for (int i = 0; i < pieces.size(); i++) {
            // The first and last piece stay even when empty: they carry the span's begin and end.
            if (i == 0 || i == pieces.size() - 1 || pieces.get(i)[1] > pieces.get(i)[0]) {
                fragments.add(pieces.get(i));
            }
        }
        return fragments;
    }
}
