package org.attest.cli.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.attest.cli.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Drives init, import, info, annotators, schema and validate as a user would, through the command line. */
class CorpusCommandsTest {

    @TempDir
    Path tmp;

    private String out;
    private String err;

    private int attest(String... args) {
        CommandRun run = CommandRun.of(args);
        out = run.out();
        err = run.err();
        return run.code();
    }

    private static Path projectSamples() {
        return DemoCorpus.samples();
    }

    @Test
    void initImportInfoAndValidateWorkEndToEnd() {
        String c = tmp.resolve("c").toString();

        assertThat(attest("init", c)).isZero();
        assertThat(out).contains("Created corpus 'c'");

        assertThat(attest("import", c, projectSamples().toString())).as(err).isZero();
        assertThat(out).contains("added     harbour-flood-a").contains("3 article(s) read: 3 added");

        assertThat(attest("import", c, projectSamples().resolve("harbour-flood-a.txt").toString())).isZero();
        assertThat(out).contains("unchanged harbour-flood-a").contains("1 already in the corpus");

        assertThat(attest("annotators", c, "add", "kari")).isZero();
        assertThat(attest("info", c)).isZero();
        assertThat(out).contains("3 document(s), 1 annotator(s): kari").contains("Lindor Evening Post")
                .contains("kari=new");

        assertThat(attest("schema", c)).isZero();
        assertThat(out).contains("Attribution (relation Claim -> Source").contains("PERSON [p]");

        assertThat(attest("validate", c)).isZero();
        assertThat(out).contains("OK: 3 document(s) checked");
    }

    @Test
    void validateExitsWithOneAndNamesTheFileWhenATextWasTamperedWith() throws Exception {
        Path c = tmp.resolve("c");
        attest("init", c.toString());
        attest("import", c.toString(), projectSamples().resolve("harbour-flood-c.txt").toString());
        Path text = c.resolve("documents/harbour-flood-c/text.txt");
        Files.writeString(text, Files.readString(text) + "tampered");
        Files.createDirectories(c.resolve("documents/stray"));

        int code = attest("validate", c.toString());

        assertThat(code).isEqualTo(Cli.PROBLEMS);
        assertThat(out).contains(text.toString()).contains("changed after import").contains("stray")
                .contains("2 problem(s)");
    }

    @Test
    void aFailedImportNamesTheFileAndImportsNothing() throws Exception {
        Path c = tmp.resolve("c");
        attest("init", c.toString());
        Path bad = Files.write(tmp.resolve("binary.txt"), new byte[]{'a', 0, 'b', 0});

        int code = attest("import", c.toString(), projectSamples().toString(), bad.toString());

        assertThat(code).isEqualTo(Cli.FAILED);
        assertThat(err).contains("binary.txt").doesNotContain("\tat ");
        try (Stream<Path> docs = Files.list(c.resolve("documents"))) {
            assertThat(docs).isEmpty();
        }
    }

    @Test
    void infoListsEachDocumentInColumnsUnderTheHeaderWithLongValuesCut() throws Exception {
        String c = tmp.resolve("c").toString();
        assertThat(attest("init", c)).isZero();
        Path texts = Files.createDirectories(tmp.resolve("texts"));
        Files.writeString(texts.resolve("a-document-id-longer-than-its-column.txt"), "Rain fell.\n");
        assertThat(attest("import", c, texts.toString())).as(err).isZero();
        assertThat(attest("annotators", c, "add", "kari")).isZero();

        assertThat(attest("info", c)).isZero();

        // the columns as printf("%-28s %-34s %-22s %-10s %7d %s") lays them out
        assertThat(out.lines()).contains(
                String.format("%-28s %-34s %-22s %-10s %7s  %s", "DOCUMENT", "TITLE", "OUTLET", "DATE", "CHARS",
                        "STATES"),
                String.format("%-28s %-34s %-22s %-10s %7d  %s", "a-document-id-longer-than-i…", "Rain fell.", "-", "-",
                        11,
                        "kari=new"));
    }

    @Test
    void infoOnAFolderWithoutACorpusSaysHowToCreateOne() {
        assertThat(attest("info", tmp.resolve("nothing-here").toString())).isEqualTo(Cli.FAILED);
        assertThat(err).contains("is not an Attest corpus").contains("attest init");
    }
}
