package org.attest.core.export;

import java.util.List;

import org.attest.io.export.ExportSpan;
import org.attest.io.export.ExportRelation;

/**
 * What the export takes from one CAS file: segmentation and annotations, without the text and metadata the corpus
 * model and the text file give.
 *
 * @param sentences sentence offsets as {@code {begin, end}} in text order
 * @param tokens token offsets as {@code {begin, end}} in text order
 * @param spans span annotations in export order
 * @param relations relation annotations in export order
 */
record Converted(List<int[]> sentences, List<int[]> tokens, List<ExportSpan> spans, List<ExportRelation> relations) {
}
