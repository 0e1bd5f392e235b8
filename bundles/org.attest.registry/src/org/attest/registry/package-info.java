/**
 * The corpus-level entity registry: search by canonical name and alias ignoring case and accents
 * ({@link org.attest.registry.NameFolding}), and undoable changes (create, add an alias, create from a mention,
 * link a mention adding its text as an alias, merge) as {@link org.attest.edit.EditCommand}s that change the
 * corpus model in memory; save them with {@code CorpusStore.saveModel()}.
 */
package org.attest.registry;
