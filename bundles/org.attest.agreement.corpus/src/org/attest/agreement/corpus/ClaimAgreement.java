package org.attest.agreement.corpus;

import java.util.Objects;

import org.attest.agreement.AgreementResult;

/**
 * The agreement on the claims annotators share: a claim of one annotator matches another's with the same offsets in
 * the same document, and only matched claims are compared.
 *
 * @param tolerance the relative tolerance of values: two values agree when they differ by at most this share of the
 *     larger one
 * @param claims the claim spans any counted annotator marked, over all counted documents
 * @param matched the claim spans two or more counted annotators marked
 * @param value Krippendorff's alpha (interval) on the claims' values; a claim without a value is a missing value,
 *     never 0
 * @param valueWithin the pairs of values set by both annotators, and how many lie within the tolerance
 * @param cluster Krippendorff's alpha (nominal) on the cluster ids of matched claims, a claim in no cluster having
 *     the category "(no cluster)"; null when the claim layer has no cluster feature
 * @param clusterSame the pairs of matched claims, and how many the two annotators put in the same cluster
 * @param chain Krippendorff's alpha (nominal) on the attribution chains of matched claims, a claim without
 *     attribution having the category "(no attribution)"; null when the schema has no attribution
 * @param chainSame the pairs of matched claims, and how many the two annotators attribute through the same chain
 * @param note what was left out and why; empty when nothing was
 */
public record ClaimAgreement(double tolerance, int claims, int matched, AgreementResult value, PairShare valueWithin,
        AgreementResult cluster, PairShare clusterSame, AgreementResult chain, PairShare chainSame, String note) {

    /** Checks that the figures every report has are present. */
    public ClaimAgreement {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(valueWithin, "valueWithin");
        Objects.requireNonNull(note, "note");
    }
}
