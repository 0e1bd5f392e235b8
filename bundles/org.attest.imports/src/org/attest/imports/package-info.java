/**
 * Importing articles into a corpus: reading them with {@code org.attest.io}, choosing safe unique ids, refusing
 * duplicates and oversize input, and adding every document in one transaction, with the claim clusters its claims
 * name and the corpus lacks.
 *
 * <p>Uses the store, the model, the CAS layer and the article readers of {@code org.attest.io}; nothing above them.
 */
package org.attest.imports;
