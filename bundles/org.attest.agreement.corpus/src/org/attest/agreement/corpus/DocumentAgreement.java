package org.attest.agreement.corpus;

import java.util.List;
import java.util.Objects;

/**
 * The agreement on one layer of one document.
 *
 * @param document the document's id
 * @param annotators the annotators who counted in it, sorted
 * @param measure how {@code value} was computed: "unitizing" (span layers, all labels) or, when that is undefined and
 *     for relation layers, "f1-exact" (mean over annotator pairs); "none" when neither is defined
 * @param value the agreement, NaN when undefined (nobody annotated anything on this layer)
 * @param positions the number of diff positions
 * @param agreed the positions where every counted annotator chose the same values
 * @param firstDisagreementBegin the begin of the first position where annotators differ, -1 when none
 * @param firstDisagreementEnd the end of that position, -1 when none
 */
public record DocumentAgreement(String document, List<String> annotators, String measure, double value, int positions,
        int agreed, int firstDisagreementBegin, int firstDisagreementEnd) {

    /** Checks the parts are present and copies the annotators. */
    public DocumentAgreement {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(measure, "measure");
        annotators = List.copyOf(annotators);
    }

    /** Returns whether the value is defined. */
    public boolean isDefined() {
        return !Double.isNaN(value);
    }
}
