package org.attest.demo;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The scripted annotators' rules for what a figure is about and when: the first proposition word after the figure in
 * its sentence ("missing", "died", "evacuated", "left their homes" ...) picks the unit and the claim cluster, and the
 * first period after it ("on Saturday", "since Friday", "in the last 24 hours") is the period as written. A claim in a
 * headline (a line without a final full stop) gets its unit but no cluster and no period: headlines repeat the body.
 */
public final class ClaimScript {

    /** The clusters the rules link claims to, by id, with the proposition their claims state. */
    public static final Map<String, String> CLUSTERS = clusters();

    private static final Pattern PROPOSITION = Pattern
            .compile("(?i)\\b(missing|died|dead|killed|evacuated|left their homes)\\b");
    private static final String WEEKDAY = "(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";
    private static final Pattern PERIOD = Pattern.compile(
            "(?i)\\b(in the (?:last|past) \\d+ (?:hours|days)|since " + WEEKDAY + "|on " + WEEKDAY + ")\\b");

    private ClaimScript() {
    }

    /**
     * Returns the unit, cluster and period of a figure counting {@code noun} (such as "people") that ends at
     * {@code figureEnd} in the sentence {@code [sentenceBegin, sentenceEnd)} of {@code text}; only the features the
     * rules find.
     */
    public static Map<String, Object> features(String text, int figureEnd, int sentenceBegin, int sentenceEnd,
            String noun) {
        Map<String, Object> features = new LinkedHashMap<>();
        String after = text.substring(figureEnd, Math.max(figureEnd, sentenceEnd));
        Matcher proposition = PROPOSITION.matcher(after);
        if (!proposition.find()) {
            features.put("unit", noun);
            return features;
        }
        String cluster = cluster(proposition.group(1).toLowerCase(Locale.ROOT));
        features.put("unit", noun + " " + cluster.substring("people-".length()));
        if (headline(text, sentenceBegin, sentenceEnd)) {
            return features;
        }
        features.put("cluster", cluster);
        Matcher period = PERIOD.matcher(after);
        if (period.find()) {
            features.put("period", period.group(1));
        }
        return features;
    }

    private static String cluster(String word) {
        return switch (word) {
            case "missing" -> "people-missing";
            case "died", "dead", "killed" -> "people-killed";
            default -> "people-displaced";
        };
    }

    // a line that does not end as a sentence ends (a full stop, a question or exclamation mark, a closing quote)
    private static boolean headline(String text, int sentenceBegin, int sentenceEnd) {
        int lineStart = text.lastIndexOf('\n', Math.max(0, sentenceBegin - 1)) + 1;
        int lineEnd = text.indexOf('\n', Math.min(text.length(), sentenceEnd));
        String line = text.substring(lineStart, lineEnd < 0 ? text.length() : lineEnd).strip();
        return sentenceBegin <= lineStart + 1 && !line.isEmpty()
                && ".!?\"”’".indexOf(line.charAt(line.length() - 1)) < 0;
    }

    private static Map<String, String> clusters() {
        Map<String, String> clusters = new LinkedHashMap<>();
        clusters.put("people-missing", "people missing after the flood");
        clusters.put("people-killed", "people killed by the flood");
        clusters.put("people-displaced", "people who left their homes");
        return java.util.Collections.unmodifiableMap(clusters);
    }
}
