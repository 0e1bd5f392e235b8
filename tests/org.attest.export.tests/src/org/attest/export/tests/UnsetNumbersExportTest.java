package org.attest.export.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attest.testing.ClaimsCorpus.claim;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.attest.export.ExportRequest;
import org.attest.export.ExportService;
import org.attest.testing.ClaimsCorpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A claim without a value exports without one in every format, unlike a claim whose value is 0. */
class UnsetNumbersExportTest {

    private static final String TEXT = "No one died, the mayor said, and the number of missing people is unknown.";

    @TempDir
    Path tmp;

    private String export(String format) throws Exception {
        Path out = tmp.resolve("out-" + format);
        try (ClaimsCorpus corpus = ClaimsCorpus.create(tmp.resolve("corpus-" + format))) {
            corpus.document("flood", "2024-05-03", TEXT, "kari",
                    claim("No one died", "type", "statistic", "value", 0, "cluster", "killed"),
                    claim("the number of missing people is unknown", "type", "statistic", "cluster", "missing"));
            new ExportService(corpus.store()).export(new ExportRequest(format, "kari", List.of(100), 1, out), m -> {
            });
        }
        try (Stream<Path> files = Files.walk(out)) {
            return files.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().equals("manifest.json"))
                    .map(UnsetNumbersExportTest::read).collect(Collectors.joining("\n"));
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void thatJsonLinesHasNoValueKeyForTheClaimWithoutOne() throws Exception {
        String jsonl = export("jsonl");

        assertThat(jsonl).contains("\"value\":0.0");
        assertThat(jsonl.split("\"value\"", -1)).as("one value key, the zero's").hasSize(2);
    }

    @Test
    void thatBratWritesAValueAttributeOnlyForTheZero() throws Exception {
        List<String> values = export("brat").lines().filter(l -> l.startsWith("A") && l.contains("\tvalue ")).toList();

        assertThat(values).singleElement().asString().endsWith(" 0");
    }

    @Test
    void thatXmiSpellsTheUnsetNumberNaNAndTheZeroZero() throws Exception {
        String xmi = export("xmi");

        assertThat(xmi).contains("value=\"0.0\"").contains("value=\"NaN\"");
    }

    @Test
    void thatTheTokenFormatsWriteNoNumberOfTheClaimsAtAll() throws Exception {
        for (String format : List.of("conll", "hf", "spacy")) {
            assertThat(export(format)).as(format).doesNotContain("0.0");
        }
    }
}
