package org.attest.agreement.corpus;

import org.attest.agreement.AgreementResult;
import org.attest.agreement.measures.cohenkappa.ConfusionMatrix;
import org.attest.agreement.measures.spanf1.SpanF1Result;

/**
 * The agreement of two annotators on one layer over the documents both counted in.
 *
 * @param first the first annotator (reference for F1, rows of the confusion matrix)
 * @param second the second annotator (candidate for F1, columns of the confusion matrix)
 * @param cohen Cohen's kappa over the units both have a value for; null when not requested
 * @param confusion the confusion matrix of their labels over those units; null when Cohen's kappa was not requested
 * @param exact F1 with exact matching; null when not requested
 * @param overlap F1 with overlap matching; null for relation layers or when not requested
 */
public record PairAgreement(String first, String second, AgreementResult cohen, ConfusionMatrix confusion,
        SpanF1Result exact,
        SpanF1Result overlap) {
}
