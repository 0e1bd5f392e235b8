package org.attest.io.export;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * One document to export: its text, segmentation and annotations, with offsets in UTF-16 units of {@code text}.
 *
 * @param id the document id, used as the base of per-document file names
 * @param metadata the document metadata by key, kept sorted
 * @param text the exact document text
 * @param sentences sentence offsets as {begin, end}
 * @param tokens token offsets as {begin, end}
 * @param spans the span annotations
 * @param relations the relation annotations, whose {@code from}/{@code to} index into {@code spans}
 */
public record ExportDocument(String id, Map<String, String> metadata, String text, List<int[]> sentences,
        List<int[]> tokens, List<ExportSpan> spans, List<ExportRelation> relations) {

    /** Checks the components and makes the collections unmodifiable copies, the metadata sorted by key. */
    public ExportDocument {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        metadata = Collections.unmodifiableMap(new TreeMap<>(metadata));
        sentences = List.copyOf(sentences);
        tokens = List.copyOf(tokens);
        spans = List.copyOf(spans);
        relations = List.copyOf(relations);
    }
}
