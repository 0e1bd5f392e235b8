package org.attest.search;

import java.util.List;
import java.util.Locale;

/**
 * What a query found: the first hits in document and offset order, how many there are in all or at least, and how
 * long it took.
 *
 * @param hits the hits returned, at most the limit asked for
 * @param total how many hits there are: annotations, or occurrences of the words in the text; all of them when
 *     {@code exact}, else a lower bound (the count stopped there)
 * @param exact whether {@code total} counts every hit
 * @param tookMicros how long the search took, in microseconds
 */
public record SearchResults(List<SearchHit> hits, int total, boolean exact, long tookMicros) {

    /** Keeps an unmodifiable copy of the hits. */
    public SearchResults {
        hits = List.copyOf(hits);
    }

    /** Returns the total as a reader sees it: {@code 42}, or {@code 10,000+} when there are at least that many. */
    public String totalText() {
        return String.format(Locale.ROOT, exact ? "%,d" : "%,d+", total);
    }
}
