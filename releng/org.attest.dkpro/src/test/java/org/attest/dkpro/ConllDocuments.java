package org.attest.dkpro;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/** CoNLL-2003 files read as plain columns: documents of sentences of tokens with their NER tags. */
final class ConllDocuments {

    /** The line CoNLL-2003 starts each document with. */
    static final String DOCSTART = "-DOCSTART-";

    /**
     * Attest's default map of the CoNLL labels to the schema's Entity labels, through which the source's tags are
     * compared with Attest's: PER, ORG, LOC and MISC become PERSON, ORGANIZATION, LOCATION and OTHER.
     */
    static final Map<String, String> ATTEST_LABELS = Map.of("PER", "PERSON", "ORG", "ORGANIZATION", "LOC",
            "LOCATION", "MISC", "OTHER");

    private ConllDocuments() {
    }

    /** One token: its text (first column) and NER tag (last column). */
    record Token(String text, String tag) {

        /** Returns the token with its tag's label (PER of B-PER) replaced by {@code relabel}'s answer for it. */
        Token relabel(UnaryOperator<String> relabel) {
            int dash = tag.indexOf('-');
            return dash < 0
                    ? this
                    : new Token(text, tag.substring(0, dash + 1) + relabel.apply(tag.substring(dash + 1)));
        }

        @Override
        public String toString() {
            return "'" + text + "' " + tag;
        }
    }

    /** One document: its sentences, each a list of tokens. */
    record Document(List<List<Token>> sentences) {

        /** Returns the document with every tag's label replaced by {@code relabel}'s answer for it. */
        Document relabel(UnaryOperator<String> relabel) {
            return new Document(sentences.stream().map(s -> s.stream().map(t -> t.relabel(relabel)).toList()).toList());
        }

        /** Returns the document with every tag's label mapped by {@link #ATTEST_LABELS} (B-PER becomes B-PERSON). */
        Document inAttestLabels() {
            return relabel(label -> ATTEST_LABELS.getOrDefault(label, label));
        }
    }

    /** Returns the sentences of each document, as {@link TokenComparison} compares them. */
    static List<List<List<Token>>> sentences(List<Document> documents) {
        return documents.stream().map(Document::sentences).toList();
    }

    /** Reads {@code file} (UTF-8): a document at each {@value #DOCSTART} line, or the whole file when it has none. */
    static List<Document> read(Path file) {
        try {
            return parse(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + file, e);
        }
    }

    /** Parses CoNLL-2003 text into documents; a blank line ends a sentence. */
    static List<Document> parse(String content) {
        List<Document> documents = new ArrayList<>();
        List<List<Token>> sentences = new ArrayList<>();
        List<Token> sentence = new ArrayList<>();
        for (String line : content.split("\n", -1)) {
            String[] columns = line.strip().split(" ");
            if (line.isBlank()) {
                sentence = close(sentences, sentence);
            } else if (columns[0].equals(DOCSTART)) {
                close(sentences, sentence);
                sentence = new ArrayList<>();
                if (!sentences.isEmpty()) {
                    documents.add(new Document(sentences));
                }
                sentences = new ArrayList<>();
            } else {
                sentence.add(new Token(columns[0], columns[columns.length - 1]));
            }
        }
        close(sentences, sentence);
        if (!sentences.isEmpty()) {
            documents.add(new Document(sentences));
        }
        return documents;
    }

    private static List<Token> close(List<List<Token>> sentences, List<Token> sentence) {
        if (!sentence.isEmpty()) {
            sentences.add(List.copyOf(sentence));
        }
        return new ArrayList<>();
    }

    /** Returns the blocks of {@code content} between its {@value #DOCSTART} lines, without those lines. */
    static List<String> split(String content) {
        List<String> blocks = new ArrayList<>();
        StringBuilder block = null;
        for (String line : content.split("\n", -1)) {
            if (line.startsWith(DOCSTART + " ")) {
                if (block != null) {
                    blocks.add(block.toString());
                }
                block = new StringBuilder();
            } else if (block != null) {
                block.append(line).append('\n');
            }
        }
        if (block != null) {
            blocks.add(block.toString());
        }
        return blocks;
    }
}
