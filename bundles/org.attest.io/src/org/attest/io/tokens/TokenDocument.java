package org.attest.io.tokens;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.attest.cas.Segmentation;
import org.attest.io.Article;
import org.attest.io.ArticleMetadata;
import org.attest.io.ImportException;
import org.attest.io.SpanRecord;

/**
 * One document of a token format being read: its text rebuilt from the tokens (one space after a token unless the
 * source says none, a line break between sentences), its sentences and tokens, and its entity spans made from the
 * tags, IOB1, IOB2 and BIOES (or BILOU) alike.
 */
final class TokenDocument {

    private static final String PREFIXES = "BIESLU";
    // prefixes that start a chunk even after a chunk of the same label
    private static final String STARTS = "BSU";
    // prefixes that end the chunk at their token
    private static final String ENDS = "ESLU";

    private final EntityLabels labels;
    private final StringBuilder text = new StringBuilder();
    private final List<Segmentation.Span> sentences = new ArrayList<>();
    private final List<Segmentation.Span> tokens = new ArrayList<>();
    private final List<SpanRecord> spans = new ArrayList<>();
    private final Map<String, Integer> unknown = new TreeMap<>();
    private int sentenceBegin = -1;
    private boolean spaceAfterLast;
    private String chunk;
    private int chunkBegin;
    private int chunkEnd;
    private String chunkWhere;

    /** Starts an empty document whose tags become labels through {@code labels}. */
    TokenDocument(EntityLabels labels) {
        this.labels = labels;
    }

    /**
     * Adds a token to the current sentence (starting one if none is open) with its entity tag ({@code O} or
     * {@code _} for none) and whether a space follows it; {@code where} names the file and line for messages.
     */
    void token(String form, String tag, boolean spaceAfter, String where) throws ImportException {
        if (form.isEmpty()) {
            throw new ImportException(where + ": an empty token; every token has at least one character");
        }
        if (sentenceBegin < 0) {
            if (!tokens.isEmpty()) {
                text.append('\n');
            }
            sentenceBegin = text.length();
        } else if (spaceAfterLast) {
            text.append(' ');
        }
        int begin = text.length();
        text.append(form);
        tokens.add(new Segmentation.Span(begin, text.length()));
        spaceAfterLast = spaceAfter;
        tag(tag, begin, text.length(), where);
    }

    private void tag(String tag, int begin, int end, String where) throws ImportException {
        if ("O".equals(tag) || "_".equals(tag)) {
            close();
            return;
        }
        char prefix = 0;
        String label = tag;
        if (tag.length() >= 2 && (tag.charAt(1) == '-' || tag.charAt(1) == '_')
                && PREFIXES.indexOf(tag.charAt(0)) >= 0) {
            prefix = tag.charAt(0);
            label = tag.substring(2);
        }
        if (label.isBlank()) {
            throw new ImportException(where + ": the tag \"" + tag + "\" has no label; write O, or a label such as B-"
                    + "PER or I-PER");
        }
        // a tag without prefix (the IO scheme) continues a chunk of its label like I-
        if (chunk == null || STARTS.indexOf(prefix) >= 0 && prefix != 0 || !label.equals(chunk)) {
            close();
            chunk = label;
            chunkBegin = begin;
            chunkWhere = where;
        }
        chunkEnd = end;
        if (prefix != 0 && ENDS.indexOf(prefix) >= 0) {
            close();
        }
    }

    private void close() {
        if (chunk != null) {
            SpanRecord span = labels.span(chunk, chunkBegin, chunkEnd, chunkWhere, unknown);
            if (span != null) {
                spans.add(span);
            }
            chunk = null;
        }
    }

    /** Ends the open sentence, if any; an entity never runs on into the next sentence. */
    void endSentence() {
        close();
        if (sentenceBegin >= 0) {
            sentences.add(new Segmentation.Span(sentenceBegin, text.length()));
            sentenceBegin = -1;
        }
    }

    /** Returns whether the document has no token yet. */
    boolean isEmpty() {
        return tokens.isEmpty();
    }

    /** Returns the metadata of a document of a token format: its id, and nothing the format does not hold. */
    static ArticleMetadata metadata(String id) {
        return new ArticleMetadata(id, null, null, null, null, null, Map.of());
    }

    /** Ends the open sentence and returns the document as an article with the source's segmentation. */
    Article article(String sourceName, ArticleMetadata metadata) {
        endSentence();
        return new Article(sourceName, text.toString(), metadata, spans, List.of(), unknown,
                new Segmentation(sentences, tokens));
    }
}
