/**
 * Durable file primitives for a corpus on disk: atomic, fsynced writes and moves, and the
 * corpus write lock; plain Java, usable inside and outside OSGi.
 */
package org.attest.core.fs;
