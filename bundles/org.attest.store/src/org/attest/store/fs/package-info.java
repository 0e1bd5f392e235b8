/**
 * Durable file primitives for a corpus on disk: atomic, fsynced writes and moves, transactions with their recovery
 * journal, the path guard, and the corpus write lock; plain Java, usable inside and outside OSGi, using nothing of
 * Attest.
 */
package org.attest.store.fs;
