/**
 * Attest's headless import readers: plain text (with sidecar metadata), JSON Lines and UIMA XMI, each validating a file
 * completely and either returning it intact as {@link org.attest.io.Article}s or refusing it with an
 * {@link org.attest.io.ImportException} that names the file, the position, the problem and the fix; no SWT, JFace or
 * workbench types, and no OSGi API, so the bundle also works as a plain jar.
 */
package org.attest.io;
