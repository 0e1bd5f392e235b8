package org.attest.search;

import java.util.List;

/**
 * What a query found: the first hits in document and offset order, how many there are in all, and how long it took.
 *
 * @param hits the hits returned, at most the limit asked for
 * @param total how many hits there are in all: annotations, or occurrences of the words in the text
 * @param tookMicros how long the search took, in microseconds
 */
public record SearchResults(List<SearchHit> hits, int total, long tookMicros) {

    /** Keeps an unmodifiable copy of the hits. */
    public SearchResults {
        hits = List.copyOf(hits);
    }
}
