package org.attest.cli.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.attest.cli.AttestVersion;
import org.attest.cli.Cli;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private Cli sut;

    @BeforeEach
    void setUp() {
        sut = new Cli(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void helpListsTheSubCommandsAndExitsZero() {
        int code = sut.run("--help");

        assertThat(code).isZero();
        assertThat(out()).contains("Usage: attest").contains("demo").contains("--version");
    }

    @Test
    void noArgumentsPrintsTheUsage() {
        assertThat(sut.run()).isZero();
        assertThat(out()).contains("Usage: attest");
    }

    @Test
    void versionIsTheBundleVersionOfTheCommandLine() {
        int code = sut.run("--version");

        assertThat(code).isZero();
        assertThat(AttestVersion.current()).matches("0\\.1\\.0(\\..+)?");
        assertThat(out()).startsWith("Attest " + AttestVersion.current());
    }

    @Test
    void anUnknownCommandIsAUsageErrorNamingIt() {
        int code = sut.run("frobnicate");

        assertThat(code).isEqualTo(Cli.FAILED);
        assertThat(err()).contains("frobnicate");
        assertThat(out()).isEmpty();
    }

    @Test
    void aMissingSampleFolderIsReportedWithoutAStackTrace(@TempDir Path dir) {
        int code = sut.run("demo", "--samples", dir.resolve("nope").toString(), "--corpus",
                dir.resolve("c").toString());

        assertThat(code).isEqualTo(Cli.FAILED);
        assertThat(err()).contains("sample folder").contains("nope").doesNotContain("\tat ");
    }

    @Test
    void demoImportsTheSampleArticlesAndValidatesTheCorpus(@TempDir Path dir) throws Exception {
        Path samples = Files.createDirectories(dir.resolve("samples"));
        Files.writeString(samples.resolve("one.txt"), "date 2026-01-05\nParliament met on Monday.\n");
        Files.writeString(samples.resolve("notes.md"), "not an article");

        int code = sut.run("demo", "--samples", samples.toString(), "--corpus", dir.resolve("c").toString());

        assertThat(code).as(err()).isZero();
        assertThat(out()).contains("added one").contains("1 article(s) imported").contains("3. annotate")
                .contains("anna  one").contains("ben   one").contains("every article marked finished by both")
                .contains("2026-01-05").contains("no problems found").contains("6. agreement")
                .contains("1 article(s) counted")
                .doesNotContain("notes");
        assertThat(dir.resolve("c/documents/one/text.txt")).hasContent("date 2026-01-05\nParliament met on Monday.\n");
    }

    @Test
    void demoOnTheProjectSamplesShowsTheScriptedAnnotatorsDisagreeing(@TempDir Path dir) throws Exception {
        int code = sut.run("demo", "--samples", DemoCorpus.samples().toString(), "--corpus",
                dir.resolve("c").toString());

        assertThat(code).as(err()).isZero();
        assertThat(out()).contains("anna  harbour-flood-a").contains("Entity=").contains("Claim=")
                .contains("Attribution=")
                .contains("3 article(s) counted, annotators anna, ben").contains("lowest: harbour-flood-")
                .contains("first difference at [").containsPattern("- (skipped|extended|relabelled) ")
                .contains("7. merge").containsPattern("harbour-flood-a +merged +[1-9]")
                .contains("8. curate").contains("harbour-flood-c").contains("item(s) waiting in the queue")
                .contains("9. export").contains("conll -> conll: train 1, dev 0, test 1").contains("jsonl -> jsonl")
                .contains("not exported: harbour-flood-c (its gold is still in curation)");
        assertThat(dir.resolve("c-export/conll/train.conll")).content().startsWith("-DOCSTART- -X- -X- O\n\n");
        assertThat(dir.resolve("c-export/jsonl/manifest.json")).content().contains("\"source\" : \"gold\"");
        assertThat(dir.resolve("c/documents/harbour-flood-a/curation.xmi")).content().contains("reviewer=\"rita\"")
                .contains("origin=\"auto-merge\"");
    }
}
