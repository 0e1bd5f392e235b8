package org.attest.io.tests.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.attest.io.export.ExportDocument;
import org.attest.io.export.ExportRelation;
import org.attest.io.export.ExportSpan;

/** Small export documents built from text, with tokens, sentences and spans found by their words. */
final class ExportFixture {

    private static final Pattern TOKEN = Pattern.compile("\\w+|[^\\w\\s]");

    private final String id;
    private final String text;
    private final List<ExportSpan> spans = new ArrayList<>();
    private final List<ExportRelation> relations = new ArrayList<>();
    private final Map<String, String> metadata = new TreeMap<>();

    private ExportFixture(String id, String text) {
        this.id = id;
        this.text = text;
    }

    static ExportFixture doc(String id, String text) {
        return new ExportFixture(id, text);
    }

    ExportFixture meta(String key, String value) {
        metadata.put(key, value);
        return this;
    }

    /** Adds a span on {@code layer} over the first occurrence of {@code words}, labelled by its "type" feature. */
    ExportFixture span(String layer, String words, String label, Object... moreFeatures) {
        int begin = text.indexOf(words);
        if (begin < 0) {
            throw new IllegalArgumentException(words + " is not in the text");
        }
        Map<String, Object> features = new TreeMap<>();
        features.put("type", label);
        for (int i = 0; i < moreFeatures.length; i += 2) {
            features.put((String) moreFeatures[i], moreFeatures[i + 1]);
        }
        spans.add(new ExportSpan(layer, begin, begin + words.length(), label, new TreeMap<>(features)));
        return this;
    }

    ExportFixture entity(String words, String label) {
        return span("Entity", words, label);
    }

    ExportFixture relation(String layer, int from, int to, Object... features) {
        Map<String, Object> map = new TreeMap<>();
        for (int i = 0; i < features.length; i += 2) {
            map.put((String) features[i], features[i + 1]);
        }
        relations.add(new ExportRelation(layer, from, to, new TreeMap<>(map)));
        return this;
    }

    ExportDocument build() {
        List<int[]> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            tokens.add(new int[]{m.start(), m.end()});
        }
        List<int[]> sentences = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '.') {
                sentences.add(new int[]{start, i + 1});
                start = i + 1;
                while (start < text.length() && text.charAt(start) == ' ') {
                    start++;
                }
            }
        }
        if (start < text.length()) {
            sentences.add(new int[]{start, text.length()});
        }
        return new ExportDocument(id, metadata, text, sentences, tokens, spans, relations);
    }

    /**
     * Two documents: nested and single-token entities, a claim with normalized fields, a source, a cue and relations.
     */
    static List<ExportDocument> sample() {
        ExportDocument first = doc("d1", "Anna Berg met the Oslo Port Authority. It said 40 people left.")
                .meta("title", "Harbour").meta("outlet", "Daily")
                .entity("Anna Berg", "PERSON")
                .entity("Oslo Port Authority", "ORGANIZATION")
                .entity("Oslo", "GPE")
                .span("Claim", "40 people left", "statistic", "value", 40.0, "qualifier", "exact", "unit", "people",
                        "cluster", "c-1")
                .span("Source", "It", "organization", "entity", "e-7")
                .span("Cue", "said", "CUE")
                .relation("Attribution", 3, 4, "cue", 5)
                .build();
        ExportDocument second = doc("d2", "Rain fell. Berg left Oslo.").entity("Berg", "PERSON").entity("Oslo", "GPE")
                .build();
        return List.of(first, second);
    }
}
