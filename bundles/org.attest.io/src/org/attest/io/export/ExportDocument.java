package org.attest.io.export;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * One document as it is exported: text, segmentation and annotations, independent of any CAS.
 *
 * @param id the document id
 * @param metadata metadata by key (title, outlet, language, originalLanguage, date and extra keys), sorted by key
 * @param text the document text; offsets refer to it
 * @param sentences sentence offsets as {@code {begin, end}} in text order
 * @param tokens token offsets as {@code {begin, end}} in text order
 * @param spans span annotations; relations and span links refer to them by index
 * @param relations relation annotations between spans
 * @param chains the attribution chains of the claims among the spans, claim by claim, one per path; empty when none
 *     were worked out
 */
public record ExportDocument(String id, Map<String, String> metadata, String text, List<int[]> sentences,
        List<int[]> tokens,
        List<ExportSpan> spans, List<ExportRelation> relations, List<ExportChain> chains) {

    /** Checks the components and copies the collections, sorting the metadata by key. */
    public ExportDocument {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        metadata = Collections.unmodifiableMap(new TreeMap<>(metadata));
        sentences = List.copyOf(sentences);
        tokens = List.copyOf(tokens);
        spans = List.copyOf(spans);
        relations = List.copyOf(relations);
        chains = List.copyOf(chains);
    }

    /** Creates a document whose attribution chains were not worked out. */
    public ExportDocument(String id, Map<String, String> metadata, String text, List<int[]> sentences,
            List<int[]> tokens, List<ExportSpan> spans, List<ExportRelation> relations) {
        this(id, metadata, text, sentences, tokens, spans, relations, List.of());
    }

    /** Returns the document with {@code chains} as its attribution chains. */
    public ExportDocument withChains(List<ExportChain> chains) {
        return new ExportDocument(id, metadata, text, sentences, tokens, spans, relations, chains);
    }
}
