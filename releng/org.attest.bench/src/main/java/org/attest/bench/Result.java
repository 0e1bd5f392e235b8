package org.attest.bench;

/**
 * One row of the benchmark: an operation at one corpus size, Attest's figure beside the plain baseline's, their ratio
 * and the verdict against the target, which is either a ratio to the baseline or an absolute bound on Attest's figure.
 *
 * @param operation what was measured, such as "open a document (p50)"
 * @param docs the corpus size, in documents
 * @param unit the unit of both figures, such as "ms"
 * @param attest Attest's figure, or NaN when not measured
 * @param baseline the baseline's figure, or NaN when there is none
 * @param maxRatio the largest acceptable attest/baseline ratio, or NaN when the operation has no ratio target
 * @param below the bound Attest's figure must stay under, in {@code unit}, or NaN when the operation has no such target
 * @param atLeast the bound Attest's figure must reach, in {@code unit} (a throughput), or NaN when there is none
 * @param note how the figures were obtained, or what is missing
 */
public record Result(String operation, int docs, String unit, double attest, double baseline, double maxRatio,
        double below,
        double atLeast, String note) {

    /** The verdict of a row without an Attest figure. */
    public static final String NOT_MEASURED = "not measured";

    /**
     * Creates a row whose target, if any, is the ratio {@code maxRatio} to the baseline or Attest's figure under
     * {@code below}.
     */
    public Result(String operation, int docs, String unit, double attest, double baseline, double maxRatio,
            double below, String note) {
        this(operation, docs, unit, attest, baseline, maxRatio, below, Double.NaN, note);
    }

    /** Creates a row whose target, if any, is the ratio {@code maxRatio} to the baseline. */
    public Result(String operation, int docs, String unit, double attest, double baseline, double maxRatio,
            String note) {
        this(operation, docs, unit, attest, baseline, maxRatio, Double.NaN, note);
    }

    /** Returns a row of a rate, such as MB/s, whose target is Attest's figure reaching {@code atLeast}. */
    public static Result rate(String operation, int docs, String unit, double attest, double baseline, double atLeast,
            String note) {
        return new Result(operation, docs, unit, attest, baseline, Double.NaN, Double.NaN, atLeast, note);
    }

    /** Returns attest / baseline, or NaN when either is missing. */
    public double ratio() {
        return Double.isNaN(attest) || Double.isNaN(baseline) || baseline == 0 ? Double.NaN : attest / baseline;
    }

    /** Returns OK or MISSED against the target, "info" for an operation without a target, or "not measured". */
    public String verdict() {
        if (Double.isNaN(attest)) {
            return NOT_MEASURED;
        }
        if (!Double.isNaN(below)) {
            return attest < below ? "OK" : "MISSED";
        }
        if (!Double.isNaN(atLeast)) {
            return attest >= atLeast ? "OK" : "MISSED";
        }
        if (Double.isNaN(maxRatio) || Double.isNaN(ratio())) {
            return "info";
        }
        return ratio() <= maxRatio ? "OK" : "MISSED";
    }

    /**
     * Returns the target as printed in the table, such as "<=1.5x", "<10 s" or ">=50" (MB/s), or "-" when there is
     * none.
     */
    public String target() {
        if (!Double.isNaN(below)) {
            return String.format(java.util.Locale.ROOT, "<%.0f %s", below, unit);
        }
        if (!Double.isNaN(atLeast)) {
            return String.format(java.util.Locale.ROOT, ">=%.0f", atLeast);
        }
        return Double.isNaN(maxRatio) ? "-" : String.format(java.util.Locale.ROOT, "<=%.1fx", maxRatio);
    }
}
