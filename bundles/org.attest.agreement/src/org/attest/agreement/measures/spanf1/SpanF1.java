package org.attest.agreement.measures.spanf1;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

import org.attest.agreement.Span;

/**
 * Pairwise span precision, recall and F1 between a reference coder and a candidate coder, with
 * exact or overlap matching.
 *
 * <p>Overlap matching is one-to-one: candidate pairs with the same label and at least one common
 * character are taken greedily, largest overlap first, and a span once matched is never matched
 * again, so one long span cannot count for several short ones. Ties are broken by position
 * (reference span first, then candidate span, both in document order), which keeps the result
 * deterministic. Swapping reference and candidate swaps precision and recall and keeps F1.
 */
public final class SpanF1 {

    private SpanF1() {
    }

    /** Compares the candidate's spans with the reference's spans over all labels. */
    public static SpanF1Result compare(List<Span> reference, List<Span> candidate, Match match) {
        Objects.requireNonNull(match, "match");
        List<Span> a = sorted(reference, "reference");
        List<Span> b = sorted(candidate, "candidate");
        int matched = match == Match.EXACT ? exactMatches(a, b) : overlapMatches(a, b);
        return SpanF1Result.of(match, matched, b.size() - matched, a.size() - matched);
    }

    /** Compares the two coders label by label; the counts of all labels add up to those of {@link #compare}. */
    public static SortedMap<String, SpanF1Result> compareByLabel(List<Span> reference, List<Span> candidate,
            Match match) {
        Objects.requireNonNull(match, "match");
        // one sort, then each label's spans in that order: the same lists compare() would sort
        TreeMap<String, List<List<Span>>> byLabel = new TreeMap<>();
        group(sorted(reference, "reference"), byLabel, 0);
        group(sorted(candidate, "candidate"), byLabel, 1);
        TreeMap<String, SpanF1Result> results = new TreeMap<>();
        byLabel.forEach((label, lists) -> {
            List<Span> a = lists.get(0);
            List<Span> b = lists.get(1);
            int matched = match == Match.EXACT ? exactMatches(a, b) : overlapMatches(a, b);
            results.put(label, SpanF1Result.of(match, matched, b.size() - matched, a.size() - matched));
        });
        return Collections.unmodifiableSortedMap(results);
    }

    private static void group(List<Span> spans, TreeMap<String, List<List<Span>>> byLabel, int side) {
        for (Span span : spans) {
            byLabel.computeIfAbsent(span.label(), label -> List.of(new ArrayList<>(), new ArrayList<>())).get(side)
                    .add(span);
        }
    }

    private static int exactMatches(List<Span> reference, List<Span> candidate) {
        // Both lists are sorted, so equal spans line up; a merge counts each duplicate at most as often as both have
        // it.
        int matched = 0;
        int i = 0;
        int j = 0;
        while (i < reference.size() && j < candidate.size()) {
            int order = reference.get(i).compareTo(candidate.get(j));
            if (order == 0) {
                matched++;
                i++;
                j++;
            } else if (order < 0) {
                i++;
            } else {
                j++;
            }
        }
        return matched;
    }

    private static int overlapMatches(List<Span> reference, List<Span> candidate) {
        List<int[]> pairs = new ArrayList<>();
        for (int i = 0; i < reference.size(); i++) {
            Span r = reference.get(i);
            for (int j = 0; j < candidate.size(); j++) {
                Span c = candidate.get(j);
                if (c.begin() >= r.end()) {
                    break; // candidates are sorted by begin: none further on can overlap r
                }
                int overlap = r.overlap(c);
                if (overlap > 0 && r.label().equals(c.label())) {
                    pairs.add(new int[]{overlap, i, j});
                }
            }
        }
        pairs.sort(Comparator.<int[]>comparingInt(p -> -p[0]).thenComparingInt(p -> p[1]).thenComparingInt(p -> p[2]));
        boolean[] referenceUsed = new boolean[reference.size()];
        boolean[] candidateUsed = new boolean[candidate.size()];
        int matched = 0;
        for (int[] pair : pairs) {
            if (!referenceUsed[pair[1]] && !candidateUsed[pair[2]]) {
                referenceUsed[pair[1]] = true;
                candidateUsed[pair[2]] = true;
                matched++;
            }
        }
        return matched;
    }

    private static List<Span> sorted(List<Span> spans, String role) {
        Objects.requireNonNull(spans, role + " spans");
        List<Span> copy = new ArrayList<>(spans.size());
        for (Span span : spans) {
            copy.add(Objects.requireNonNull(span, "a " + role + " span is null"));
        }
        Collections.sort(copy);
        return copy;
    }

}
