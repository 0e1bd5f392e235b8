package org.attest.cli.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.attest.cli.Cli;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportCommandTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private Cli sut;

    @TempDir
    Path dir;

    private Path corpus;

    @BeforeEach
    void setUp() throws Exception {
        corpus = DemoCorpus.create(dir.resolve("c"));
        sut = new Cli(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void exportPrintsFilesCountsLeftOutAndThroughput() {
        int code = sut.run("export", corpus.toString(), "--format", "conll", "--from", "anna", "--split", "80/10/10",
                "--seed", "7",
                dir.resolve("out").toString());

        assertThat(code).as(err.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(out()).contains("Exported conll from anna").contains("train.conll").contains("manifest.json")
                .contains("Entity/").contains("Left out").contains("layer Claim is not in format conll")
                .contains("MB/s");
        assertThat(dir.resolve("out/train.conll")).exists();
        assertThat(dir.resolve("out/test.conll")).exists();
    }

    @Test
    void goldIsExportedByDefaultForTheCuratedDocumentsAndTheOthersAreNamed() {
        int code = sut.run("export", corpus.toString(), "--format", "jsonl", dir.resolve("out").toString());

        assertThat(code).as(err.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(out()).contains("Exported jsonl from gold")
                .contains("Not exported: 1 document(s), such as harbour-flood-c (its gold is still in curation)");
        assertThat(dir.resolve("out/manifest.json")).content().contains("\"source\" : \"gold\"")
                .contains("harbour-flood-c");
    }

    @Test
    void anUnknownFormatNamesTheKnownOnes() {
        int code = sut.run("export", corpus.toString(), "--format", "csv", "--from", "anna",
                dir.resolve("out").toString());

        assertThat(code).isEqualTo(Cli.FAILED);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("csv")
                .contains("conll, conll-bioes, hf, spacy, jsonl");
    }

    @Test
    void aSecondExportIsByteIdenticalAndTheManifestHashesMatchTheFiles() throws Exception {
        for (String format : new String[]{"conll", "conll-bioes", "hf", "spacy", "jsonl"}) {
            Path first = dir.resolve(format + "-1");
            Path second = dir.resolve(format + "-2");
            assertThat(sut.run("export", corpus.toString(), "--format", format, "--from", "ben", first.toString()))
                    .isZero();
            assertThat(sut.run("export", corpus.toString(), "--format", format, "--from", "ben", second.toString()))
                    .isZero();

            try (var files = Files.list(first)) {
                for (Path file : files.toList()) {
                    assertThat(Files.readAllBytes(second.resolve(file.getFileName())))
                            .as(format + " " + file.getFileName())
                            .isEqualTo(Files.readAllBytes(file));
                }
            }
            String manifest = Files.readString(first.resolve("manifest.json"));
            Matcher m = Pattern
                    .compile("\"path\" : \"([^\"]+)\",\\s*\"sha256\" : \"([0-9a-f]+)\",\\s*\"size\" : (\\d+)")
                    .matcher(manifest);
            int found = 0;
            while (m.find()) {
                byte[] bytes = Files.readAllBytes(first.resolve(m.group(1)));
                assertThat(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes))).as(m.group(1))
                        .isEqualTo(m.group(2));
                assertThat((long) bytes.length).isEqualTo(Long.parseLong(m.group(3)));
                found++;
            }
            assertThat(found).as(manifest).isGreaterThanOrEqualTo(3);
        }
    }

    @Test
    void aSecondExportSaysOnStandardErrorThatItTookTheUnchangedCasesFromTheCache() {
        assertThat(sut.run("export", corpus.toString(), "--format", "jsonl", "--from", "ben",
                dir.resolve("first").toString())).isZero();
        assertThat(err.toString(StandardCharsets.UTF_8))
                .containsPattern("export: read [1-9]\\d* CAS file\\(s\\), 0 unchanged one\\(s\\) from the cache");
        err.reset();

        assertThat(sut.run("export", corpus.toString(), "--format", "jsonl", "--from", "ben",
                dir.resolve("second").toString())).isZero();

        assertThat(err.toString(StandardCharsets.UTF_8))
                .containsPattern("export: read 0 CAS file\\(s\\), [1-9]\\d* unchanged one\\(s\\) from the cache")
                .doesNotContain("train:");
        assertThat(out()).doesNotContain("export: read");
    }
}
