/**
 * The workbench's Export wizard over {@code org.attest.export}.
 *
 * <p>Uses the workbench ({@code org.attest.ui}), the export workflow and the store.
 */
package org.attest.ui.export;
