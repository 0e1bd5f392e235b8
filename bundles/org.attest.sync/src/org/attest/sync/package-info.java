/**
 * Team work through Git (JGit): clone, sync (commit one's own files, fetch, merge with Attest's rules for the shared
 * files, push), status, history and conflicts, each change applied to the corpus as one crash-safe transaction.
 *
 * <p>Uses the store, the model, core and curation's records; its user interface is {@code org.attest.ui.sync}.
 */
package org.attest.sync;
