/** Attest's headless core services; no SWT, JFace or workbench types. */
package org.attest.core;
