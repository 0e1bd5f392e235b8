/**
 * What every recommender of Attest implements and how one is found: a {@link org.attest.suggest.api.Recommender}
 * proposes {@link org.attest.suggest.api.Suggestion}s for a document, a
 * {@link org.attest.suggest.api.TrainableRecommender} also learns from an annotation set, and
 * {@link org.attest.suggest.api.Recommenders} lists the recommenders installed: through the extension point
 * {@code org.attest.suggest.api.recommenders} inside OSGi, through {@link java.util.ServiceLoader} outside it.
 *
 * <p>Uses the store, the model and the CAS layer; writes nothing. What runs recommenders over a corpus, keeps their
 * suggestions and the annotators' rejections, and evaluates them lives in {@code org.attest.suggest}.
 */
package org.attest.suggest.api;
