package org.attest.agreement.corpus;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import org.attest.agreement.AgreementResult;

/**
 * The agreement on one label of a layer.
 *
 * @param label the label
 * @param results by measure key: "alpha" (nominal, this label versus every other value), "unitizing" (the pooled
 *     alpha of this category), "f1-exact" and "f1-overlap" (micro-averaged over pairs)
 */
public record LabelAgreement(String label, Map<String, AgreementResult> results) {

    /** Checks the label is present and copies the results, keeping their order. */
    public LabelAgreement {
        Objects.requireNonNull(label, "label");
        results = Collections.unmodifiableMap(new LinkedHashMap<>(results));
    }
}
