/**
 * Internal: what Attest derived from each CAS file, kept by the file's SHA-256 so unchanged files are not deserialized
 * again.
 */
package org.attest.store.cache;
