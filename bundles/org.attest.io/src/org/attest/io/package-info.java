/** Attest's headless io services; no SWT, JFace or workbench types. */
package org.attest.io;
