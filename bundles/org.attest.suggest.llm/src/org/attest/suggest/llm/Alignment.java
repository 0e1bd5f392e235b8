package org.attest.suggest.llm;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import org.attest.model.FeatureDefinition;
import org.attest.model.FeatureKind;
import org.attest.model.SpanLayer;
import org.attest.model.Tag;
import org.attest.suggest.api.Suggestion;
import org.attest.suggest.llm.Mentions.Mention;

/**
 * Places the mentions a model quoted at exact offsets of the text: at every occurrence of the quoted words as whole
 * words (a run of white space in the quote matches any run of white space in the text), since a model lists a mention
 * once however often the article repeats it; what the text does not hold, or holds under a label the layer lacks, is
 * dropped and counted.
 */
final class Alignment {

    /** The score of every suggestion: a language model gives no calibrated certainty. */
    static final double SCORE = 0.5;

    private final String text;
    private final String recommender;
    private final String source;
    private final List<Suggestion> suggestions = new ArrayList<>();
    private final List<String> notInText = new ArrayList<>();
    private final List<String> unknownLabels = new ArrayList<>();
    private final List<String> unsetFeatures = new ArrayList<>();
    private final Set<String> placed = new HashSet<>();

    /** Creates the alignment to {@code text} of the answers of {@code source} (the model and its endpoint). */
    Alignment(String text, String recommender, String source) {
        this.text = text;
        this.recommender = recommender;
        this.source = source;
    }

    /**
     * Places the mentions the model quoted for {@code layer} in the part {@code [begin, end)} of the text it was sent.
     */
    void add(SpanLayer layer, List<Mention> mentions, int begin, int end) {
        for (Mention mention : mentions) {
            Optional<String> label = label(layer, mention.label());
            String quoted = layer.getName() + ": '" + mention.text() + "'";
            if (label.isEmpty()) {
                unknownLabels.add(quoted + " as " + (mention.label() == null ? "nothing" : mention.label()));
                continue;
            }
            List<int[]> spans = occurrences(mention.text(), begin, end);
            if (spans.isEmpty()) {
                notInText.add(quoted);
                continue;
            }
            Map<String, Object> features = features(layer, mention, quoted);
            for (int[] span : spans) {
                if (placed.add(layer.getName() + "|" + span[0] + "|" + span[1] + "|" + label.get())) {
                    suggestions.add(new Suggestion(recommender, layer.getName(), span[0], span[1],
                            label.get().isEmpty() ? null : label.get(), features, SCORE,
                            source + " quoted '" + mention.text() + "'"
                                    + (label.get().isEmpty() ? "" : " as " + label.get())));
                }
            }
        }
    }

    /** Returns the suggestions in offset order, each reason telling what else of the answer was dropped. */
    LlmAnswer answer() {
        int dropped = notInText.size() + unknownLabels.size();
        String note = dropped == 0
                ? ""
                : "; " + dropped + " other quoted " + (dropped == 1 ? "mention" : "mentions")
                        + " of its answer " + (dropped == 1 ? "was" : "were")
                        + " dropped (not in the text or an unknown label)";
        List<Suggestion> noted = suggestions.stream()
                .sorted(Comparator.comparingInt(Suggestion::begin).thenComparingInt(Suggestion::end)
                        .thenComparing(Suggestion::layer))
                .map(s -> new Suggestion(s.recommender(), s.layer(), s.begin(), s.end(), s.label(), s.features(),
                        s.score(), s.reason() + note))
                .toList();
        return new LlmAnswer(noted, notInText, unknownLabels, unsetFeatures);
    }

    private List<int[]> occurrences(String words, int begin, int end) {
        List<int[]> spans = new ArrayList<>();
        String[] parts = words.strip().split("\\s+");
        if (parts[0].isEmpty()) {
            return spans;
        }
        List<String> quoted = new ArrayList<>();
        for (String part : parts) {
            quoted.add(Pattern.quote(part));
        }
        Matcher m = Pattern.compile(String.join("\\s+", quoted)).matcher(text);
        for (int from = begin; from < end && m.region(from, end).find(); from = m.start() + 1) {
            if (wholeWords(m.start(), m.end())) {
                spans.add(new int[]{m.start(), m.end()});
            }
        }
        return spans;
    }

    // a quote that starts or ends with a letter or digit must not cut a word of the text: "Ana" is not in "Banana"
    private boolean wholeWords(int begin, int end) {
        boolean cutsBefore = begin > 0 && Character.isLetterOrDigit(text.codePointAt(begin))
                && Character.isLetterOrDigit(text.codePointBefore(begin));
        boolean cutsAfter = end < text.length() && Character.isLetterOrDigit(text.codePointBefore(end))
                && Character.isLetterOrDigit(text.codePointAt(end));
        return !cutsBefore && !cutsAfter;
    }

    // the tag as the schema spells it; "" for a layer without a label; empty when the layer has no such label
    private static Optional<String> label(SpanLayer layer, String label) {
        FeatureDefinition feature = layer.getLabelFeature();
        if (feature == null) {
            return Optional.of("");
        }
        if (feature.getKind() != FeatureKind.TAGSET || feature.getTagset() == null) {
            return Optional.ofNullable(label).map(String::strip).filter(l -> !l.isEmpty());
        }
        List<Tag> tags = feature.getTagset().getTags();
        if (label == null || label.isBlank()) {
            return tags.size() == 1 ? Optional.of(tags.get(0).getName()) : Optional.empty();
        }
        return tag(feature, label);
    }

    private static Optional<String> tag(FeatureDefinition feature, String value) {
        String wanted = value.strip().toLowerCase(Locale.ROOT);
        return feature.getTagset().getTags().stream().map(Tag::getName)
                .filter(n -> n.toLowerCase(Locale.ROOT).equals(wanted)).findFirst();
    }

    private Map<String, Object> features(SpanLayer layer, Mention mention, String quoted) {
        Map<String, Object> features = new TreeMap<>();
        for (FeatureDefinition feature : Mentions.asked(layer)) {
            JsonNode given = mention.features().get(feature.getName());
            if (given == null) {
                continue;
            }
            Optional<Object> value = switch (feature.getKind()) {
                case NUMBER -> number(given);
                case TAGSET -> given.isTextual()
                        ? tag(feature, given.asText()).map(Object.class::cast)
                        : Optional.empty();
                default -> given.isTextual() && !given.asText().isBlank()
                        ? Optional.of(given.asText().strip())
                        : Optional.empty();
            };
            value.ifPresentOrElse(v -> features.put(feature.getName(), v),
                    () -> unsetFeatures.add(quoted + " " + feature.getName() + "=" + given));
        }
        return features;
    }

    private static Optional<Object> number(JsonNode given) {
        if (given.isNumber()) {
            return Optional.of(given.asDouble());
        }
        if (given.isTextual()) {
            try {
                double value = Double.parseDouble(given.asText().strip());
                return Double.isFinite(value) ? Optional.of(value) : Optional.empty();
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }
}
