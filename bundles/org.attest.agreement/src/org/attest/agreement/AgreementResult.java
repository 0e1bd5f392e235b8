package org.attest.agreement;

import java.util.Objects;

/**
 * The outcome of one agreement measure over reliability data, with the counts a reader needs to
 * judge it.
 *
 * @param measure the name of the measure, for example {@code "krippendorff-alpha (interval)"}
 * @param value the coefficient, or {@link Double#NaN} when the data leave it undefined (see {@code note})
 * @param observed observed agreement (kappa family) or observed disagreement (alpha family)
 * @param expected agreement (kappa family) or disagreement (alpha family) expected by chance
 * @param coders the number of coders in the data given to the measure
 * @param units the number of units in the data given to the measure
 * @param unitsUsed the units that entered the computation; the others were skipped for missing values
 * @param pairableValues the values that entered the computation
 * @param note why the value is undefined or what was skipped; empty when there is nothing to say
 */
public record AgreementResult(String measure, double value, double observed, double expected, int coders,
        int units, int unitsUsed, int pairableValues, String note) {

    /** Checks that the names and counts are present and consistent. */
    public AgreementResult {
        Objects.requireNonNull(measure, "measure");
        Objects.requireNonNull(note, "note");
        if (units < 0 || unitsUsed < 0 || unitsUsed > units || pairableValues < 0 || coders < 0) {
            throw new IllegalArgumentException("inconsistent counts: units=" + units + ", unitsUsed=" + unitsUsed
                    + ", pairableValues=" + pairableValues + ", coders=" + coders);
        }
    }

    /** Returns whether the data define the coefficient (it is not NaN). */
    public boolean isDefined() {
        return !Double.isNaN(value);
    }

    /** Returns the number of units skipped because they had too few values. */
    public int unitsSkipped() {
        return units - unitsUsed;
    }
}
