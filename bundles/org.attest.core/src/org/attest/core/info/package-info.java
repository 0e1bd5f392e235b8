/**
 * Figures about a corpus for {@code attest info}: its documents with each annotator's state, annotations per layer.
 *
 * <p>Part of {@code org.attest.core}, what the workflows share; it uses the store, the model and the CAS layer only.
 */
package org.attest.core.info;
