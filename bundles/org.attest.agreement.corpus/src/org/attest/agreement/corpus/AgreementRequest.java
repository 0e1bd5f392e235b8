package org.attest.agreement.corpus;

import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * What agreement to compute.
 *
 * @param layer the layer to measure, or null for every layer of the schema
 * @param measures the measure keys wanted (see {@link #MEASURES}); empty means all of them
 * @param includeInProgress whether annotators' in-progress documents count besides their finished ones
 * @param noAnnotation how "no annotation" enters the categorical measures
 * @param tolerance how far apart two annotators' values of one claim may be and still count as agreeing, relative to
 *     the larger of the two (0.1: within 10%)
 */
public record AgreementRequest(String layer, Set<String> measures, boolean includeInProgress,
        NoAnnotation noAnnotation, double tolerance) {

    /** The relative tolerance of claim values unless a request names another: 10%. */
    public static final double DEFAULT_TOLERANCE = 0.10;

    /** Cohen's kappa per annotator pair; corpus-wide, the pair's kappa (two annotators) or the mean over pairs. */
    public static final String COHEN = "cohen";
    /** Fleiss' kappa over the units every counted annotator of the document saw. */
    public static final String FLEISS = "fleiss";
    /** Krippendorff's alpha, nominal, over the units; per label one-vs-rest. */
    public static final String ALPHA = "alpha";
    /** Krippendorff's unitizing alpha per document, pooled over documents (span layers only). */
    public static final String UNITIZING = "unitizing";
    /** Span (or relation) F1 with exact matching, micro-averaged over annotator pairs. */
    public static final String F1_EXACT = "f1-exact";
    /** Span F1 with overlap matching, micro-averaged over annotator pairs (span layers only). */
    public static final String F1_OVERLAP = "f1-overlap";
    /** Agreement on the claims annotators share: their values, cluster assignments and attribution chains. */
    public static final String CLAIMS = "claims";
    /** Every measure key, in report order. */
    public static final List<String> MEASURES = List.of(COHEN, FLEISS, ALPHA, UNITIZING, F1_EXACT, F1_OVERLAP,
            CLAIMS);

    /** Checks the measure keys and the tolerance and makes the set sorted and unmodifiable. */
    public AgreementRequest {
        measures = Collections.unmodifiableSortedSet(new TreeSet<>(Objects.requireNonNull(measures, "measures")));
        Objects.requireNonNull(noAnnotation, "noAnnotation");
        if (!(tolerance >= 0) || Double.isInfinite(tolerance)) {
            throw new IllegalArgumentException("a tolerance of claim values is a share of zero or more, such as 0.1 "
                    + "for 10%; " + tolerance + " is not");
        }
        for (String measure : measures) {
            if (!MEASURES.contains(measure)) {
                throw new IllegalArgumentException("'" + measure + "' is not an agreement measure; use one of "
                        + String.join(", ", MEASURES));
            }
        }
    }

    /** Creates a request with the {@linkplain #DEFAULT_TOLERANCE default tolerance} of claim values. */
    public AgreementRequest(String layer, Set<String> measures, boolean includeInProgress, NoAnnotation noAnnotation) {
        this(layer, measures, includeInProgress, noAnnotation, DEFAULT_TOLERANCE);
    }

    /** Returns the default request: every layer, every measure, finished documents only, "no annotation" a category. */
    public static AgreementRequest defaults() {
        return new AgreementRequest(null, Set.of(), false, NoAnnotation.CATEGORY);
    }

    /** Returns whether the measure with key {@code measure} is wanted. */
    public boolean wants(String measure) {
        return measures.isEmpty() || measures.contains(measure);
    }
}
