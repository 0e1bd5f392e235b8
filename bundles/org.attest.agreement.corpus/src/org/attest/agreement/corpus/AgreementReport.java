package org.attest.agreement.corpus;

import java.util.List;
import java.util.Objects;

/**
 * The agreement over a corpus.
 *
 * @param annotators the annotators who counted in at least one document, sorted
 * @param documentsCounted the number of documents with two or more counted annotators
 * @param skipped the documents left out, with the reason
 * @param noAnnotation how "no annotation" was treated
 * @param includeInProgress whether in-progress work counted
 * @param layers the agreement per layer, in schema order
 * @param claims the agreement on the claims annotators share (values, clusters, chains); null when not requested, when
 *     the schema has no claim layer with values, or when fewer than two annotators counted
 */
public record AgreementReport(List<String> annotators, int documentsCounted, List<SkippedDocument> skipped,
        NoAnnotation noAnnotation, boolean includeInProgress, List<LayerAgreement> layers, ClaimAgreement claims) {

    /** Checks the parts are present and copies the lists. */
    public AgreementReport {
        annotators = List.copyOf(annotators);
        skipped = List.copyOf(skipped);
        layers = List.copyOf(layers);
        Objects.requireNonNull(noAnnotation, "noAnnotation");
    }

    /** A document that did not count, and why. */
    public record SkippedDocument(String document, String reason) {
    }
}
