/**
 * The workbench side of team work: File > Clone Corpus..., the Team menu (Synchronize, Share Corpus...), the team state
 * in the status bar, the Team preferences and credentials kept in Eclipse secure storage. The work itself is done by
 * the headless {@code org.attest.sync}.
 */
package org.attest.ui.sync;
