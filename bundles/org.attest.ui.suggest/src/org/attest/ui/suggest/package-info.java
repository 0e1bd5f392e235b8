/**
 * Suggestions in the annotation editor: the recommenders' proposals painted as ghost spans (a dashed outline in the
 * layer's colour, label, score and reason on hover), computed in a background job when a document opens and after
 * edits; Enter accepts the one at the caret, Backspace rejects it, Tab walks annotations and suggestions together,
 * Ctrl+Shift+Enter accepts all above the threshold of the editor's toolbar as one undoable step.
 *
 * <p>Plugs into {@code org.attest.ui}'s editor through its add-on extension point; uses the recommenders of
 * {@code org.attest.suggest.api}, the editing commands of {@code org.attest.edit}, the store, the model and the CAS
 * layer.
 */
package org.attest.ui.suggest;
