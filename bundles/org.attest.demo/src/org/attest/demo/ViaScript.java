package org.attest.demo;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.uima.cas.text.AnnotationFS;
import org.attest.cas.Layers;
import org.attest.model.schema.DefaultSchema;

/**
 * The scripted annotators' rule for a source reported through another: "according to the Red Cross, quoting local
 * volunteers" makes the words after "quoting" or "citing" (up to the next comma or full stop) a Source, typed as the
 * entity it covers or else anonymous, and a Via from the cue's source to it. Only a source that a claim of the
 * sentence is attributed to gets one: the Via then extends that claim's chain.
 */
final class ViaScript {

    private static final Pattern THROUGH = Pattern.compile("\\b(?:quoting|citing)\\s+(?:the\\s+)?([^,.;:“”\"]+)");

    private ViaScript() {
    }

    /**
     * Adds the Via of {@code source}, named after {@code from} in the sentence {@code [from, sentenceEnd)}, and its
     * Source span, counting what it adds in {@code counts}.
     */
    static void add(Layers layers, String text, int from, int sentenceEnd, AnnotationFS source,
            List<AnnotationFS> entities, Map<String, String> sourceTypes, Map<String, Integer> counts) {
        Matcher through = THROUGH.matcher(text).region(from, sentenceEnd);
        if (!through.find()) {
            return;
        }
        int begin = through.start(1);
        int end = begin + through.group(1).stripTrailing().length();
        String type = entities.stream().filter(e -> e.getBegin() == begin && e.getEnd() == end)
                .map(e -> sourceTypes.get(layers.label(e))).filter(t -> t != null).findFirst().orElse("anonymous");
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
