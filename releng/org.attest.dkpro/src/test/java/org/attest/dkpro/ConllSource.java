package org.attest.dkpro;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The CoNLL-2003 source of the round trips: two news documents over several sentences, with hyphenated tokens
 * ("Euro-style", "all-time", "Müller-Wohlfahrt", "2-1"), non-ASCII ones ("Zürich", "Łódź", "São Paulo", "Grêmio") and
 * PER, ORG, LOC and MISC entities in IOB2 tags, in the four columns token, POS, chunk and NER.
 */
final class ConllSource {

    /** The file names of the two documents, in the order of their document ids. */
    static final List<String> FILES = List.of("doc1-markets.conll", "doc2-football.conll");

    private static final List<String> TEXTS = List.of("""
            The DT B-NP O
            Euro-style JJ I-NP B-MISC
            bond NN I-NP O
            market NN I-NP O
            in IN B-PP O
            Zürich NNP B-NP B-LOC
            hit VBD B-VP O
            an DT B-NP O
            all-time JJ I-NP O
            high NN I-NP O
            . . O O

            Anna NNP B-NP B-PER
            Kowalska NNP I-NP I-PER
            of IN B-PP O
            Bank NNP B-NP B-ORG
            Handlowy NNP I-NP I-ORG
            said VBD B-VP O
            so RB B-ADVP O
            in IN B-PP O
            Łódź NNP B-NP B-LOC
            on IN B-PP O
            Monday NNP B-NP O
            . . O O
            """, """
            São NNP B-NP B-ORG
            Paulo NNP I-NP I-ORG
            beat VBD B-VP O
            Grêmio NNP B-NP B-ORG
            2-1 CD I-NP O
            . . O O

            Müller-Wohlfahrt NNP B-NP B-PER
            , , O O
            the DT B-NP O
            Bayern NNP I-NP B-ORG
            doctor NN I-NP O
            , , O O
            flew VBD B-VP O
            to TO B-PP O
            São NNP B-NP B-LOC
            Paulo NNP I-NP I-LOC
            . . O O

            It PRP B-NP O
            was VBD B-VP O
            the DT B-NP O
            Copa NNP I-NP B-MISC
            Libertadores NNP I-NP I-MISC
            's POS B-NP O
            all-time JJ I-NP O
            record NN I-NP O
            . . O O
            """);

    private ConllSource() {
    }

    /** Writes each document as a file of its own (no {@code -DOCSTART-}) into {@code folder}; returns their paths. */
    static List<Path> writeDocuments(Path folder) {
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < FILES.size(); i++) {
            files.add(write(folder.resolve(FILES.get(i)), TEXTS.get(i)));
        }
        return files;
    }

    /**
     * Writes both documents into the one file {@code file}, each after a {@code -DOCSTART-} line, as CoNLL-2003 does.
     */
    static Path writeCorpus(Path file) {
        StringBuilder content = new StringBuilder();
        for (String text : TEXTS) {
            content.append(ConllDocuments.DOCSTART).append(" -X- -X- O\n\n").append(text).append('\n');
        }
        return write(file, content.toString());
    }

    /** Returns the source's documents as {@link ConllDocuments} reads them. */
    static List<ConllDocuments.Document> documents() {
        return TEXTS.stream().map(text -> ConllDocuments.parse(text).get(0)).toList();
    }

    private static Path write(Path file, String content) {
        try {
            Files.createDirectories(file.getParent());
            return Files.writeString(file, content, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("could not write " + file, e);
        }
    }
}
