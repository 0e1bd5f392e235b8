/**
 * Changing a corpus's schema ({@code attest schema --apply}): a change that would orphan existing annotations is
 * refused before the schema file is replaced.
 *
 * <p>Part of {@code org.attest.core}, what the workflows share; it uses the store, the model and the CAS layer only.
 */
package org.attest.core.schema;
