/**
 * The RCP application: the workbench advisor, its menus and the start-up that opens a corpus.
 *
 * <p>The top floor: it may use every bundle; none uses it.
 */
package org.attest.app;
