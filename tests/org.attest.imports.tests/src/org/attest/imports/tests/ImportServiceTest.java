package org.attest.imports.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.attest.cas.Layers;
import org.attest.core.info.CorpusInfo;
import org.attest.core.info.CorpusSummary;
import org.attest.imports.ImportReport;
import org.attest.imports.ImportService;
import org.attest.io.ImportException;
import org.attest.io.ImportOptions;
import org.attest.model.Document;
import org.attest.model.DocumentState;
import org.attest.store.CorpusStore;
import org.attest.store.Hashes;
import org.attest.testing.CorpusFolder;
import org.attest.testing.Samples;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportServiceTest {

    @TempDir
    Path tmp;

    private Path dir;

    @BeforeEach
    void createCorpus() throws Exception {
        dir = tmp.resolve("corpus");
        CorpusStore.init(dir, "test", "test").close();
    }

    private ImportReport importFiles(String annotator, Path... files) throws Exception {
        try (CorpusStore store = CorpusStore.open(dir, CorpusStore.Mode.WRITE, "test")) {
            return new ImportService(store)
                    .run(new ImportService.Request(List.of(files), ImportOptions.defaults(), annotator,
                            DocumentState.FINISHED), m -> {
                            });
        }
    }

    private static byte[] withoutBom(byte[] bytes) {
        if (bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF) {
            return Arrays.copyOfRange(bytes, 3, bytes.length);
        }
        return bytes;
    }

    @Test
    void bothRealSampleArticlesImportWithTheirTextByteIdenticalAndHashed() throws Exception {
        List<Path> samples;
        try (var files = Files.list(Samples.shared())) {
            samples = files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }

        ImportReport report = importFiles(null, samples.toArray(Path[]::new));

        assertThat(report.added()).hasSize(2);
        try (CorpusStore sut = CorpusStore.open(dir, CorpusStore.Mode.READ, "test")) {
            for (Path sample : samples) {
                byte[] expected = withoutBom(Files.readAllBytes(sample));
                Document d = sut.corpus().getDocuments().stream()
                        .filter(x -> sample.getFileName().toString().equals(x.getSourceFileName()))
                        .findFirst().orElseThrow();
                assertThat(Files.readAllBytes(sut.layout().text(d.getId()))).isEqualTo(expected);
                assertThat(d.getTextSha256()).isEqualTo(Hashes.sha256(expected));
                assertThat(sut.readText(d)).isEqualTo(new String(expected, StandardCharsets.UTF_8));
                assertThat(sut.readCas(d, "anyone").getDocumentText())
                        .isEqualTo(new String(expected, StandardCharsets.UTF_8));
            }
            assertThat(sut.corpus().getDocuments())
                    .anySatisfy(d -> assertThat(d.getPublicationDate()).isEqualTo("2023-09-21"));
        }
    }

    @Test
    void importingTheSameTextTwiceKeepsOneDocumentAndReportsIt() throws Exception {
        Path a = Samples.project().resolve("harbour-flood-a.txt");
        importFiles(null, a);
        Map<String, String> before = CorpusFolder.snapshot(dir);
        Path copy = Files.copy(a, tmp.resolve("renamed-copy.txt"));

        ImportReport again = importFiles(null, a, copy);

        assertThat(again.added()).isEmpty();
        assertThat(again.duplicates()).hasSize(2)
                .allSatisfy(d -> assertThat(d.existingId()).isEqualTo("harbour-flood-a"));
        assertThat(CorpusFolder.snapshot(dir).keySet()).isEqualTo(before.keySet());
    }

    @Test
    void theProjectSamplesImportWithSidecarAndMetadataLines() throws Exception {
        importFiles(null, Samples.project());

        try (CorpusStore sut = CorpusStore.open(dir, CorpusStore.Mode.READ, "test")) {
            Document b = sut.document("harbour-flood-b").orElseThrow();
            assertThat(b.getOutlet()).isEqualTo("Lindor Evening Post");
            assertThat(b.getTitle()).isEqualTo("At least 25 dead as Lieva floods Port Vesna");
            Document a = sut.document("harbour-flood-a").orElseThrow();
            assertThat(a.getPublicationDate()).isEqualTo("2026-03-14");
            assertThat(sut.readText(a)).startsWith("date 2026-03-14\n").endsWith("pv-0314\n");
            assertThat(a.getMetadata()).anySatisfy(m -> assertThat(m.getValue()).isEqualTo("pv-0314"));
        }
    }

    @Test
    void aBadFileAmongGoodOnesLeavesTheCorpusExactlyAsItWas() throws Exception {
        importFiles(null, Samples.project().resolve("harbour-flood-c.txt"));
        Map<String, String> before = CorpusFolder.snapshot(dir);
        Path inputs = Files.createDirectories(tmp.resolve("inputs"));
        Files.copy(Samples.project().resolve("harbour-flood-a.txt"), inputs.resolve("a.txt"));
        Files.write(inputs.resolve("b.txt"), new byte[]{'o', 'k', (byte) 0xC3, (byte) 0x28, 'x'});

        assertThatThrownBy(() -> importFiles(null, inputs)).isInstanceOf(ImportException.class)
                .hasMessageContaining("b.txt");

        assertThat(CorpusFolder.snapshot(dir)).isEqualTo(before);
    }

    @Test
    void annotationsInTheFilesNeedAnAnnotatorAndGoIntoThatAnnotatorsSet() throws Exception {
        Path jsonl = tmp.resolve("one.jsonl");
        Files.writeString(jsonl,
                "{\"id\":\"x1\",\"title\":\"T\",\"text\":\"Mayor Ana Kovačić said 40 people are missing.\"}\n");
        ImportReport plain = importFiles(null, jsonl);
        assertThat(plain.added()).extracting(ImportReport.Added::id).containsExactly("x1");

        try (CorpusStore sut = CorpusStore.open(dir, CorpusStore.Mode.READ, "test")) {
            Document d = sut.document("x1").orElseThrow();
            assertThat(sut.hasCas(d, "kari")).isFalse();
            assertThat(new Layers(sut.readCas(d, "kari"), sut.corpus().getSchema()).spans("Entity")).isEmpty();
        }
    }

    @Test
    void infoCountsDocumentsAndStates() throws Exception {
        importFiles(null, Samples.project());

        try (CorpusStore store = CorpusStore.open(dir, CorpusStore.Mode.READ, "test")) {
            CorpusSummary sut = new CorpusInfo(store).summarise();
            assertThat(sut.documents()).extracting(CorpusSummary.DocumentRow::id)
                    .containsExactly("harbour-flood-a", "harbour-flood-b", "harbour-flood-c");
            assertThat(sut.annotators()).isEmpty();
        }
    }

    @Test
    void aMissingInputIsReportedByName() {
        List<Path> none = new ArrayList<>(List.of(tmp.resolve("nowhere.txt")));

        assertThatThrownBy(() -> importFiles(null, none.toArray(Path[]::new))).hasMessageContaining("nowhere.txt");
    }
}
