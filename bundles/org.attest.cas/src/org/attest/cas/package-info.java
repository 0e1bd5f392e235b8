/** Attest's headless cas services; no SWT, JFace or workbench types. */
package org.attest.cas;
