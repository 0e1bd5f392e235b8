package org.attest.io;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import org.attest.model.FeatureDefinition;
import org.attest.model.FeatureKind;
import org.attest.model.Layer;
import org.attest.model.RelationLayer;
import org.attest.model.Schema;
import org.attest.model.SpanLayer;
import org.attest.model.schema.DefaultSchema;
import org.attest.model.schema.Schemas;

/**
 * Reads one article from brat standoff: {@code NAME.ann} with the text from {@code NAME.txt} next to it (and metadata
 * from {@code NAME.meta.json}, as for text files), decoding annotations as {@link BratStandoff} describes.
 */
public final class BratArticleReader implements ArticleReader {

    private final Schema schema;

    /** Creates a reader that maps brat types to the layers of {@code schema}. */
    public BratArticleReader(Schema schema) {
        this.schema = Objects.requireNonNull(schema, "schema");
    }

    /** Returns the one article of the brat annotation file {@code file}. */
    @Override
    public List<Article> read(Path file, ImportOptions options) throws ImportException {
        byte[] bytes = FileBytes.read(file, options);
        Path textFile = file.resolveSibling(Ids.baseName(file) + ".txt");
        Article plain = new TextArticleReader().read(textFile, options).get(0);
        String ann = new TextDecoder(file.toString(), "brat files are UTF-8", false).decode(bytes,
                java.nio.charset.StandardCharsets.UTF_8);
        return List.of(new Parser(file, plain.text(), options).parse(ann, plain));
    }

    private final class Parser {

        private final Path file;
        private final String text;
        private final ImportOptions options;
        private final Map<String, Integer> spanById = new HashMap<>();
        private final List<SpanRecord> spans = new ArrayList<>();
        private final List<Map<String, Object>> spanFeatures = new ArrayList<>();
        private final List<RelationRecord> relations = new ArrayList<>();
        private final List<Map<String, Object>> relationFeatures = new ArrayList<>();
        private final Map<String, Integer> unknown = new TreeMap<>();
        private int line;

        Parser(Path file, String text, ImportOptions options) {
            this.file = file;
            this.text = text;
            this.options = options;
        }

        Article parse(String ann, Article plain) throws ImportException {
            for (String row : ann.split("\r?\n", -1)) {
                line++;
                if (row.isEmpty()) {
                    continue;
                }
                String[] columns = row.split("\t", -1);
                switch (row.charAt(0)) {
                    case 'T' -> span(columns);
                    case 'R' -> relation(columns);
                    case 'A', 'M' -> attribute(columns);
                    case '#' -> unknown.merge("brat note", 1, Integer::sum);
                    default -> unknown.merge("brat " + row.charAt(0) + " line", 1, Integer::sum);
                }
            }
            if (!unknown.isEmpty() && !options.ignoreUnknownTypes()) {
                throw new ImportException(file + ": annotations Attest cannot map: " + unknown
                        + "; the rest can be imported without them, or the schema given layers for them",
                        ImportException.Remedy.IGNORE_UNKNOWN_TYPES);
            }
            List<SpanRecord> finished = new ArrayList<>();
            for (int i = 0; i < spans.size(); i++) {
                SpanRecord span = spans.get(i);
                finished.add(new SpanRecord(span.layer(), span.begin(), span.end(), spanFeatures.get(i)));
            }
            List<RelationRecord> finishedRelations = new ArrayList<>();
            for (int i = 0; i < relations.size(); i++) {
                RelationRecord relation = relations.get(i);
                finishedRelations.add(
                        new RelationRecord(relation.layer(), relation.from(), relation.to(), relationFeatures.get(i)));
            }
            return new Article(file.getFileName().toString(), text, plain.metadata(), finished, finishedRelations,
                    unknown);
        }

        private void span(String[] columns) throws ImportException {
            String[] typeAndOffsets = columns.length == 3 ? columns[1].split(" ", 2) : new String[0];
            if (typeAndOffsets.length != 2) {
                throw error("a T line is \"T1<TAB>Type begin end<TAB>covered text\"");
            }
            String type = typeAndOffsets[0];
            int dash = type.indexOf(BratStandoff.SEPARATOR);
            String layerName = dash < 0 ? type : type.substring(0, dash);
            Layer layer = Schemas.layer(schema, layerName).orElse(null);
            String entityLabel = layer == null && dash < 0 ? entityLabel(type) : null;
            if (entityLabel != null) {
                // a plain brat entity type such as PER, placed on the Entity layer by the label map
                layerName = DefaultSchema.ENTITY;
                layer = Schemas.layer(schema, layerName).orElseThrow();
                type = layerName + BratStandoff.SEPARATOR + entityLabel;
                dash = layerName.length();
            }
            if (!(layer instanceof SpanLayer)) {
                unknown.merge(type, 1, Integer::sum);
                return;
            }
            Map<String, Object> features = new LinkedHashMap<>();
            if (dash >= 0) {
                FeatureDefinition label = layer.getLabelFeature();
                if (label == null) {
                    throw error("layer " + layerName + " has no label, so the type must be just " + layerName);
                }
                features.put(label.getName(), unescape(type.substring(dash + 1)));
            }
            int begin = -1;
            int end = -1;
            List<String> covered = new ArrayList<>();
            try {
                for (String fragment : typeAndOffsets[1].split(";")) {
                    String[] offsets = fragment.strip().split(" ");
                    int fragmentBegin = BratStandoff.fromBrat(text, Integer.parseInt(offsets[0]));
                    int fragmentEnd = BratStandoff.fromBrat(text, Integer.parseInt(offsets[1]));
                    if (end >= 0 && !text.substring(end, fragmentBegin).chars().allMatch(c -> c == '\n' || c == '\r')) {
                        throw error(
                                "fragments of one span may be separated by line breaks only; Attest spans are continuous");
                    }
                    begin = begin < 0 ? fragmentBegin : begin;
                    end = fragmentEnd;
                    covered.add(text.substring(fragmentBegin, fragmentEnd));
                }
            } catch (NumberFormatException | IndexOutOfBoundsException e) {
                throw error("the offsets \"" + typeAndOffsets[1] + "\" are not code point offsets within the text of "
                        + text.codePointCount(0, text.length()) + " characters");
            }
            if (!String.join(" ", covered).equals(columns[2])) {
                throw error("the covered text \"" + columns[2] + "\" differs from the text at those offsets (\""
                        + String.join(" ", covered)
                        + "\"); brat offsets count Unicode code points, check the tool that wrote it");
            }
            spanById.put(columns[0], spans.size());
            spans.add(new SpanRecord(layerName, begin, end, Map.of()));
            spanFeatures.add(features);
        }

        // the Entity label a type that names no layer becomes through the label map, or null
        private String entityLabel(String type) {
            Layer entity = Schemas.layer(schema, DefaultSchema.ENTITY).orElse(null);
            FeatureDefinition label = entity instanceof SpanLayer ? entity.getLabelFeature() : null;
            if (label == null || label.getTagset() == null) {
                return null;
            }
            java.util.Set<String> names = new java.util.HashSet<>();
            label.getTagset().getTags().forEach(tag -> names.add(tag.getName()));
            return options.labelMap().resolve(type, names);
        }

        private void relation(String[] columns) throws ImportException {
            String[] parts = columns.length >= 2 ? columns[1].split(" ") : new String[0];
            if (parts.length != 3 || !parts[1].startsWith("Arg1:") || !parts[2].startsWith("Arg2:")) {
                throw error("an R line is \"R1<TAB>Type Arg1:T1 Arg2:T2\"");
            }
            int from = spanRef(parts[1].substring(5));
            int to = spanRef(parts[2].substring(5));
            int dash = parts[0].indexOf(BratStandoff.SEPARATOR);
            String layerName = dash < 0 ? parts[0] : parts[0].substring(0, dash);
            Layer layer = Schemas.layer(schema, layerName).orElse(null);
            if (layer == null || dash < 0 && !(layer instanceof RelationLayer)) {
                unknown.merge(parts[0], 1, Integer::sum);
                return;
            }
            if (dash < 0) {
                relations.add(new RelationRecord(layerName, from, to, Map.of()));
                relationFeatures.add(new LinkedHashMap<>());
                return;
            }
            String feature = parts[0].substring(dash + 1);
            if (Schemas.feature(layer, feature).filter(f -> f.getKind() == FeatureKind.SPAN_LINK).isEmpty()) {
                throw error("layer " + layerName + " has no span link feature \"" + feature + "\"");
            }
            if (layer instanceof SpanLayer) {
                spanFeatures.get(from).put(feature, to);
                return;
            }
            for (int i = relations.size() - 1; i >= 0; i--) {
                if (relations.get(i).layer().equals(layerName) && relations.get(i).from() == from) {
                    relationFeatures.get(i).put(feature, to);
                    return;
                }
            }
            throw error("the link " + parts[0] + " must follow a " + layerName + " relation from the same Arg1");
        }

        private void attribute(String[] columns) throws ImportException {
            String[] parts = columns.length >= 2 ? columns[1].split(" ") : new String[0];
            if (parts.length < 2 || parts.length > 3) {
                throw error("an A line is \"A1<TAB>name T1 value\"");
            }
            Integer index = spanById.get(parts[1]);
            if (index == null) {
                throw error(
                        parts[1] + " is not a span defined above; attributes of relations or events are not supported");
            }
            Layer layer = Schemas.layer(schema, spans.get(index).layer()).orElseThrow();
            FeatureDefinition feature = Schemas.feature(layer, parts[0]).orElse(null);
            if (feature == null) {
                unknown.merge(layer.getName() + ":" + parts[0], 1, Integer::sum);
                return;
            }
            String value = parts.length == 3 ? unescape(parts[2]) : "true";
            try {
                spanFeatures.get(index).put(parts[0], switch (feature.getKind()) {
                    case NUMBER -> Double.valueOf(value);
                    case BOOLEAN -> Boolean.valueOf(value);
                    default -> value;
                });
            } catch (NumberFormatException e) {
                throw error("\"" + value + "\" is not a number, which feature " + parts[0] + " needs");
            }
        }

        private int spanRef(String id) throws ImportException {
            Integer index = spanById.get(id);
            if (index == null) {
                throw error(id
                        + " is not a span of a schema layer defined above; define T lines before the lines using them");
            }
            return index;
        }

        private String unescape(String value) throws ImportException {
            try {
                return BratStandoff.unescape(value);
            } catch (IllegalArgumentException e) {
                throw error(e.getMessage() + "; write % as %25");
            }
        }

        private ImportException error(String problem) {
            return new ImportException(file + ":" + line + ": " + problem + "; fix that line");
        }
    }
}
