/**
 * Curation: a reviewer's session over one document (loading annotators' CASes and the gold, the queue of
 * disagreements, decisions and their undoable log, auto-merge, the reviewer's hold, saving the gold and its record)
 * and the corpus-wide auto-merge behind {@code attest merge}.
 *
 * <p>Owns the gold CASes and curation records through the store; uses the store, the model, the CAS layer and
 * positions and differences ({@code org.attest.diff}). It calls no other workflow and no user interface.
 */
package org.attest.curation;
