/**
 * The Registry view of the Annotate perspective: the corpus's entities found by any spelling, their mentions across
 * the corpus with the suspect links of {@link org.attest.registry.WrongLinks}, duplicate suggestions, and merge, split
 * and relink through the headless services of {@link org.attest.registry}, saved at once; merge and relink are
 * undoable. It may use the registry, the editing commands, the store, the model and the workbench's editor.
 */
package org.attest.ui.registry;
