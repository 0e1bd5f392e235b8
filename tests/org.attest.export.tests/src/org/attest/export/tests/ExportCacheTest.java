package org.attest.export.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.apache.uima.cas.CAS;
import org.apache.uima.cas.text.AnnotationFS;
import org.attest.cas.Layers;
import org.attest.demo.ScriptedAnnotator;
import org.attest.demo.ScriptedAnnotator.Personality;
import org.attest.export.ExportRequest;
import org.attest.export.ExportResult;
import org.attest.export.ExportService;
import org.attest.model.Document;
import org.attest.store.CorpusException;
import org.attest.store.CorpusStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What an export keeps in {@code .attest/cache}: never a stale value, never needed, and a failed export changes
 * nothing.
 */
class ExportCacheTest {

    @TempDir
    Path tmp;

    private Path corpus;
    private Path cache;
    private final List<String> progress = new ArrayList<>();

    @BeforeEach
    void setUp() throws Exception {
        corpus = ExportServiceTest.corpus(tmp);
        cache = corpus.resolve(".attest/cache");
    }

    private ExportResult export(String from, Path out) throws CorpusException {
        progress.clear();
        try (CorpusStore store = CorpusStore.open(corpus, CorpusStore.Mode.READ, "test")) {
            return new ExportService(store).export(new ExportRequest("jsonl", from, List.of(80, 10, 10), 1, out),
                    progress::add);
        }
    }

    @Test
    void aSecondExportReadsNoCasFileAndWritesTheSameBytes() throws Exception {
        export("anna", tmp.resolve("first"));
        assertThat(progress).contains("export: read 20 CAS file(s), 0 unchanged one(s) from the cache");

        export("anna", tmp.resolve("second"));

        assertThat(progress).contains("export: read 0 CAS file(s), 20 unchanged one(s) from the cache");
        assertThat(files(tmp.resolve("second"))).isEqualTo(files(tmp.resolve("first")));
    }

    @Test
    void anEditedCasIsReadAgainAndExportsAsWithoutTheCache() throws Exception {
        export("anna", tmp.resolve("before"));
        removeFirstEntity("anna", 3);

        export("anna", tmp.resolve("cached"));
        assertThat(progress).contains("export: read 1 CAS file(s), 19 unchanged one(s) from the cache");
        deleteCache();
        export("anna", tmp.resolve("uncached"));

        assertThat(progress).contains("export: read 20 CAS file(s), 0 unchanged one(s) from the cache");
        assertThat(files(tmp.resolve("cached"))).isEqualTo(files(tmp.resolve("uncached")))
                .isNotEqualTo(files(tmp.resolve("before")));
    }

    @Test
    void aDamagedCacheIsNamedReadAroundAndWrittenAnew() throws Exception {
        export("anna", tmp.resolve("first"));
        Path file = cache.resolve("export-anna.bin");
        byte[] bytes = Files.readAllBytes(file);
        bytes[bytes.length / 2] ^= 0x40;
        Files.write(file, bytes);

        export("anna", tmp.resolve("second"));
        assertThat(progress).anySatisfy(m -> assertThat(m).contains(file + " is damaged"))
                .contains("export: read 20 CAS file(s), 0 unchanged one(s) from the cache");
        export("anna", tmp.resolve("third"));

        assertThat(progress).contains("export: read 0 CAS file(s), 20 unchanged one(s) from the cache");
        assertThat(files(tmp.resolve("second"))).isEqualTo(files(tmp.resolve("first")));
        assertThat(files(tmp.resolve("third"))).isEqualTo(files(tmp.resolve("first")));
    }

    @Test
    void aCasCopiedIntoAnotherDocumentIsRefusedThoughTheCacheKnowsItsBytes() throws Exception {
        export("anna", tmp.resolve("first"));
        Path from;
        Path to;
        try (CorpusStore store = CorpusStore.open(corpus, CorpusStore.Mode.READ, "test")) {
            from = store.layout().cas(store.corpus().getDocuments().get(0).getId(), "anna");
            to = store.layout().cas(store.corpus().getDocuments().get(1).getId(), "anna");
        }
        Files.copy(from, to, StandardCopyOption.REPLACE_EXISTING);

        Throwable thrown = catchThrowable(() -> export("anna", tmp.resolve("second")));

        assertThat(thrown).isInstanceOf(CorpusException.class).hasMessageContaining(to.toString())
                .hasMessageContaining("does not belong to this document");
    }

    @Test
    void theAgreementSummaryIsKeptAndComputedAnewWhenAnAnnotatorsCasChanges() throws Exception {
        try (CorpusStore store = CorpusStore.open(corpus, CorpusStore.Mode.WRITE, "test")) {
            ExportServiceTest.annotate(store,
                    new ScriptedAnnotator(store.corpus().getSchema(), new Personality("ben", 7, 0.15, 0.3, 0.15)));
        }
        export("anna", tmp.resolve("first"));
        assertThat(cache.resolve("export-agreement.json")).isRegularFile();
        export("anna", tmp.resolve("again"));
        assertThat(progress).noneMatch(m -> m.startsWith("agreement: read"));
        String kept = agreement(tmp.resolve("again"));
        removeFirstEntity("ben", 0);
        removeFirstEntity("ben", 5);

        export("anna", tmp.resolve("changed"));
        assertThat(progress).contains("agreement: read 2 CAS file(s), 38 unchanged one(s) from the cache");
        deleteCache();
        export("anna", tmp.resolve("uncached"));

        assertThat(kept).isEqualTo(agreement(tmp.resolve("first")));
        assertThat(agreement(tmp.resolve("changed"))).isEqualTo(agreement(tmp.resolve("uncached"))).isNotEqualTo(kept);
    }

    @Test
    void theFirstExportHandsTheAgreementWhatItReadOfTheExportedCasesAndTheSummaryIsTheSameAsFromEveryFile()
            throws Exception {
        try (CorpusStore store = CorpusStore.open(corpus, CorpusStore.Mode.WRITE, "test")) {
            ExportServiceTest.annotate(store,
                    new ScriptedAnnotator(store.corpus().getSchema(), new Personality("ben", 7, 0.15, 0.3, 0.15)));
        }

        export("anna", tmp.resolve("shared"));
        assertThat(progress).contains("export: read 20 CAS file(s), 0 unchanged one(s) from the cache",
                "agreement: read 20 CAS file(s), 20 unchanged one(s) from the cache");
        // the export's own cache stays, so it reads no CAS and the agreement reads every file itself
        Files.delete(cache.resolve("export-agreement.json"));
        Files.delete(cache.resolve("observations.bin"));
        export("anna", tmp.resolve("separate"));

        assertThat(progress).contains("export: read 0 CAS file(s), 20 unchanged one(s) from the cache",
                "agreement: read 40 CAS file(s), 0 unchanged one(s) from the cache");
        assertThat(agreement(tmp.resolve("shared"))).isEqualTo(agreement(tmp.resolve("separate")))
                .containsPattern("\"documentsCounted\" ?: ?20\\b");
        assertThat(files(tmp.resolve("shared"))).isEqualTo(files(tmp.resolve("separate")));
    }

    @Test
    void aDamagedAgreementSummaryIsNamedAndComputedAnew() throws Exception {
        export("anna", tmp.resolve("first"));
        Path file = cache.resolve("export-agreement.json");
        Files.writeString(file, "{\"version\": 1, \"digest\": ");

        export("anna", tmp.resolve("second"));

        assertThat(progress).anySatisfy(m -> assertThat(m).contains(file + " is damaged"));
        assertThat(agreement(tmp.resolve("second"))).isEqualTo(agreement(tmp.resolve("first")));
        assertThat(Files.readString(file)).startsWith("{").endsWith("}");
    }

    @Test
    void aFailedExportLeavesThePreviousFilesAsTheyWereAndNoStagingFolder() throws Exception {
        Path out = tmp.resolve("out");
        export("anna", out);
        TreeMap<String, String> before = files(out);
        Path broken;
        try (CorpusStore store = CorpusStore.open(corpus, CorpusStore.Mode.READ, "test")) {
            broken = store.layout().cas(store.corpus().getDocuments().get(17).getId(), "anna");
        }
        Files.write(broken, new byte[]{1, 2, 3});

        Throwable thrown = catchThrowable(() -> export("anna", out));

        assertThat(thrown).isInstanceOf(CorpusException.class).hasMessageContaining(broken.toString());
        assertThat(files(out)).isEqualTo(before);
        try (Stream<Path> entries = Files.list(out)) {
            assertThat(entries.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("train.jsonl",
                    "dev.jsonl", "test.jsonl",
                    ExportService.MANIFEST);
        }
    }

    @Test
    void aStagingFolderAnInterruptedExportLeftIsRemovedAndNamed() throws Exception {
        Path out = tmp.resolve("out");
        Path leftover = Files.createDirectories(out.resolve(ExportService.STAGING_PREFIX + "abc123"));
        Files.writeString(leftover.resolve("train.jsonl"), "{\"id\":");

        export("anna", out);

        assertThat(leftover).doesNotExist();
        assertThat(progress).contains("export: removed " + leftover + ", left by an export that did not finish");
        assertThat(Files.readString(out.resolve("train.jsonl"))).startsWith("{").endsWith("}\n");
    }

    private void removeFirstEntity(String annotator, int documentIndex) throws Exception {
        try (CorpusStore store = CorpusStore.open(corpus, CorpusStore.Mode.WRITE, "test")) {
            Document document = store.corpus().getDocuments().get(documentIndex);
            CAS cas = store.readCas(document, annotator);
            AnnotationFS first = new Layers(cas, store.corpus().getSchema()).spans("Entity").get(0);
            cas.removeFsFromIndexes(first);
            store.writeCas(document, annotator, cas);
        }
    }

    private void deleteCache() throws Exception {
        try (Stream<Path> files = Files.list(cache)) {
            for (Path file : files.toList()) {
                Files.delete(file);
            }
        }
    }

    /** Returns each file of {@code dir} by name with its content. */
    private static TreeMap<String, String> files(Path dir) throws Exception {
        TreeMap<String, String> files = new TreeMap<>();
        try (Stream<Path> list = Files.list(dir)) {
            for (Path file : list.toList()) {
                files.put(file.getFileName().toString(), Files.readString(file));
            }
        }
        return files;
    }

    /** Returns the agreement section of the manifest in {@code dir}. */
    private static String agreement(Path dir) throws Exception {
        String manifest = Files.readString(dir.resolve(ExportService.MANIFEST));
        int start = manifest.indexOf("\"agreement\"");
        return manifest.substring(start, manifest.indexOf("\n  },", start));
    }
}
