package org.attest.claims;

import java.time.LocalDate;
import java.util.List;

/**
 * One claim as the conflict logic reads it: where it is, its figure and qualifier, and its period, the days filled
 * from the written period and the document's date where the annotator left them empty. Unset values are null.
 *
 * @param document the document id
 * @param begin the offset of the claim's first character
 * @param end the offset after its last character
 * @param text the words of the claim
 * @param cluster the id of the claim's cluster
 * @param value the claimed figure
 * @param upper the upper bound of a figure qualified "between"
 * @param qualifier the qualifier as tagged, such as "up to"
 * @param unit what is counted or measured
 * @param measure the measure tag as set, null meaning a count
 * @param period the period as written
 * @param periodStart the first day of the period
 * @param periodEnd the last day of the period
 * @param chains the claim's attribution chains, one per path through its sources; one without links when it is
 *     attributed to none, none when they were not read
 */
public record ClaimFigure(String document, int begin, int end, String text, String cluster, Double value, Double upper,
        String qualifier, String unit, String measure, String period, LocalDate periodStart, LocalDate periodEnd,
        List<Chain> chains) {

    /** Copies the chains. */
    public ClaimFigure {
        chains = List.copyOf(chains);
    }

    /** Creates a claim whose attribution chains were not read. */
    public ClaimFigure(String document, int begin, int end, String text, String cluster, Double value, Double upper,
            String qualifier, String unit, String measure, String period, LocalDate periodStart,
            LocalDate periodEnd) {
        this(document, begin, end, text, cluster, value, upper, qualifier, unit, measure, period, periodStart,
                periodEnd, List.of());
    }

    /** Returns the claim's period when both its days are known and in order, or null. */
    public Period days() {
        return periodStart == null || periodEnd == null || periodEnd.isBefore(periodStart)
                ? null
                : new Period(periodStart, periodEnd);
    }

    /** Returns whether the claim says nothing of a period: no words, no days. */
    public boolean timeless() {
        return (period == null || period.isBlank()) && periodStart == null && periodEnd == null;
    }

    /** Returns where the claim is, such as {@code flood-a [10,42)}. */
    public String where() {
        return document + " [" + begin + "," + end + ")";
    }
}
