package org.attest.agreement.measures.cohenkappa;

import java.util.Objects;

import org.attest.agreement.AgreementResult;

/**
 * Cohen's kappa for one pair of coders together with the confusion matrix it was computed from.
 *
 * @param agreement kappa, observed and expected agreement, and the counts of used and skipped units
 * @param confusion the pair's confusion matrix over the units both coded
 */
public record CohenKappaResult(AgreementResult agreement, ConfusionMatrix confusion) {

    /** Checks that both parts are present. */
    public CohenKappaResult {
        Objects.requireNonNull(agreement, "agreement");
        Objects.requireNonNull(confusion, "confusion");
    }
}
