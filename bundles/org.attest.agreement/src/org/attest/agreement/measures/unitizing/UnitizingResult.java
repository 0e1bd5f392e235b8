package org.attest.agreement.measures.unitizing;

import java.util.Collections;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Unitizing alpha for one document or pooled over documents, overall and per category.
 *
 * @param scope the document's name, or a description of the pooled documents
 * @param documents the number of documents that entered the computation
 * @param length the total length of those documents, in characters
 * @param categories per category, sorted by name
 * @param observed the observed disagreement summed over the categories
 * @param expected the expected disagreement summed over the categories
 * @param alpha 1 - observed/expected, or NaN when expected is 0 (see {@code note})
 * @param note why alpha is undefined or what was left out; empty when there is nothing to say
 */
public record UnitizingResult(String scope, int documents, long length,
        SortedMap<String, CategoryDisagreement> categories,
        double observed, double expected, double alpha, String note) {

    /** Checks the parts are present and makes the category map unmodifiable. */
    public UnitizingResult {
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(note, "note");
        categories = Collections.unmodifiableSortedMap(new TreeMap<>(categories));
    }

    /** Returns whether alpha is defined (not NaN). */
    public boolean isDefined() {
        return !Double.isNaN(alpha);
    }
}
