package org.attest.cli.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The label map of an import, given to the export, writes the source's label names back. */
class LabelNamesExportCommandTest {

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
            Euro-Mediterranean NNP I-NP B-MISC
            pact NN I-NP O
            . . O O
            """;

    @TempDir
    Path dir;

    private Path corpus;

    @BeforeEach
    void setUp() throws Exception {
        corpus = dir.resolve("corpus");
        assertThat(CommandRun.of("init", corpus.toString()).code()).isZero();
        Path source = Files.writeString(dir.resolve("news.conll"), SOURCE);
        CommandRun imported = CommandRun.of("import", corpus.toString(), source.toString(), "--annotator", "ana");
        assertThat(imported.code()).as(imported.err()).isZero();
    }

    private CommandRun export(String format, String out, String... more) {
        List<String> args = new java.util.ArrayList<>(List.of("export", corpus.toString(),
                dir.resolve(out).toString(), "--format", format, "--from", "ana", "--split", "100"));
        args.addAll(List.of(more));
        return CommandRun.of(args.toArray(String[]::new));
    }

    // the documents of a CoNLL file, each as its lines of token and NER tag exactly as written, sorted by document
    private static List<String> tokenAndLabelColumns(String conll) {
        return Arrays.stream(conll.split("-DOCSTART-[^\n]*\n")).map(String::strip).filter(d -> !d.isEmpty())
                .map(d -> Arrays.stream(d.split("\n")).filter(l -> !l.isBlank()).map(l -> {
                    String[] cells = l.split(" ");
                    return cells[0] + " " + cells[cells.length - 1];
                }).reduce((a, b) -> a + "\n" + b).orElseThrow()).sorted().toList();
    }

    @Test
    void thePresetConll2003WritesEverySourceLabelBackByItsCoNllName() throws Exception {
        CommandRun exported = export("conll", "out", "--label-map", "conll2003");

        assertThat(exported.code()).as(exported.err()).isZero();
        String conll = Files.readString(dir.resolve("out/all.conll"));
        assertThat(tokenAndLabelColumns(conll)).isEqualTo(tokenAndLabelColumns(SOURCE));
        assertThat(conll).contains("German _ _ B-MISC\n").doesNotContain("OTHER");
        assertThat(Files.readString(dir.resolve("out/manifest.json"))).contains("\"OTHER\" : \"MISC\"");
    }

    @Test
    void theSameMapStringAsOnImportWorksBackwardsAndLeavesTheOtherLabelsAsTheSchemaNamesThem() throws Exception {
        CommandRun exported = export("conll", "out", "--label-map", "MISC=OTHER,PER=PERSON");

        assertThat(exported.code()).as(exported.err()).isZero();
        assertThat(dir.resolve("out/all.conll")).content().contains("German _ _ B-MISC\n", "Peter _ _ B-PER\n",
                "Zürich _ _ B-LOCATION\n", "EU _ _ B-ORGANIZATION\n");
    }

    @Test
    void withoutALabelMapTheExportWritesTheSchemasLabels() throws Exception {
        CommandRun exported = export("conll", "out");

        assertThat(exported.code()).as(exported.err()).isZero();
        assertThat(dir.resolve("out/all.conll")).content().contains("German _ _ B-OTHER\n");
        assertThat(dir.resolve("out/manifest.json")).content().doesNotContain("labelNames");
    }

    @Test
    void huggingFaceSpacyAndBratWriteTheMappedNamesToo() throws Exception {
        assertThat(export("hf", "hf", "--label-map", "conll2003").code()).isZero();
        assertThat(export("spacy", "spacy", "--label-map", "conll2003").code()).isZero();
        assertThat(export("brat", "brat", "--label-map", "conll2003").code()).isZero();

        assertThat(dir.resolve("hf/labels.json")).content().contains("\"B-PER\"", "\"I-MISC\"", "\"B-DATE\"")
                .doesNotContain("PERSON");
        assertThat(dir.resolve("spacy/all.jsonl")).content().contains("\"label\":\"MISC\"")
                .doesNotContain("\"label\":\"OTHER\"");
        String ann = Files.readString(dir.resolve("brat/all/news-1.ann"));
        assertThat(ann).contains("\tMISC ", "\tPER ").doesNotContain("Entity-");
        assertThat(dir.resolve("brat/all/annotation.conf")).content().contains("\nPER\n", "\nEntity-DATE\n");
    }

    @Test
    void bratWithTheMapImportsIntoAnotherCorpusAsTheSameLabels() throws Exception {
        Path other = dir.resolve("other");
        assertThat(CommandRun.of("init", other.toString()).code()).isZero();
        assertThat(export("brat", "brat", "--label-map", "conll2003").code()).isZero();
        assertThat(export("spacy", "first").code()).isZero();

        // brat carries no tokens, so the spans are compared by offsets
        CommandRun imported = CommandRun.of("import", other.toString(), dir.resolve("brat/all").toString(),
                "--annotator", "ana");
        CommandRun exported = CommandRun.of("export", other.toString(), dir.resolve("second").toString(), "--format",
                "spacy", "--from", "ana", "--split", "100");

        assertThat(imported.code()).as(imported.err()).isZero();
        assertThat(exported.code()).as(exported.err()).isZero();
        assertThat(dir.resolve("second/all.jsonl")).hasSameTextualContentAs(dir.resolve("first/all.jsonl"));
    }

    @Test
    void aMapTheExportCannotReadBackwardsIsRefusedNamingThePair() {
        CommandRun twoForOne = export("conll", "a", "--label-map", "MISC=OTHER,NORP=OTHER");
        CommandRun wrongWay = export("conll", "b", "--label-map", "PERSON=PER");
        CommandRun xmi = export("xmi", "c", "--label-map", "conll2003");

        assertThat(twoForOne.code()).isNotZero();
        assertThat(twoForOne.err()).contains("both MISC and NORP to OTHER");
        assertThat(wrongWay.code()).isNotZero();
        assertThat(wrongWay.err()).contains("PERSON=PER").contains("not an Entity label of the schema");
        assertThat(xmi.code()).isNotZero();
        assertThat(xmi.err()).contains("format xmi keeps the schema's labels").contains("conll, conll-bioes, hf");
    }
}
