package org.attest.agreement.measures.fleisskappa;

import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;

import org.attest.agreement.AgreementResult;

/**
 * Fleiss' kappa summed unit by unit, for data too large to keep: each complete unit adds its agreement and its ratings
 * to the category counts, so memory grows with the categories, not with the units. The result is exactly that of
 * {@link FleissKappa#compute} over the same units in the same order.
 */
public final class FleissCounts {

    private final int raters;
    private final Map<String, long[]> categories = new TreeMap<>();
    private double agreementSum;
    private int complete;

    /** Creates empty sums for units rated by {@code raters} coders. */
    public FleissCounts(int raters) {
        if (raters < 0) {
            throw new IllegalArgumentException("a number of raters cannot be negative: " + raters);
        }
        this.raters = raters;
    }

    /**
     * Adds one unit whose {@code values} are its ratings, one per rater, null where a rater left it; a unit not rated
     * by every rater is excluded (and only counted by the caller among the units).
     */
    public void add(String[] values) {
        if (values.length != raters) {
            throw new IllegalArgumentException("a unit has " + values.length + " values but there are " + raters
                    + " raters; use null for a missing value");
        }
        for (String value : values) {
            if (value == null) {
                return;
            }
        }
        complete++;
        String[] sorted = values.clone();
        Arrays.sort(sorted);
        double squares = 0;
        for (int i = 0; i < raters;) {
            int j = i;
            while (j < raters && sorted[j].equals(sorted[i])) {
                j++;
            }
            squares += (double) (j - i) * (j - i);
            categories.computeIfAbsent(sorted[i], c -> new long[1])[0] += j - i;
            i = j;
        }
        agreementSum += FleissKappa.unitAgreement(squares, raters);
    }

    /** Returns kappa over the units added, {@code units} being all units of the data, complete or not. */
    public AgreementResult result(int units) {
        double[] counts = new double[categories.size()];
        int j = 0;
        for (long[] count : categories.values()) {
            counts[j++] = count[0];
        }
        String first = categories.isEmpty() ? null : categories.keySet().iterator().next();
        return FleissKappa.outcome(raters, units, complete, agreementSum, counts, first);
    }
}
