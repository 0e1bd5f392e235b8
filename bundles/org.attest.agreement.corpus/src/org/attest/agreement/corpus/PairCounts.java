package org.attest.agreement.corpus;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

import org.attest.agreement.Span;
import org.attest.agreement.corpus.LayerAccumulator.Pair;
import org.attest.agreement.measures.spanf1.Match;
import org.attest.agreement.measures.spanf1.SpanF1;

/**
 * The pairwise counts of {@link LayerAccumulator}: per pair of annotators and label, {true positives, false positives,
 * false negatives}.
 */
final class PairCounts {

    private PairCounts() {
    }

    /** Returns an empty map of pair to label to {tp, fp, fn}, pairs in name order. */
    static Map<Pair, SortedMap<String, int[]>> map() {
        return new TreeMap<>(Comparator.comparing(Pair::first).thenComparing(Pair::second));
    }

    /** Adds the counts of {@code from} into {@code into}. */
    static void merge(Map<Pair, SortedMap<String, int[]>> into, Map<Pair, SortedMap<String, int[]>> from) {
        from.forEach((pair, byLabel) -> {
            SortedMap<String, int[]> target = into.computeIfAbsent(pair, p -> new TreeMap<>());
            byLabel.forEach((label, counts) -> {
                int[] sum = target.computeIfAbsent(label, l -> new int[3]);
                for (int k = 0; k < 3; k++) {
                    sum[k] += counts[k];
                }
            });
        });
    }

    /**
     * Counts each pair's exact matches of the labels {@code held} at one position, per label and into the document's
     * counts.
     */
    static void countExact(Map<Pair, SortedMap<String, int[]>> exact, List<String> annotators, List<Set<String>> held,
            int[][] documentCounts) {
        int n = annotators.size();
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                SortedMap<String, int[]> byLabel = exact.computeIfAbsent(new Pair(annotators.get(i), annotators.get(j)),
                        p -> new TreeMap<>());
                Set<String> reference = held.get(i);
                Set<String> candidate = held.get(j);
                for (String label : reference) {
                    count(byLabel, label, candidate.contains(label) ? 0 : 2, documentCounts[i * n + j]);
                }
                for (String label : candidate) {
                    if (!reference.contains(label)) {
                        count(byLabel, label, 1, documentCounts[i * n + j]);
                    }
                }
            }
        }
    }

    // kind: 0 both have the label here, 1 only the candidate, 2 only the reference
    private static void count(SortedMap<String, int[]> byLabel, String label, int kind, int[] documentCounts) {
        byLabel.computeIfAbsent(label, l -> new int[3])[kind]++;
        documentCounts[kind]++;
    }

    /** Counts each pair's overlap matches of their spans, per label. */
    static void countOverlap(Map<Pair, SortedMap<String, int[]>> overlap, List<String> annotators,
            List<List<Span>> spans) {
        int n = annotators.size();
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                SortedMap<String, int[]> byLabel = overlap.computeIfAbsent(
                        new Pair(annotators.get(i), annotators.get(j)),
                        p -> new TreeMap<>());
                SpanF1.compareByLabel(spans.get(i), spans.get(j), Match.OVERLAP).forEach((label, result) -> {
                    int[] counts = byLabel.computeIfAbsent(label, l -> new int[3]);
                    counts[0] += result.truePositives();
                    counts[1] += result.falsePositives();
                    counts[2] += result.falseNegatives();
                });
            }
        }
    }
}
