package org.attest.agreement.measures.unitizing;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Unitizing alpha pooled over documents one document at a time, each already computed with
 * {@link UnitizingAlpha#compute(DocumentUnits)}: only each category's weighted sums are kept, so memory grows with the
 * categories, not with the documents. The result is exactly that of {@link UnitizingAlpha#pooledFrom} over the same
 * documents in the same order.
 */
public final class UnitizingPool {

    private final TreeSet<String> wanted = new TreeSet<>();
    private final TreeMap<String, double[]> sums = new TreeMap<>();
    private final TreeMap<String, Integer> unitCounts = new TreeMap<>();
    private final List<String> left = new ArrayList<>();
    private double weights;
    private int used;
    private long length;
    private int documents;

    /** Adds one document and its unitizing alpha; documents must be added in the same order every time. */
    public void add(DocumentUnits document, UnitizingResult computed) {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(computed, "computed");
        if (!computed.scope().equals(document.document())) {
            throw new IllegalArgumentException("result " + documents + " is of '" + computed.scope()
                    + "', not of document '" + document.document()
                    + "'; give the results in the order of the documents");
        }
        documents++;
        for (String category : document.categories()) {
            if (wanted.add(category)) {
                sums.put(category, new double[2]);
                unitCounts.put(category, 0);
            }
        }
        if (document.coderCount() < 2 || document.length() == 0) {
            left.add(document.document());
            return;
        }
        double m = document.coderCount();
        double weight = m * (m - 1) * (double) document.length() * document.length();
        weights += weight;
        used++;
        length += document.length();
        // a category the document's coders did not use adds nothing: weight times zero
        computed.categories().forEach((category, one) -> {
            double[] sum = sums.get(category);
            if (sum != null) {
                sum[0] += weight * one.observed();
                sum[1] += weight * one.expected();
                unitCounts.merge(category, one.units(), Integer::sum);
            }
        });
    }

    /** Returns the number of documents added. */
    public int documents() {
        return documents;
    }

    /** Returns unitizing alpha pooled over the documents added, for every category used in any of them. */
    public UnitizingResult result() {
        if (wanted.isEmpty()) {
            return UnitizingAlpha.noCategory(documents);
        }
        return UnitizingAlpha.pooledResult(wanted, sums, unitCounts, weights, used, length, left);
    }
}
