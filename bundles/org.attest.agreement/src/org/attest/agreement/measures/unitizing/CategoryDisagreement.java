package org.attest.agreement.measures.unitizing;

import java.util.Objects;

/**
 * Unitizing alpha for one category: the observed and expected disagreement about where units of
 * that category are.
 *
 * @param category the category (span label)
 * @param units the number of units of this category, over all coders (and documents, when pooled)
 * @param observed the observed disagreement D<sub>o</sub>
 * @param expected the disagreement D<sub>e</sub> expected by chance
 * @param alpha 1 - D<sub>o</sub>/D<sub>e</sub>, or NaN when D<sub>e</sub> is 0 (no units, or nothing to vary)
 */
public record CategoryDisagreement(String category, int units, double observed, double expected, double alpha) {

    /** Checks that the category is named. */
    public CategoryDisagreement {
        Objects.requireNonNull(category, "category");
    }
}
