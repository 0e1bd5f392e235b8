package org.attest.export.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.attest.demo.ScriptedAnnotator;
import org.attest.demo.ScriptedAnnotator.Personality;
import org.attest.export.ExportFormats;
import org.attest.export.ExportRequest;
import org.attest.export.ExportResult;
import org.attest.export.ExportService;
import org.attest.imports.ImportService;
import org.attest.io.ImportOptions;
import org.attest.model.Document;
import org.attest.model.DocumentState;
import org.attest.model.GoldState;
import org.attest.store.CorpusException;
import org.attest.store.CorpusStore;
import org.attest.testing.GoldStates;
import org.attest.testing.ScriptedWork;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportServiceTest {

    private static final String[] TOWNS = {"Oslo", "Bergen", "Tromsø", "Bodø", "Molde"};

    @TempDir
    Path tmp;

    private Path corpus;

    @BeforeEach
    void setUp() throws Exception {
        corpus = corpus(tmp);
    }

    /** Creates in {@code tmp} a corpus of 20 articles, each FINISHED by the careful scripted annotator anna. */
    static Path corpus(Path tmp) throws Exception {
        Path input = Files.createDirectories(tmp.resolve("input"));
        List<String> samples = sampleTexts();
        for (int i = 0; i < 20; i++) {
            // the project's sample articles, varied, so that the scripted annotator finds claims, sources and
            // attributions
            Files.writeString(input.resolve(String.format("article-%02d.txt", i)),
                    "Update " + i + " from " + TOWNS[i % TOWNS.length]
                            + ".\n\n" + samples.get(i % samples.size()));
        }
        Path corpus = tmp.resolve("corpus");
        try (CorpusStore store = CorpusStore.init(corpus, "test", "test")) {
            new ImportService(store)
                    .run(new ImportService.Request(List.of(input), ImportOptions.defaults(), null, null), m -> {
                    });
            annotate(store, new ScriptedAnnotator(store.corpus().getSchema(), Personality.careful("anna")));
        }
        return corpus;
    }

    private static List<String> sampleTexts() throws Exception {
        Path dir = Path.of("").toAbsolutePath();
        while (!Files.isRegularFile(dir.resolve("samples/harbour-flood-a.txt"))) {
            dir = dir.getParent();
        }
        try (var files = Files.list(dir.resolve("samples"))) {
            List<String> texts = new ArrayList<>();
            for (Path f : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                texts.add(Files.readString(f));
            }
            return texts;
        }
    }

    /** Lets {@code annotator} annotate every document of {@code store} and marks its work FINISHED. */
    static void annotate(CorpusStore store, ScriptedAnnotator annotator) throws Exception {
        ScriptedWork.finishAll(store, annotator);
        store.saveModel();
    }

    private ExportResult export(String format, String from, long seed, Path out) throws CorpusException {
        return export(format, from, List.of(80, 10, 10), seed, out);
    }

    private ExportResult export(String format, String from, List<Integer> split, long seed, Path out)
            throws CorpusException {
        try (CorpusStore store = CorpusStore.open(corpus, CorpusStore.Mode.READ, "test")) {
            return new ExportService(store).export(new ExportRequest(format, from, split, seed, out), m -> {
            });
        }
    }

    @Test
    void theSameSeedGivesTheSameSplitAndAnotherSeedAnother() throws Exception {
        ExportResult a = export("conll", "anna", 7, tmp.resolve("a"));
        ExportResult b = export("conll", "anna", 7, tmp.resolve("b"));
        ExportResult c = export("conll", "anna", 8, tmp.resolve("c"));

        assertThat(a.documents()).isEqualTo(b.documents());
        assertThat(c.documents()).isNotEqualTo(a.documents());
        assertThat(a.documents()).containsOnlyKeys("train", "dev", "test");
        assertThat(a.documents().values().stream().map(List::size)).containsExactly(16, 2, 2);
        List<String> all = new ArrayList<>();
        a.documents().values().forEach(all::addAll);
        assertThat(all).doesNotHaveDuplicates().hasSize(20);
    }

    @Test
    void anUnchangedCorpusReExportsByteIdenticalFilesInEveryFormat() throws Exception {
        for (String format : ExportFormats.names()) {
            ExportResult first = export(format, "anna", 1, tmp.resolve(format + "-1"));
            ExportResult second = export(format, "anna", 1, tmp.resolve(format + "-2"));

            assertThat(second.files()).as(format).isEqualTo(first.files());
            for (ExportResult.FileEntry f : first.files()) {
                assertThat(Files.readAllBytes(tmp.resolve(format + "-2").resolve(f.path())))
                        .isEqualTo(Files.readAllBytes(tmp.resolve(format + "-1").resolve(f.path())));
            }
        }
    }

    @Test
    void aBrokenCasFileFailsTheExportNamingTheFileWhileDocumentsAreReadAhead() throws Exception {
        Path broken;
        try (CorpusStore store = CorpusStore.open(corpus, CorpusStore.Mode.READ, "test")) {
            broken = store.layout().cas(store.corpus().getDocuments().get(13).getId(), "anna");
        }
        Files.write(broken, new byte[]{1, 2, 3});

        Throwable thrown = catchThrowable(() -> export("jsonl", "anna", List.of(100), 1, tmp.resolve("out")));

        assertThat(thrown).isInstanceOf(CorpusException.class).hasMessageContaining(broken.toString());
    }

    @Test
    void goldExportBeforeCurationNamesTheCountAFewDocumentsAndCuratingAsTheRemedy() {
        Throwable thrown = catchThrowable(() -> export("jsonl", null, 1, tmp.resolve("out")));

        assertThat(thrown).isInstanceOf(CorpusException.class).hasMessageContaining("is curated yet")
                .hasMessageContaining("article-00, article-01, article-02, article-03, article-04, ...")
                .hasMessageNotContaining("--from");
        assertThat(((CorpusException) thrown).remedy()).isEqualTo(CorpusException.Remedy.CURATE_FIRST);
    }

    @Test
    void goldIsTheDefaultSourceOnceEveryDocumentHasIt() throws Exception {
        try (CorpusStore store = CorpusStore.open(corpus, CorpusStore.Mode.WRITE, "test")) {
            for (Document d : store.corpus().getDocuments()) {
                store.writeGold(d, store.readCas(d, "anna"));
                GoldStates.set(store, d, GoldState.CURATED);
            }
        }

        ExportResult gold = export("jsonl", null, 3, tmp.resolve("gold"));
        ExportResult anna = export("jsonl", "anna", 3, tmp.resolve("anna"));

        assertThat(Files.readString(tmp.resolve("gold/manifest.json"))).contains("\"source\" : \"gold\"");
        assertThat(Files.readAllBytes(tmp.resolve("gold/train.jsonl")))
                .isEqualTo(Files.readAllBytes(tmp.resolve("anna/train.jsonl")));
        assertThat(gold.total().written()).isEqualTo(anna.total().written());
    }

    @Test
    void goldExportTakesOnlyCuratedDocumentsAndSaysWhyTheOthersAreLeftOut() throws Exception {
        try (CorpusStore store = CorpusStore.open(corpus, CorpusStore.Mode.WRITE, "test")) {
            for (Document d : store.corpus().getDocuments().subList(0, 2)) {
                store.writeGold(d, store.readCas(d, "anna"));
                GoldStates.set(store, d, GoldState.CURATED);
            }
            GoldStates.set(store, store.corpus().getDocuments().get(2), GoldState.IN_CURATION);
        }

        ExportResult sut = export("jsonl", null, 1, tmp.resolve("gold"));

        assertThat(sut.documents().values().stream().mapToInt(java.util.List::size).sum()).isEqualTo(2);
        assertThat(sut.skipped()).hasSize(18).containsEntry("article-02", "its gold is still in curation")
                .containsEntry("article-03", "it has no curated gold yet");
        assertThat(Files.readString(tmp.resolve("gold/manifest.json"))).contains("its gold is still in curation");
    }

    @Test
    void progressNamesEachExportedDocumentOnceCountingUpToTheTotal() throws Exception {
        List<String> progress = new ArrayList<>();
        try (CorpusStore store = CorpusStore.open(corpus, CorpusStore.Mode.READ, "test")) {
            new ExportService(store).export(
                    new ExportRequest("conll", "anna", List.of(80, 10, 10), 1, tmp.resolve("out")), progress::add);
        }

        List<String> documents = progress.stream().filter(m -> m.startsWith(ExportService.DOCUMENT_PROGRESS)).toList();
        assertThat(documents).hasSize(20).first().asString().startsWith("export: document 1 of 20: article-");
        assertThat(documents).last().asString().startsWith("export: document 20 of 20: article-");
        assertThat(documents.stream().map(m -> m.substring(m.lastIndexOf(' ') + 1))).doesNotHaveDuplicates();
    }

    @Test
    void theResultNamesEveryFileWhereTheExportPutItAndNothingElseIsLeftInTheFolder() throws Exception {
        Path out = tmp.resolve("brat");

        ExportResult sut = export("brat", "anna", 1, out);

        List<Path> reported = new ArrayList<>(sut.total().files());
        sut.reports().values().forEach(r -> reported.addAll(r.files()));
        assertThat(reported).hasSizeGreaterThan(60).allSatisfy(f -> assertThat(f).startsWith(out).isRegularFile());
        try (var all = Files.walk(out)) {
            assertThat(all.filter(Files::isRegularFile).filter(f -> !f.endsWith(ExportService.MANIFEST)).toList())
                    .containsExactlyInAnyOrderElementsOf(sut.total().files());
        }
    }

    @Test
    void anUnknownAnnotatorIsRefusedNamingTheKnownOnes() {
        Throwable thrown = catchThrowable(() -> export("conll", "zoe", 1, tmp.resolve("out")));

        assertThat(thrown).hasMessageContaining("no annotator 'zoe'").hasMessageContaining("[anna]");
    }

    @Test
    void jsonlExportImportExportThroughACorpusIsByteIdentical() throws Exception {
        export("jsonl", "anna", List.of(100), 1, tmp.resolve("first"));
        Path copy = tmp.resolve("copy");
        try (CorpusStore store = CorpusStore.init(copy, "copy", "test")) {
            new ImportService(store).run(
                    new ImportService.Request(List.of(tmp.resolve("first/all.jsonl")), ImportOptions.defaults(), "anna",
                            DocumentState.FINISHED),
                    m -> {
                    });
        }
        try (CorpusStore store = CorpusStore.open(copy, CorpusStore.Mode.READ, "test")) {
            new ExportService(store).export(new ExportRequest("jsonl", "anna", List.of(100), 1, tmp.resolve("second")),
                    m -> {
                    });
        }

        assertThat(Files.readString(tmp.resolve("first/all.jsonl"))).contains("\"layer\":\"Attribution\"")
                .contains("\"layer\":\"Claim\"");
        assertThat(Files.readAllBytes(tmp.resolve("second/all.jsonl")))
                .isEqualTo(Files.readAllBytes(tmp.resolve("first/all.jsonl")));
    }

    @Test
    void theManifestListsCountsLeftOutHashesAndTheAgreementOfTwoFinishedAnnotators() throws Exception {
        ExportResult single = export("conll", "anna", 1, tmp.resolve("single"));
        try (CorpusStore store = CorpusStore.open(corpus, CorpusStore.Mode.WRITE, "test")) {
            annotate(store,
                    new ScriptedAnnotator(store.corpus().getSchema(), new Personality("ben", 7, 0.15, 0.3, 0.15)));
        }
        export("conll", "anna", 1, tmp.resolve("both"));

        String manifest = Files.readString(tmp.resolve("both/manifest.json"));
        assertThat(manifest).contains("\"name\" : \"attest-export-manifest\"", "\"version\" : 1",
                "\"format\" : \"conll\"", "\"seed\" : 1",
                "\"train\" : 16", "\"Entity/GPE\"", "\"leftOut\"", "layer Claim is not in format conll", "\"alpha\"",
                "\"f1-exact\"",
                "\"path\" : \"train.conll\"", "\"sha256\"");
        assertThat(manifest).containsPattern("\"annotators\" : \\[\\s*\"anna\",\\s*\"ben\"\\s*\\]");
        assertThat(Files.readString(tmp.resolve("single/manifest.json")))
                .contains("fewer than two annotators finished the same document");
        assertThat(single.files()).extracting(ExportResult.FileEntry::path).containsExactly("train.conll", "dev.conll",
                "test.conll", "manifest.json");
        assertThat(single.total().written()).containsKeys("Entity/GPE");
        assertThat(single.total().leftOutTotals()).containsKeys("Claim/statistic", "Attribution");
        assertThat(Map.copyOf(single.reports()).keySet()).containsExactlyInAnyOrder("train", "dev", "test");
        assertThat(manifest).containsPattern(
                "\\{\\s*\"path\" : \"train.conll\",\\s*\"sha256\" : \"[0-9a-f]{64}\",\\s*\"size\" : [0-9]+\\s*\\}");
        byte[] written = Files.readAllBytes(tmp.resolve("single/manifest.json"));
        ExportResult.FileEntry own = single.files().get(3);
        assertThat(own.size()).isEqualTo(written.length);
        assertThat(own.sha256()).isEqualTo(
                java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(written)));
        assertThat(written[written.length - 1]).isEqualTo((byte) '\n');
    }
}
