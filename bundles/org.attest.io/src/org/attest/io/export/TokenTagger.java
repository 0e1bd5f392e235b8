package org.attest.io.export;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Tags the tokens of a document with its Entity spans (from several threads at once, if need be), keeping the longest of overlapping spans and reporting the
 * others and every span of another layer as left out.
 */
final class TokenTagger {

    /** The span layer whose labels become the token tags. */
    static final String ENTITY = "Entity";

    static final String OVERLAP = "overlaps a longer Entity span (policy: longest first)";
    static final String NO_TOKEN = "covers no token";
    static final String NO_LABEL = "has no label";

    /** One tagged token: its offsets and tag such as {@code B-PERSON}. */
    record Tagged(int begin, int end, String tag) {

        /** Returns the token's text, taken from {@code documentText}. */
        String text(String documentText) {
            return documentText.substring(begin, end);
        }
    }

    private static final String OUTSIDE = "O";

    private final boolean bioes;
    private final Set<String> labels;
    private final String unknownLabel;
    // the tags of each label, made once: B, I, E, S
    private final Map<String, String[]> tags = new ConcurrentHashMap<>();
    // why a span of another layer is left out, by layer, made once (the format's name is the same every time)
    private final Map<String, String> reasons = new ConcurrentHashMap<>();

    /** Creates a tagger for IOB2 or BIOES tags taking every label. */
    TokenTagger(boolean bioes) {
        this(bioes, null, null);
    }

    /** Creates a tagger that leaves out spans whose label is not in {@code labels}, with reason {@code unknownLabel}. */
    TokenTagger(boolean bioes, Set<String> labels, String unknownLabel) {
        this.bioes = bioes;
        this.labels = labels;
        this.unknownLabel = unknownLabel;
    }

    /** Returns the document's sentences as lists of tagged tokens, counting written and left-out spans in {@code report}. */
    List<List<Tagged>> tag(ExportDocument doc, String format, ExportReport report) {
        List<int[]> tokens = doc.tokens();
        String[] tokenLabels = new String[tokens.size()];
        int[] owner = new int[tokens.size()];
        Arrays.fill(owner, -1);
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < doc.spans().size(); i++) {
            ExportSpan span = doc.spans().get(i);
            if (ENTITY.equals(span.layer())) {
                order.add(i);
            } else {
                report.leftOut(span.key(), reasons.computeIfAbsent(span.layer(), l -> "layer " + l + " is not in format " + format
                        + " (Entity only)"));
            }
        }
        String relationReason = "relations are not in format " + format;
        doc.relations().forEach(r -> report.leftOut(r.layer(), relationReason));
        order.sort(Comparator.<Integer>comparingInt(i -> -(doc.spans().get(i).end() - doc.spans().get(i).begin()))
                .thenComparingInt(i -> doc.spans().get(i).begin()).thenComparingInt(i -> i));
        for (int index : order) {
            ExportSpan span = doc.spans().get(index);
            if (span.label() == null) {
                report.leftOut(span.key(), NO_LABEL);
                continue;
            }
            if (labels != null && !labels.contains(span.label())) {
                report.leftOut(span.key(), unknownLabel);
                continue;
            }
            int first = firstToken(tokens, span.begin());
            int last = first;
            boolean free = true;
            while (last < tokens.size() && tokens.get(last)[0] < span.end()) {
                free &= owner[last] < 0;
                last++;
            }
            if (first == last) {
                report.leftOut(span.key(), NO_TOKEN);
            } else if (!free) {
                report.leftOut(span.key(), OVERLAP);
            } else {
                for (int t = first; t < last; t++) {
                    owner[t] = index;
                    tokenLabels[t] = span.label();
                }
                report.written(span.key());
            }
        }
        List<List<Tagged>> sentences = new ArrayList<>();
        int t = 0;
        for (int[] sentence : doc.sentences()) {
            List<Tagged> tagged = new ArrayList<>();
            while (t < tokens.size() && tokens.get(t)[1] <= sentence[0]) {
                t++;
            }
            int start = t;
            while (t < tokens.size() && tokens.get(t)[0] < sentence[1]) {
                int[] token = tokens.get(t);
                tagged.add(new Tagged(token[0], token[1], tag(tokens, owner, tokenLabels, t, start, sentence)));
                t++;
            }
            if (!tagged.isEmpty()) {
                sentences.add(tagged);
            }
        }
        return sentences;
    }

    private String tag(List<int[]> tokens, int[] owner, String[] tokenLabels, int t, int sentenceStart, int[] sentence) {
        if (owner[t] < 0) {
            return OUTSIDE;
        }
        boolean continues = t > sentenceStart && owner[t - 1] == owner[t];
        // a span crossing a sentence boundary is tagged as one chunk per sentence
        boolean ends = t + 1 >= owner.length || owner[t + 1] != owner[t] || tokens.get(t + 1)[0] >= sentence[1];
        String[] forLabel = tags.computeIfAbsent(tokenLabels[t], l -> new String[] {"B-" + l, "I-" + l, "E-" + l, "S-" + l});
        if (!bioes) {
            return continues ? forLabel[1] : forLabel[0];
        }
        return continues ? (ends ? forLabel[2] : forLabel[1]) : (ends ? forLabel[3] : forLabel[0]);
    }

    private static int firstToken(List<int[]> tokens, int begin) {
        int low = 0;
        int high = tokens.size();
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (tokens.get(mid)[1] <= begin) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }
}
