package org.attest.io;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import com.fasterxml.jackson.databind.JsonNode;
import org.attest.model.FeatureDefinition;
import org.attest.model.Layer;
import org.attest.model.Schema;
import org.attest.model.schema.DefaultSchema;
import org.attest.model.schema.Schemas;

/**
 * Reads articles from a JSON Lines file: one JSON object per line with {@code id}, {@code title}, {@code outlet},
 * {@code language}, {@code originalLanguage}, {@code date} and the required {@code text}, and optionally
 * {@code spans} and {@code relations} as written by {@code attest export --format jsonl}; other keys go to
 * {@link ArticleMetadata#extra()}. A claim span's {@code chain} and {@code otherChains}, which the export works out
 * from the Attribution and Via relations, are not read: the relations, read with the spans, make them again.
 */
public final class JsonLinesArticleReader implements ArticleReader {

    private static final String EXPECTATION = "each line must be one JSON object such as "
            + "{\"id\": \"a1\", \"title\": \"...\", \"text\": \"...\"}; fix or remove that line";

    private final Schema schema;

    /** Creates a reader that checks span labels against the label features of the default schema. */
    public JsonLinesArticleReader() {
        this(DefaultSchema.create());
    }

    /** Creates a reader that checks span labels against the label features of {@code schema}'s layers. */
    public JsonLinesArticleReader(Schema schema) {
        this.schema = Objects.requireNonNull(schema, "schema");
    }

    /** Returns the articles of {@code file} in line order; any invalid line refuses the whole file. */
    @Override
    public List<Article> read(Path file, ImportOptions options) throws ImportException {
        byte[] bytes = FileBytes.read(file, options);
        String content = new TextDecoder(file.toString(), "for the import; JSON Lines should be UTF-8", true)
                .decode(bytes, options.declaredEncoding());
        String fileName = file.getFileName().toString();
        String[] lines = content.split("\n", -1);
        List<Article> articles = new ArrayList<>();
        Map<String, Integer> lineOfId = new HashMap<>();
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.isBlank()) {
                continue;
            }
            int lineNumber = i + 1;
            String where = file + ":" + lineNumber;
            JsonNode node = Json.parseObject(line, file.toString(), lineNumber, EXPECTATION);
            Article article = article(node, fileName + ":" + lineNumber, where,
                    Ids.fromFileName(file) + "-" + lineNumber);
            Integer earlier = lineOfId.putIfAbsent(article.metadata().id(), lineNumber);
            if (earlier != null) {
                throw new ImportException(
                        where + ": duplicate id \"" + article.metadata().id() + "\", already used on line "
                                + earlier + "; give every article in the file its own id");
            }
            articles.add(article);
        }
        if (articles.isEmpty()) {
            throw new ImportException(file + ": no articles, only blank lines; give one JSON object per line");
        }
        return articles;
    }

    private Article article(JsonNode node, String sourceName, String where, String defaultId)
            throws ImportException {
        Map<String, String> known = new HashMap<>();
        Map<String, String> extra = new LinkedHashMap<>();
        JsonNode spansNode = null;
        JsonNode relationsNode = null;
        for (Map.Entry<String, JsonNode> entry : node.properties()) {
            String key = entry.getKey();
            JsonNode value = entry.getValue();
            switch (key) {
                case "id", "title", "outlet", "language", "originalLanguage", "date", "text" -> {
                    if (!value.isNull() && !value.isTextual() && !("id".equals(key) && value.isIntegralNumber())) {
                        throw new ImportException(where + ": \"" + key + "\" must be a string, not " + value + "; "
                                + EXPECTATION);
                    }
                    known.put(key, Json.asString(value));
                }
                case "spans" -> spansNode = value;
                case "relations" -> relationsNode = value;
                default -> {
                    String text = Json.asString(value);
                    if (text != null) {
                        extra.put(key, text);
                    }
                }
            }
        }
        String text = known.get("text");
        if (text == null) {
            throw new ImportException(
                    where + ": the article has no \"text\"; add the article text as \"text\": \"...\"");
        }
        if (text.isBlank()) {
            throw new ImportException(where + ": \"text\" is " + (text.isEmpty() ? "empty" : "only whitespace")
                    + "; give the article text or remove the line");
        }
        int surrogate = MetadataFields.firstLoneSurrogate(text);
        if (surrogate >= 0) {
            throw new ImportException(where + ": \"text\" holds " + MetadataFields.describe(text, surrogate)
                    + " at character "
                    + surrogate + ", which is no text and would be stored as '?'; fix the \\u escape at the source");
        }
        if (text.indexOf('\u0000') >= 0) {
            throw new ImportException(where + ": \"text\" contains a NUL character at offset " + text.indexOf('\u0000')
                    + ", which is not article text; remove it at the source");
        }
        String id = known.get("id");
        if (id != null && id.isBlank()) {
            throw new ImportException(where + ": \"id\" is empty; give the article an id or leave the key out");
        }
        ArticleMetadata metadata = new ArticleMetadata(id == null ? defaultId : id, known.get("title"),
                known.get("outlet"),
                known.get("language"), known.get("originalLanguage"), known.get("date"), extra);
        MetadataFields.check(metadata, where);
        List<SpanRecord> spans = spans(spansNode, text, where);
        List<RelationRecord> relations = relations(relationsNode, spans.size(), where);
        return new Article(sourceName, text, metadata, spans, relations, Map.of());
    }

    private List<SpanRecord> spans(JsonNode node, String text, String where) throws ImportException {
        List<SpanRecord> spans = new ArrayList<>();
        for (JsonNode span : array(node, "spans", where)) {
            String at = where + ": span " + spans.size();
            String layer = string(span, "layer", at);
            int begin = integer(span, "begin", at);
            int end = integer(span, "end", at);
            if (begin < 0 || end > text.length() || begin > end) {
                throw new ImportException(at + ": offsets [" + begin + "," + end + ") do not lie within the text of "
                        + text.length() + " characters; offsets count UTF-16 units from 0, begin <= end");
            }
            spans.add(new SpanRecord(layer, begin, end, labelled(span, layer, features(span, at), at)));
        }
        return spans;
    }

    // "label" repeats the value of the layer's label feature, as 'attest export --format jsonl' writes it; it stands in
    // for that feature when "features" lacks it, and a label that says otherwise than the feature is a contradiction.
    private Map<String, Object> labelled(JsonNode span, String layer, Map<String, Object> features, String at)
            throws ImportException {
        JsonNode labelNode = span.get("label");
        if (labelNode == null || labelNode.isNull()) {
            return features;
        }
        if (!labelNode.isTextual()) {
            throw new ImportException(
                    at + ": \"label\" must be a string, not " + labelNode + "; it repeats the value of the layer's "
                            + "label feature");
        }
        Layer definition = Schemas.layer(schema, layer).orElse(null);
        if (definition == null) {
            // the import refuses the unknown layer itself, naming the layers there are
            return features;
        }
        FeatureDefinition labelFeature = definition.getLabelFeature();
        if (labelFeature == null) {
            throw new ImportException(at + ": \"label\" is \"" + labelNode.textValue() + "\" but layer " + layer
                    + " has no label feature; remove \"label\"");
        }
        Object value = features.get(labelFeature.getName());
        if (value == null) {
            Map<String, Object> withLabel = new LinkedHashMap<>(features);
            withLabel.put(labelFeature.getName(), labelNode.textValue());
            return withLabel;
        }
        if (!labelNode.textValue().equals(value)) {
            throw new ImportException(at + ": \"label\" is \"" + labelNode.textValue() + "\" but \"features\" gives \""
                    + labelFeature.getName() + "\" as \"" + value
                    + "\"; the label repeats that feature, so make the two agree"
                    + " or remove \"label\"");
        }
        return features;
    }

    private static List<RelationRecord> relations(JsonNode node, int spanCount, String where) throws ImportException {
        List<RelationRecord> relations = new ArrayList<>();
        for (JsonNode relation : array(node, "relations", where)) {
            String at = where + ": relation " + relations.size();
            String layer = string(relation, "layer", at);
            int from = integer(relation, "from", at);
            int to = integer(relation, "to", at);
            for (int index : new int[]{from, to}) {
                if (index < 0 || index >= spanCount) {
                    throw new ImportException(
                            at + ": span index " + index + " does not exist; \"from\" and \"to\" index into "
                                    + "the line's " + spanCount + " spans, counting from 0");
                }
            }
            Map<String, Object> features = features(relation, at);
            for (Map.Entry<String, Object> feature : features.entrySet()) {
                // the import links a relation's whole-number feature (such as "cue") to the span of that index
                if (feature.getValue() instanceof Integer index && (index < 0 || index >= spanCount)) {
                    throw new ImportException(at + ": feature \"" + feature.getKey() + "\" links to span index " + index
                            + ", which does not exist; a whole number in a relation's \"features\" indexes into the line's "
                            + spanCount + " spans, counting from 0");
                }
            }
            relations.add(new RelationRecord(layer, from, to, features));
        }
        return relations;
    }

    private static List<JsonNode> array(JsonNode node, String key, String where) throws ImportException {
        if (node == null || node.isNull()) {
            return List.of();
        }
        if (!node.isArray()) {
            throw new ImportException(
                    where + ": \"" + key + "\" must be an array of objects, as Attest's JSON Lines export writes it");
        }
        List<JsonNode> items = new ArrayList<>();
        node.forEach(items::add);
        return items;
    }

    private static String string(JsonNode node, String key, String at) throws ImportException {
        JsonNode value = node.get(key);
        if (value == null || !value.isTextual()) {
            throw new ImportException(
                    at + ": \"" + key + "\" must be a string, such as \"Entity\"; \"spans\" are read as "
                            + "Attest's JSON Lines export writes them (each with layer, begin, end and features)");
        }
        return value.textValue();
    }

    private static int integer(JsonNode node, String key, String at) throws ImportException {
        JsonNode value = node.get(key);
        if (value == null || !value.canConvertToInt() || !value.isIntegralNumber()) {
            throw new ImportException(
                    at + ": \"" + key + "\" must be a whole number; \"spans\" and \"relations\" are read as "
                            + "Attest's JSON Lines export writes them");
        }
        return value.intValue();
    }

    /** Reads {@code features}: strings, booleans, decimals as Double and whole numbers as span indexes (Integer). */
    private static Map<String, Object> features(JsonNode node, String at) throws ImportException {
        JsonNode features = node.get("features");
        Map<String, Object> result = new LinkedHashMap<>();
        if (features == null || features.isNull()) {
            return result;
        }
        if (!features.isObject()) {
            throw new ImportException(at + ": \"features\" must be an object of feature names and values");
        }
        for (Map.Entry<String, JsonNode> entry : features.properties()) {
            JsonNode value = entry.getValue();
            Object typed;
            if (value.isTextual()) {
                typed = value.textValue();
            } else if (value.isBoolean()) {
                typed = value.booleanValue();
            } else if (value.isIntegralNumber() && value.canConvertToInt()) {
                typed = value.intValue();
            } else if (value.isNumber()) {
                typed = value.doubleValue();
            } else if (value.isNull()) {
                continue;
            } else {
                throw new ImportException(at + ": feature \"" + entry.getKey() + "\" has value " + value
                        + "; a feature value is a string, number or boolean");
            }
            result.put(entry.getKey(), typed);
        }
        return result;
    }
}
