/**
 * The annotation editor: the text with its spans and relations, keyboard and mouse annotation through the editing
 * commands of {@code org.attest.edit}, and its undo history in the workbench.
 *
 * <p>Part of {@code org.attest.ui}, the workbench's base; it uses the headless bundles below it.
 */
package org.attest.ui.editor;
