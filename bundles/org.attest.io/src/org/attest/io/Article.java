package org.attest.io;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.attest.cas.Segmentation;

/**
 * One article read from a file: its exact text, its metadata and any annotations it came with.
 *
 * @param sourceName the file name, or {@code file.jsonl:LINE} for an article from a JSON Lines file
 * @param text the article text exactly as in the file (only a byte order mark is removed); offsets refer to it
 * @param metadata the metadata found beside or inside the file, never {@code null}
 * @param spans span annotations in index order; empty for plain text
 * @param relations relation annotations whose {@code from}/{@code to} index into {@code spans}; empty for plain text
 * @param unknownTypes annotation types the file holds that Attest cannot map, by type name with their count
 * @param segmentation the sentences and tokens the file fixed, or {@code null} when it has none (the text is then
 *     segmented on import)
 */
public record Article(String sourceName, String text, ArticleMetadata metadata, List<SpanRecord> spans,
        List<RelationRecord> relations, Map<String, Integer> unknownTypes, Segmentation segmentation) {

    /** Checks the components and makes the collections unmodifiable copies, keeping their order. */
    public Article {
        Objects.requireNonNull(sourceName, "sourceName");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(metadata, "metadata");
        spans = List.copyOf(spans);
        relations = List.copyOf(relations);
        unknownTypes = Collections.unmodifiableMap(new LinkedHashMap<>(unknownTypes));
        if (segmentation != null) {
            segmentation.checkWithin(text.length());
        }
    }

    /** Creates an article whose file fixed no sentences or tokens. */
    public Article(String sourceName, String text, ArticleMetadata metadata, List<SpanRecord> spans,
            List<RelationRecord> relations, Map<String, Integer> unknownTypes) {
        this(sourceName, text, metadata, spans, relations, unknownTypes, null);
    }

    /** Returns the sentences and tokens the file fixed, if it fixed any. */
    public Optional<Segmentation> sourceSegmentation() {
        return Optional.ofNullable(segmentation);
    }

    /** Returns an article without annotations, as read from plain text. */
    public static Article plain(String sourceName, String text, ArticleMetadata metadata) {
        return new Article(sourceName, text, metadata, List.of(), List.of(), Map.of());
    }
}
