/**
 * Suggestions for annotators: {@link org.attest.suggest.SuggestionService} runs recommenders over a document and leaves
 * out what the annotator already has or rejected, {@link org.attest.suggest.SuggestionFiles} keeps suggestions for
 * review in {@code suggestions/<annotator>/<document>.json}, {@link org.attest.suggest.Rejections} remembers what an
 * annotator rejected in {@code suggestions/<annotator>/rejected/<document>.json}, {@link org.attest.suggest.Acceptance}
 * makes the undoable command that adds a suggestion marked with its recommender ({@code suggestedBy}),
 * {@link org.attest.suggest.Evaluation} measures recommenders against the gold or an annotator, and
 * {@link org.attest.suggest.Provenance} counts the spans that came from suggestions.
 *
 * <p>Uses the recommender API, the registry (its name folding), editing commands, the store, the CAS layer and the model.
 * Reads corpus files only through the store's path guard and writes them only atomically.
 */
package org.attest.suggest;
