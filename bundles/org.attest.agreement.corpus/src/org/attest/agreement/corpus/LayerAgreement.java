package org.attest.agreement.corpus;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.attest.agreement.AgreementResult;

/**
 * The agreement on one layer.
 *
 * @param layer the layer's name
 * @param relation whether it is a relation layer (no unitizing or overlap F1 then)
 * @param units the number of diff positions over all counted documents: the units of the categorical measures
 * @param corpus corpus-wide results by measure key ({@link AgreementRequest#MEASURES}), in that order
 * @param pairs per annotator pair, in name order
 * @param labels per label, sorted by label
 * @param documents per document, lowest agreement first (undefined last, then by document id)
 */
public record LayerAgreement(String layer, boolean relation, int units, Map<String, AgreementResult> corpus,
        List<PairAgreement> pairs, List<LabelAgreement> labels, List<DocumentAgreement> documents) {

    /** Checks the parts are present and copies them, keeping the measure order. */
    public LayerAgreement {
        Objects.requireNonNull(layer, "layer");
        corpus = Collections.unmodifiableMap(new LinkedHashMap<>(corpus));
        pairs = List.copyOf(pairs);
        labels = List.copyOf(labels);
        documents = List.copyOf(documents);
    }
}
