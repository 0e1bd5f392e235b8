/**
 * The corpus on disk: its layout, the one path guard and name rule every file passes, the model split into files with
 * one writer each, annotators' and gold CASes, texts checked against their hashes, curation records, and opening a
 * corpus (migration, recovery, the write lock). It also holds {@link org.attest.store.TimeFormat}, how every bundle
 * above writes a time of the corpus (a decision, a hold, a sync) for a person to read.
 *
 * <p>This bundle owns the files of a corpus folder and nothing else: it uses only the model ({@code org.attest.model})
 * and the CAS format ({@code org.attest.cas}); each workflow over a corpus (import, editing, agreement, curation,
 * export, validation) is a bundle of its own above it, and team work is {@code org.attest.sync}.
 */
package org.attest.store;
