package org.attest.demo;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.uima.cas.text.AnnotationFS;
import org.attest.cas.Layers;
import org.attest.model.schema.DefaultSchema;

/**
 * The scripted annotators' rules for a source reported through another, after the cue in the sentence: "according to
 * the Red Cross, quoting local volunteers" (the words after "quoting" or "citing", up to the next comma or full stop,
 * typed as the entity they cover, else an organisation when they end in "office", "ministry" and the like, else
 * anonymous), "on social media" (of type social media) and "the state news
 * agency NTA" or "the Reuters news agency" (the agency's name, of type news agency). Each makes a Source and a Via from
 * the cue's source to it; only a source that a claim of the sentence is attributed to gets them, so that each Via
 * extends a claim's chain.
 */
final class ViaScript {

    private record Rule(Pattern pattern, String type) {
    }

    private static final List<Rule> RULES = List.of(
            new Rule(Pattern.compile("\\b(?:quoting|citing)\\s+(?:figures from\\s+)?(?:the\\s+)?([^,.;:“”\"]+)"),
                    null),
            new Rule(Pattern.compile("\\bon (social media)\\b"), "social media"),
            new Rule(Pattern.compile("\\bnews agency\\s+(\\p{Lu}[\\p{L}\\p{N}-]*)"), "news agency"),
            new Rule(Pattern.compile("\\b(\\p{Lu}[\\p{L}\\p{N}-]*)\\s+news agency\\b"), "news agency"));

    // words that name an organisation when the gazetteer does not know it
    private static final Pattern OFFICE = Pattern
            .compile("\\b(?:office|service|ministry|agency|commission|committee)\\s*$", Pattern.CASE_INSENSITIVE);

    private ViaScript() {
    }

    /**
     * Adds the Vias of {@code source}, named after {@code from} in the sentence {@code [from, sentenceEnd)}, and their
     * Source spans, in text order, counting what it adds in {@code counts}.
     */
    static void add(Layers layers, String text, int from, int sentenceEnd, AnnotationFS source,
            List<AnnotationFS> entities, Map<String, String> sourceTypes, Map<String, Integer> counts) {
        for (Rule rule : RULES) {
            Matcher through = rule.pattern().matcher(text).region(from, sentenceEnd);
            while (through.find()) {
                int begin = through.start(1);
                int end = begin + through.group(1).stripTrailing().length();
                String type = rule.type() != null
                        ? rule.type()
                        : entities.stream().filter(e -> e.getBegin() == begin && e.getEnd() == end)
                                .map(e -> sourceTypes.get(layers.label(e))).filter(t -> t != null).findFirst()
                                .orElse(OFFICE.matcher(through.group(1)).find() ? "organization" : "anonymous");
                AnnotationFS passedOn = layers.spans(DefaultSchema.SOURCE).stream()
                        .filter(s -> s.getBegin() == begin && s.getEnd() == end).findFirst()
                        .orElseGet(() -> {
                            counts.merge(DefaultSchema.SOURCE, 1, Integer::sum);
                            return layers.addSpan(DefaultSchema.SOURCE, begin, end, Map.of("type", type));
                        });
                layers.addRelation(DefaultSchema.VIA, source, passedOn, Map.of());
                counts.merge(DefaultSchema.VIA, 1, Integer::sum);
            }
        }
    }
}
