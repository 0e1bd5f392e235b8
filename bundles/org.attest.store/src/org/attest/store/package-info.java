/**
 * The corpus on disk: its layout, the one path guard and name rule every file passes, the model split into files with
 * one writer each, annotators' and gold CASes, texts checked against their hashes, curation records, and opening a
 * corpus (migration, recovery, the write lock).
 *
 * <p>This bundle owns the files of a corpus folder and nothing else: it uses only the model ({@code org.attest.model})
 * and the CAS format ({@code org.attest.cas}); the workflows over a corpus (import, agreement, curation, export,
 * validation) live in {@code org.attest.core} and team work in {@code org.attest.sync}, both above it.
 */
package org.attest.store;
