package org.attest.cli.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Annotated token files imported as an annotator's work come back from the CoNLL export token for token. */
class TokenImportCommandTest {

    private static final String SOURCE = """
            -DOCSTART- -X- -X- O

            EU NNP B-NP B-ORG
            rejects VBZ B-VP O
            German JJ B-NP B-MISC
            call NN I-NP O
            to TO B-VP O
            boycott VB I-VP O
            Euro-style JJ B-NP O
            lamb NN I-NP O
            . . O O

            Peter NNP B-NP B-PER
            Blackburn NNP I-NP I-PER

            -DOCSTART- -X- -X- O

            Zürich NNP B-NP B-LOC
            and CC O O
            Łódź NNP B-NP B-LOC
            sign VBP B-VP O
            São NNP B-NP B-ORG
            Paulo-based NNP I-NP I-ORG
            pact NN I-NP O
            . . O O
            """;

    @TempDir
    Path dir;

    private Path corpus;

    @BeforeEach
    void setUp() {
        corpus = dir.resolve("corpus");
        assertThat(CommandRun.of("init", corpus.toString()).code()).isZero();
    }

    // the documents of a CoNLL file, each as its token lines reduced to token and tag, sorted as the split may shuffle
    private static List<String> documents(String conll, boolean mapLabels) {
        return Arrays.stream(conll.split("-DOCSTART-[^\n]*\n")).map(String::strip).filter(d -> !d.isEmpty())
                .map(d -> Arrays.stream(d.split("\n")).filter(l -> !l.isBlank()).map(l -> {
                    String[] cells = l.split(" ");
                    String tag = cells[cells.length - 1];
                    if (mapLabels) {
                        tag = tag.replace("-PER", "-PERSON").replace("-ORG", "-ORGANIZATION")
                                .replace("-LOC", "-LOCATION").replace("-MISC", "-OTHER");
                    }
                    return cells[0] + " " + tag;
                }).reduce((a, b) -> a + "\n" + b).orElseThrow()).sorted().toList();
    }

    @Test
    void aCoNllFileImportedAsAnAnnotatorsWorkExportsEverySourceTokenAndLabel() throws Exception {
        Path source = Files.writeString(dir.resolve("news.conll"), SOURCE);

        CommandRun imported = CommandRun.of("import", corpus.toString(), source.toString(), "--annotator", "ana");
        CommandRun exported = CommandRun.of("export", corpus.toString(), dir.resolve("out").toString(), "--format",
                "conll", "--from", "ana", "--split", "100");

        assertThat(imported.code()).as(imported.err()).isZero();
        assertThat(imported.out()).contains("added     news-1", "added     news-2", "annotated news-1");
        assertThat(exported.code()).as(exported.err()).isZero();
        String conll = Files.readString(dir.resolve("out/all.conll"));
        assertThat(documents(conll, false)).isEqualTo(documents(SOURCE, true));
        assertThat(conll).contains("Euro-style _ _ O\n", "Paulo-based _ _ I-ORGANIZATION\n");
    }

    @Test
    void attestsHuggingFaceExportImportedIntoAnotherCorpusExportsTheSameCoNll() throws Exception {
        Path source = Files.writeString(dir.resolve("news.conll"), SOURCE);
        Path other = dir.resolve("other");
        assertThat(CommandRun.of("import", corpus.toString(), source.toString(), "--annotator", "ana").code()).isZero();
        assertThat(CommandRun.of("export", corpus.toString(), dir.resolve("hf").toString(), "--format", "hf", "--from",
                "ana", "--split", "100").code()).isZero();
        assertThat(CommandRun.of("export", corpus.toString(), dir.resolve("first").toString(), "--format", "conll",
                "--from", "ana", "--split", "100").code()).isZero();
        assertThat(CommandRun.of("init", other.toString()).code()).isZero();

        CommandRun imported = CommandRun.of("import", other.toString(), dir.resolve("hf/all.jsonl").toString(),
                "--format", "hf-jsonl", "--annotator", "bo");
        CommandRun exported = CommandRun.of("export", other.toString(), dir.resolve("second").toString(), "--format",
                "conll", "--from", "bo", "--split", "100");

        assertThat(imported.code()).as(imported.err()).isZero();
        assertThat(imported.out()).contains("added     news-1", "added     news-2");
        assertThat(exported.code()).as(exported.err()).isZero();
        assertThat(documents(Files.readString(dir.resolve("second/all.conll")), false))
                .isEqualTo(documents(Files.readString(dir.resolve("first/all.conll")), false))
                .isEqualTo(documents(SOURCE, true));
    }

    @Test
    void aLabelMapAndTheFormatNameReadACoNllFileWithAnotherExtension() throws Exception {
        Path source = Files.writeString(dir.resolve("train.txt"), SOURCE);

        CommandRun imported = CommandRun.of("import", corpus.toString(), source.toString(), "--annotator", "ana",
                "--format", "conll2003", "--label-map", "LOC=GPE,MISC=EVENT");
        CommandRun exported = CommandRun.of("export", corpus.toString(), dir.resolve("out").toString(), "--format",
                "conll", "--from", "ana", "--split", "100");

        assertThat(imported.code()).as(imported.err()).isZero();
        assertThat(exported.code()).as(exported.err()).isZero();
        assertThat(dir.resolve("out/all.conll")).content().contains("Zürich _ _ B-GPE\n", "German _ _ B-EVENT\n",
                "Peter _ _ B-PERSON\n");
    }

    @Test
    void anUnknownLabelRefusesTheImportSayingHowToMapOrLeaveItOut() throws Exception {
        Path source = Files.writeString(dir.resolve("onto.conll"), "Three CD B-NP B-ORDINAL\nmen NNS I-NP O\n");

        CommandRun refused = CommandRun.of("import", corpus.toString(), source.toString(), "--annotator", "ana");
        CommandRun ignored = CommandRun.of("import", corpus.toString(), source.toString(), "--annotator", "ana",
                "--ignore-unknown-types");

        assertThat(refused.code()).isNotZero();
        assertThat(refused.err()).contains("onto.conll:1: the entity label \"ORDINAL\" has no place")
                .contains("--label-map").contains("--ignore-unknown-types");
        assertThat(ignored.code()).as(ignored.err()).isZero();
        assertThat(ignored.out()).contains("left out  1 annotation(s) of type ORDINAL");
    }

    @Test
    void anUnknownFormatNameIsRefusedListingTheFormats() throws Exception {
        Path source = Files.writeString(dir.resolve("news.conll"), SOURCE);

        CommandRun refused = CommandRun.of("import", corpus.toString(), source.toString(), "--format", "conll2002");

        assertThat(refused.code()).isNotZero();
        assertThat(refused.err()).contains("conll2002").contains("conll2003, conllu, hf-jsonl");
    }
}
