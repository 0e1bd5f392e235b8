package org.attest.suggest.llm;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.attest.model.FeatureDefinition;
import org.attest.model.FeatureKind;
import org.attest.model.SpanLayer;
import org.attest.model.Tag;
import org.attest.model.schema.Schemas;
import org.attest.suggest.api.SuggestException;

/**
 * What the model is asked for one span layer, and the mentions its JSON answer quotes: each with its exact words, its
 * label and, for a layer that has them, the features {@value #FEATURES_ASKED}.
 */
final class Mentions {

    /** The features asked for when the layer has them, such as a statistic claim's. */
    static final String FEATURES_ASKED = "value, qualifier, unit";

    private static final List<String> ASKED = List.of("value", "qualifier", "unit");
    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * A mention as the model quoted it.
     *
     * @param text the words quoted
     * @param label the label it gave, null when it gave none
     * @param features the asked features it gave, by name, as it gave them
     */
    record Mention(String text, String label, Map<String, JsonNode> features) {
    }

    private Mentions() {
    }

    /** Returns the system message asking for the mentions of {@code layer} as JSON, after the user's prompt. */
    static String instructions(SpanLayer layer, String prompt, String language) {
        StringBuilder format = new StringBuilder(
                "{\"text\": \"<the mention's words, copied exactly from the article>\"");
        FeatureDefinition label = layer.getLabelFeature();
        if (label != null) {
            format.append(", \"label\": \"<").append(choices(label)).append(">\"");
        }
        for (FeatureDefinition feature : asked(layer)) {
            format.append(", \"").append(feature.getName()).append("\": ").append(switch (feature.getKind()) {
                case NUMBER -> "<a number, or leave the key out>";
                case TAGSET -> "\"<" + choices(feature) + ", or leave the key out>\"";
                default -> "\"<" + describe(feature) + ", or leave the key out>\"";
            });
        }
        format.append('}');
        return prompt.strip() + "\n\nYou annotate the layer '" + layer.getName() + "' ("
                + describe(layer.getDescription())
                + ") in a news article written in the language '" + language
                + "', which the user sends. Answer with JSON"
                + " only, in this form: {\"mentions\": [" + format + ", ...]}. Copy each mention's words exactly as the"
                + " article writes them, character for character; list a mention once even when the article repeats it."
                + " When there is none, answer {\"mentions\": []}.";
    }

    /**
     * Returns the mentions of {@code content}, the model's answer.
     *
     * @throws SuggestException naming {@code source} when the answer is not JSON of the asked form
     */
    static List<Mention> parse(String content, String source) throws SuggestException {
        JsonNode root;
        try {
            root = JSON.readTree(unfenced(content));
        } catch (JsonProcessingException e) {
            throw malformed(source, "it is not JSON (" + e.getOriginalMessage() + ")", content);
        }
        JsonNode list = root == null ? null : root.isArray() ? root : root.get("mentions");
        if (list == null || !list.isArray()) {
            throw malformed(source, "it has no list \"mentions\"", content);
        }
        List<Mention> mentions = new ArrayList<>();
        for (JsonNode item : list) {
            JsonNode text = item.get("text");
            JsonNode label = item.get("label");
            if (!item.isObject() || text == null || !text.isTextual() || label != null && !label.isNull()
                    && !label.isTextual()) {
                throw malformed(source, "the mention " + ChatClient.shorten(item.toString())
                        + " is not an object with a string \"text\" and a string \"label\"", content);
            }
            Map<String, JsonNode> features = new LinkedHashMap<>();
            for (String name : ASKED) {
                JsonNode value = item.get(name);
                if (value != null && !value.isNull()) {
                    features.put(name, value);
                }
            }
            mentions.add(new Mention(text.asText(), label == null || label.isNull() ? null : label.asText(), features));
        }
        return mentions;
    }

    /** Returns the features of {@code layer} that are asked for. */
    static List<FeatureDefinition> asked(SpanLayer layer) {
        List<FeatureDefinition> result = new ArrayList<>();
        for (String name : ASKED) {
            Schemas.feature(layer, name).filter(f -> f != layer.getLabelFeature())
                    .filter(f -> f.getKind() == FeatureKind.NUMBER || f.getKind() == FeatureKind.STRING
                            || f.getKind() == FeatureKind.TAGSET && f.getTagset() != null)
                    .ifPresent(result::add);
        }
        return result;
    }

    // Some servers ignore the JSON mode and wrap the JSON in a Markdown fence.
    private static String unfenced(String content) {
        String s = content.strip();
        if (s.startsWith("```") && s.endsWith("```") && s.length() > 6) {
            s = s.substring(3, s.length() - 3);
            return s.startsWith("json") ? s.substring(4) : s;
        }
        return s;
    }

    private static String choices(FeatureDefinition feature) {
        if (feature.getKind() != FeatureKind.TAGSET || feature.getTagset() == null) {
            return describe(feature);
        }
        return "one of " + feature.getTagset().getTags().stream().map(Tag::getName).collect(Collectors.joining(", "));
    }

    private static String describe(FeatureDefinition feature) {
        return describe(feature.getDescription()).isEmpty() ? feature.getName() : describe(feature.getDescription());
    }

    private static String describe(String description) {
        return description == null ? "" : description.strip();
    }

    private static SuggestException malformed(String source, String problem, String content) {
        return new SuggestException("llm: the answer of " + source + " is not the JSON asked for: " + problem
                + "; no suggestions were made. Try another model or a clearer prompt. The answer began: "
                + ChatClient.shorten(content));
    }
}
