package org.attest.suggest;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.attest.store.CorpusException;
import org.attest.suggest.api.Suggestion;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The JSON form of a list of suggestions: {@code {"document": ..., "annotator": ..., "suggestions": [{"recommender",
 * "layer", "begin", "end", "label", "features", "score", "reason"}]}}, read as untrusted input.
 */
final class SuggestionJson {

    private static final JsonMapper MAPPER = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private SuggestionJson() {
    }

    /** Returns the JSON bytes of {@code suggestions} of {@code document} for {@code annotator}. */
    static byte[] write(String document, String annotator, List<Suggestion> suggestions) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("document", document);
        root.put("annotator", annotator);
        ArrayNode list = root.putArray("suggestions");
        for (Suggestion s : suggestions) {
            ObjectNode node = list.addObject();
            node.put("recommender", s.recommender());
            node.put("layer", s.layer());
            node.put("begin", s.begin());
            node.put("end", s.end());
            if (s.label() != null) {
                node.put("label", s.label());
            }
            ObjectNode features = node.putObject("features");
            s.features().forEach((name, value) -> {
                switch (value) {
                    case Number n -> features.put(name, n.doubleValue());
                    case Boolean b -> features.put(name, b);
                    default -> features.put(name, value.toString());
                }
            });
            node.put("score", s.score());
            node.put("reason", s.reason());
        }
        try {
            return MAPPER.writeValueAsBytes(root);
        } catch (IOException e) {
            throw new IllegalStateException("cannot write suggestions as JSON: " + e.getMessage(), e);
        }
    }

    /**
     * Reads the suggestions of {@code bytes}, the content of {@code file}.
     *
     * @throws CorpusException naming the file and the entry when it is not such a list
     */
    static List<Suggestion> read(byte[] bytes, Path file) throws CorpusException {
        JsonNode root;
        try {
            root = MAPPER.readTree(bytes);
        } catch (IOException e) {
            throw new CorpusException(file + " is not valid JSON (" + e.getMessage().lines().findFirst().orElse("")
                    + "); delete it to start its suggestions afresh");
        }
        JsonNode list = root == null ? null : root.get("suggestions");
        if (list == null || !list.isArray()) {
            throw new CorpusException(file + " holds no \"suggestions\" list; delete it to start afresh");
        }
        List<Suggestion> result = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            try {
                result.add(suggestion(list.get(i)));
            } catch (IllegalArgumentException e) {
                throw new CorpusException(file + ": suggestion " + (i + 1) + " is invalid: " + e.getMessage()
                        + "; correct or delete the file");
            }
        }
        return result;
    }

    private static Suggestion suggestion(JsonNode node) {
        if (!node.isObject()) {
            throw new IllegalArgumentException("it is not an object");
        }
        Map<String, Object> features = new LinkedHashMap<>();
        JsonNode f = node.get("features");
        if (f != null && !f.isNull()) {
            if (!f.isObject()) {
                throw new IllegalArgumentException("\"features\" is not an object");
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = f.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> e = it.next();
                JsonNode v = e.getValue();
                if (v.isNumber()) {
                    features.put(e.getKey(), v.doubleValue());
                } else if (v.isBoolean()) {
                    features.put(e.getKey(), v.booleanValue());
                } else if (v.isTextual()) {
                    features.put(e.getKey(), v.textValue());
                } else if (!v.isNull()) {
                    throw new IllegalArgumentException("feature \"" + e.getKey() + "\" is neither text, number nor"
                            + " true/false");
                }
            }
        }
        JsonNode label = node.get("label");
        return new Suggestion(text(node, "recommender"), text(node, "layer"), integer(node, "begin"),
                integer(node, "end"), label == null || label.isNull() ? null : label.asText(), features,
                number(node, "score"), node.has("reason") ? node.get("reason").asText() : "");
    }

    private static String text(JsonNode node, String name) {
        JsonNode v = node.get(name);
        if (v == null || !v.isTextual() || v.textValue().isEmpty()) {
            throw new IllegalArgumentException("\"" + name + "\" is missing or not text");
        }
        return v.textValue();
    }

    private static int integer(JsonNode node, String name) {
        JsonNode v = node.get(name);
        if (v == null || !v.canConvertToInt() || !v.isIntegralNumber()) {
            throw new IllegalArgumentException("\"" + name + "\" is missing or not a whole number");
        }
        return v.intValue();
    }

    private static double number(JsonNode node, String name) {
        JsonNode v = node.get(name);
        if (v == null || !v.isNumber()) {
            throw new IllegalArgumentException("\"" + name + "\" is missing or not a number");
        }
        return v.doubleValue();
    }
}
