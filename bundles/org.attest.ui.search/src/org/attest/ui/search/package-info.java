/**
 * The Search view: queries over the open corpus through {@link org.attest.search.CorpusSearch}, hits grouped by
 * document with their words in context, a double-click opening the editor at a hit, "Find This Everywhere" from the
 * annotation editor, and the index refreshed after each save. It may use the search, registry, store, model and the
 * workbench's editor.
 */
package org.attest.ui.search;
