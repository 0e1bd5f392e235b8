package org.attest.io.export;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Tags the tokens of a document with its Entity spans (from several threads at once, if need be), keeping the longest
 * of overlapping spans and reporting the
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
    private final LabelNames names;
    // the tags of each label, made once: B, I, E, S
    private final Map<String, String[]> tags = new ConcurrentHashMap<>();
    // why a span of another layer is left out, by layer, made once (the format's name is the same every time)
    private final Map<String, String> reasons = new ConcurrentHashMap<>();

    /** Creates a tagger for IOB2 or BIOES tags taking every label, written by its name in {@code names}. */
    TokenTagger(boolean bioes, LabelNames names) {
        this(bioes, null, null, names);
    }

    /**
     * Creates a tagger that leaves out spans whose label is not in {@code labels}, with reason {@code unknownLabel},
     * and writes the others by their names in {@code names}.
     */
    TokenTagger(boolean bioes, Set<String> labels, String unknownLabel, LabelNames names) {
        this.bioes = bioes;
        this.labels = labels;
        this.unknownLabel = unknownLabel;
        this.names = names;
    }

    /**
     * A document's tokens as the token formats write them: offsets and tag of every token, and for each sentence with
     * tokens the index of its first token and of the token after its last; a token outside every sentence has no tag.
     */
    record Tags(int[] begins, int[] ends, String[] tags, int[] sentenceFirst, int[] sentenceEnd) {
    }

    /**
     * Returns the document's sentences as lists of tagged tokens, counting written and left-out spans in
     * {@code report}.
     */
    List<List<Tagged>> tag(ExportDocument doc, String format, ExportReport report) {
        Tags tags = tags(doc, format, report);
        List<List<Tagged>> sentences = new ArrayList<>(tags.sentenceFirst().length);
        for (int s = 0; s < tags.sentenceFirst().length; s++) {
            List<Tagged> tagged = new ArrayList<>(tags.sentenceEnd()[s] - tags.sentenceFirst()[s]);
            for (int t = tags.sentenceFirst()[s]; t < tags.sentenceEnd()[s]; t++) {
                tagged.add(new Tagged(tags.begins()[t], tags.ends()[t], tags.tags()[t]));
            }
            sentences.add(tagged);
        }
        return sentences;
    }

    /**
     * Tags the document's tokens like {@link #tag}, into arrays, counting written and left-out spans in {@code report}.
     */
    Tags tags(ExportDocument doc, String format, ExportReport report) {
        List<int[]> tokens = doc.tokens();
        int count = tokens.size();
        int[] begins = new int[count];
        int[] ends = new int[count];
        for (int t = 0; t < count; t++) {
            int[] token = tokens.get(t);
            begins[t] = token[0];
            ends[t] = token[1];
        }
        String[] tokenLabels = new String[count];
        int[] owner = new int[count];
        Arrays.fill(owner, -1);
        List<ExportSpan> spans = doc.spans();
        List<Integer> order = new ArrayList<>();
        int[] lengths = new int[spans.size()];
        int[] starts = new int[spans.size()];
        for (int i = 0; i < spans.size(); i++) {
            ExportSpan span = spans.get(i);
            lengths[i] = span.end() - span.begin();
            starts[i] = span.begin();
            if (ENTITY.equals(span.layer())) {
                order.add(i);
            } else {
                report.leftOut(span.key(),
                        reasons.computeIfAbsent(span.layer(), l -> "layer " + l + " is not in format " + format
                                + " (Entity only)"));
            }
        }
        String relationReason = "relations are not in format " + format;
        doc.relations().forEach(r -> report.leftOut(r.layer(), relationReason));
        // longest first, then the earlier, then the first listed
        order.sort(Comparator.<Integer>comparingInt(i -> -lengths[i]).thenComparingInt(i -> starts[i])
                .thenComparingInt(i -> i));
        for (int index : order) {
            ExportSpan span = spans.get(index);
            if (span.label() == null) {
                report.leftOut(span.key(), NO_LABEL);
                continue;
            }
            if (labels != null && !labels.contains(span.label())) {
                report.leftOut(span.key(), unknownLabel);
                continue;
            }
            int first = firstToken(ends, span.begin());
            int last = first;
            boolean free = true;
            while (last < count && begins[last] < span.end()) {
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
                    tokenLabels[t] = names.name(span.label());
                }
                report.written(span.key());
            }
        }
        String[] tags = new String[count];
        List<int[]> sentences = doc.sentences();
        int[] sentenceFirst = new int[sentences.size()];
        int[] sentenceEnd = new int[sentences.size()];
        int kept = 0;
        int t = 0;
        for (int[] sentence : sentences) {
            while (t < count && ends[t] <= sentence[0]) {
                t++;
            }
            int start = t;
            while (t < count && begins[t] < sentence[1]) {
                tags[t] = tag(begins, owner, tokenLabels, t, start, sentence[1]);
                t++;
            }
            if (t > start) {
                sentenceFirst[kept] = start;
                sentenceEnd[kept] = t;
                kept++;
            }
        }
        return new Tags(begins, ends, tags, Arrays.copyOf(sentenceFirst, kept), Arrays.copyOf(sentenceEnd, kept));
    }

    private String tag(int[] begins, int[] owner, String[] tokenLabels, int t, int sentenceStart,
            int sentenceEndOffset) {
        if (owner[t] < 0) {
            return OUTSIDE;
        }
        boolean continues = t > sentenceStart && owner[t - 1] == owner[t];
        // a span crossing a sentence boundary is tagged as one chunk per sentence
        boolean ends = t + 1 >= owner.length || owner[t + 1] != owner[t] || begins[t + 1] >= sentenceEndOffset;
        String[] forLabel = tags.computeIfAbsent(tokenLabels[t],
                l -> new String[]{"B-" + l, "I-" + l, "E-" + l, "S-" + l});
        if (!bioes) {
            return continues ? forLabel[1] : forLabel[0];
        }
        return continues ? (ends ? forLabel[2] : forLabel[1]) : (ends ? forLabel[3] : forLabel[0]);
    }

    private static int firstToken(int[] ends, int begin) {
        int low = 0;
        int high = ends.length;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (ends[mid] <= begin) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }
}
