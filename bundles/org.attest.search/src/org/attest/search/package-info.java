/**
 * Search across a corpus: a Lucene index of the documents' text and of every annotator's and the gold's annotations,
 * kept as a cache in the corpus's {@code .attest/index/} and brought up to date from the files' stamps, and the query
 * language that reads words, phrases, layers, labels, feature values, entities, attribution chains, annotators,
 * states, the gold, outlets, dates and disagreements.
 *
 * <p>Uses the store, the model, the CAS layer, the diff (disagreements), the claims (attribution chains) and the
 * registry (entity names and aliases). The index is never a reason for a write to fail: it is written only here, and a
 * damaged or missing index is rebuilt.
 */
package org.attest.search;
