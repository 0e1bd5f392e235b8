package org.attest.agreement.measures.spanf1;

import java.util.Objects;

/**
 * Precision, recall and F1 of a candidate coder's spans against a reference coder's spans.
 *
 * @param match how spans were matched
 * @param truePositives candidate spans matched to a reference span
 * @param falsePositives candidate spans left unmatched
 * @param falseNegatives reference spans left unmatched
 * @param precision tp / (tp + fp), NaN when the candidate marked nothing
 * @param recall tp / (tp + fn), NaN when the reference marked nothing
 * @param f1 2tp / (2tp + fp + fn), NaN when neither marked anything
 * @param note why a figure is undefined; empty when all are defined
 */
public record SpanF1Result(Match match, int truePositives, int falsePositives, int falseNegatives, double precision,
        double recall, double f1, String note) {

    /** Checks that the counts are not negative. */
    public SpanF1Result {
        Objects.requireNonNull(match, "match");
        Objects.requireNonNull(note, "note");
        if (truePositives < 0 || falsePositives < 0 || falseNegatives < 0) {
            throw new IllegalArgumentException(
                    "negative counts: tp=" + truePositives + ", fp=" + falsePositives + ", fn="
                            + falseNegatives);
        }
    }

    /** Computes the figures from the three counts, with NaN and a note where a denominator is zero. */
    public static SpanF1Result of(Match match, int truePositives, int falsePositives, int falseNegatives) {
        double precision = ratio(truePositives, truePositives + falsePositives);
        double recall = ratio(truePositives, truePositives + falseNegatives);
        double f1 = ratio(2.0 * truePositives, 2.0 * truePositives + falsePositives + falseNegatives);
        String note = "";
        if (Double.isNaN(f1)) {
            note = "neither coder marked a span: precision, recall and F1 are undefined";
        } else if (Double.isNaN(precision)) {
            note = "the candidate marked no span: precision is undefined";
        } else if (Double.isNaN(recall)) {
            note = "the reference marked no span: recall is undefined";
        }
        return new SpanF1Result(match, truePositives, falsePositives, falseNegatives, precision, recall, f1, note);
    }

    private static double ratio(double numerator, double denominator) {
        return denominator == 0 ? Double.NaN : numerator / denominator;
    }
}
