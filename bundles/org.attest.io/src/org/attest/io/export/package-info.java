/**
 * Export of documents to training-data and interchange formats: {@link org.attest.io.export.ExportDocument}s, free of
 * any CAS, written by an {@link org.attest.io.export.ExportFormat} into files whose bytes depend only on the input,
 * with
 * an {@link org.attest.io.export.ExportReport} of what was written and what was left out.
 */
package org.attest.io.export;
