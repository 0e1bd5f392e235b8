/**
 * Exporting a corpus: training data in every format of {@code org.attest.io.export}, from the gold or an annotator,
 * with a manifest, the agreement summary and its cache, written atomically to a folder outside the corpus.
 *
 * <p>Uses the store, the model, the CAS layer, the export writers of {@code org.attest.io}, agreement over a corpus
 * ({@code org.attest.agreement.corpus}), curation's gold states and the claims' attribution chains
 * ({@code org.attest.claims}); nothing above it.
 */
package org.attest.export;
