/**
 * The corpus-level entity registry: search by canonical name and alias ignoring case, accents and script through an
 * index ({@link org.attest.registry.NameFolding}, ICU4J transliteration); undoable changes (create, add an alias,
 * create from a mention, link a mention adding its text as an alias, merge, split) as
 * {@link org.attest.edit.EditCommand}s that change the corpus model in memory, saved with
 * {@code CorpusStore.saveModel()};
 * the mentions of each entity across the corpus ({@link org.attest.registry.CorpusMentions}), duplicate suggestions
 * ({@link org.attest.registry.DuplicateFinder}, Apache Commons Text), suspect links
 * ({@link org.attest.registry.WrongLinks}) and a split saved to disk in one transaction
 * ({@link org.attest.registry.CorpusSplit}). It may use the editing commands, the store, the model and the CAS layer.
 */
package org.attest.registry;
