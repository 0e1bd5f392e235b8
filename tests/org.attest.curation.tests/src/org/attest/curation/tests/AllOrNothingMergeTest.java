package org.attest.curation.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.apache.uima.cas.CAS;
import org.apache.uima.cas.text.AnnotationFS;
import org.attest.cas.Layers;
import org.attest.curation.CurationService;
import org.attest.curation.MergePolicy;
import org.attest.curation.MergeRequest;
import org.attest.imports.ImportService;
import org.attest.io.ImportOptions;
import org.attest.model.Document;
import org.attest.model.DocumentState;
import org.attest.model.GoldState;
import org.attest.model.schema.DefaultSchema;
import org.attest.store.CorpusException;
import org.attest.store.CorpusStore;
import org.attest.store.fs.FaultSeam;
import org.attest.store.fs.Recovery;
import org.attest.testing.CorpusFolder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A merge of a corpus publishes the gold of every document together or nothing at all: a file that cannot be read, a
 * failing file call or a crash anywhere leaves no document merged while others are not.
 */
class AllOrNothingMergeTest {

    /** Stands for the process dying: nothing of the merge runs after it, and nothing is undone. */
    private static final class Death extends Error {

        private static final long serialVersionUID = 1L;
    }

    private static final List<String> IDS = List.of("harbour-flood-a", "harbour-flood-b", "harbour-flood-c");

    @TempDir
    Path tmp;

    private Path baseline;

    /**
     * Three documents: anna and ben agree on Lieva in each; harbour-flood-a was merged before and both have since added
     * Ana Kovačić to it, and they have finished the other two since. A merge now replaces one gold and creates two.
     */
    @BeforeEach
    void threeDocumentsTheFirstMergedBeforeAndAllChangedSince() throws Exception {
        List<Path> texts = new ArrayList<>();
        for (String id : IDS) {
            Path text = tmp.resolve("input").resolve(id + ".txt");
            Files.createDirectories(text.getParent());
            Files.writeString(text, "Flood in Lieva (" + id.charAt(id.length() - 1)
                    + "). Mayor Ana Kovačić said the harbour is closed.");
            texts.add(text);
        }
        baseline = tmp.resolve("corpus");
        try (CorpusStore store = CorpusStore.init(baseline, "test", "test")) {
            new ImportService(store).run(new ImportService.Request(texts, ImportOptions.defaults(), null, null), m -> {
            });
        }
        try (CorpusStore store = CorpusStore.open(baseline, CorpusStore.Mode.WRITE, "test")) {
            for (Document document : store.corpus().getDocuments()) {
                annotate(store, document, "Lieva", "LOCATION",
                        document.getId().endsWith("a") ? DocumentState.FINISHED : DocumentState.IN_PROGRESS);
            }
            new CurationService(store).merge(MergeRequest.defaults(), m -> {
            });
            for (Document document : store.corpus().getDocuments()) {
                if (document.getId().endsWith("a")) {
                    annotate(store, document, "Ana Kovačić", "PERSON", DocumentState.FINISHED);
                } else {
                    annotate(store, document, null, null, DocumentState.FINISHED);
                }
            }
        }
    }

    private static void annotate(CorpusStore store, Document document, String words, String type, DocumentState state)
            throws Exception {
        for (String annotator : List.of("anna", "ben")) {
            if (words != null) {
                CAS cas = store.readCas(document, annotator);
                String text = cas.getDocumentText();
                new Layers(cas, store.corpus().getSchema()).addSpan(DefaultSchema.ENTITY, text.indexOf(words),
                        text.indexOf(words) + words.length(),
                        Map.of("type", type));
                store.writeCas(document, annotator, cas);
            }
            store.setState(document, store.ensureAnnotator(annotator), state);
        }
        store.saveModel();
    }

    @AfterEach
    void noFaults() {
        FaultSeam.clear();
    }

    @Test
    void aTruncatedAnnotationFileInTheThirdDocumentLeavesEveryFileOfTheCorpusAsItWasAndTheErrorNamesIt()
            throws Exception {
        Path truncated = baseline.resolve("documents/harbour-flood-c/annotations/ben.bcas");
        byte[] whole = Files.readAllBytes(truncated);
        Files.write(truncated, java.util.Arrays.copyOf(whole, whole.length / 2));
        Map<String, String> before = everyFile(baseline);

        try (CorpusStore store = CorpusStore.open(baseline, CorpusStore.Mode.WRITE, "test")) {
            CurationService sut = new CurationService(store);

            assertThatThrownBy(() -> sut.merge(MergeRequest.defaults(), m -> {
            })).isInstanceOf(CorpusException.class)
                    .hasMessageContaining("documents/harbour-flood-c/annotations/ben.bcas")
                    .hasMessageContaining("nothing was merged");
        }

        assertThat(everyFile(baseline)).isEqualTo(before);
        Files.write(truncated, whole);
        assertThat(mergeWith(baseline, (call, path) -> {
        })).isNull();
        assertThat(merged(baseline)).isTrue();
    }

    @Test
    void aMergeKilledAtAnyFileCallIsWhollyThereOrWhollyAbsentOnceRecovered() throws Exception {
        Map<String, String> before = everyFile(baseline);
        Path reference = copy(baseline, tmp.resolve("reference"));
        int calls = countCalls(reference);
        assertThat(merged(reference)).isTrue();
        int there = 0;
        for (int k = 1; k <= calls; k++) {
            Path work = copy(baseline, tmp.resolve("killed-" + k));
            AtomicInteger seen = new AtomicInteger();
            int kill = k;
            Throwable died = mergeWith(work, (call, path) -> {
                if (seen.incrementAndGet() == kill) {
                    throw new Death();
                }
            });
            assertThat(died).as("the merge killed at call %d", k).isNotNull();
            try (CorpusStore store = CorpusStore.open(work, CorpusStore.Mode.WRITE, "test")) {
                assertThat(store.notices()).as("recovery after call %d", k).hasSizeLessThanOrEqualTo(1);
            }
            assertThat(Recovery.pending(work)).as("left to recover after call %d", k).isEmpty();
            Map<String, String> after = everyFile(work);
            if (merged(work)) {
                there++;
                assertThat(gold(work)).as("the gold after a kill at call %d", k).isEqualTo(gold(reference));
                assertThat(withoutCuration(after)).as("the other files after a kill at call %d", k)
                        .isEqualTo(withoutCuration(before));
            } else {
                assertThat(after).as("the corpus after a kill at call %d", k).isEqualTo(before);
            }
        }
        System.out.printf("Killed merge of %d documents: %d file calls, %d times wholly there after recovery%n",
                IDS.size(), calls, there);
        assertThat(there).isPositive().isLessThan(calls);
    }

    @Test
    void aMergeWhoseFileCallFailsLeavesEveryFileAsItWasAndNamesTheFile() throws Exception {
        Map<String, String> before = everyFile(baseline);
        int calls = countCalls(copy(baseline, tmp.resolve("count")));
        for (int k = 1; k <= calls; k++) {
            Path work = copy(baseline, tmp.resolve("failed-" + k));
            AtomicInteger seen = new AtomicInteger();
            List<Path> faulted = new ArrayList<>();
            int fail = k;
            Throwable thrown = mergeWith(work, (call, path) -> {
                if (seen.incrementAndGet() == fail) {
                    faulted.add(path);
                    throw new FileSystemException(path.toString(), null, "No space left on device");
                }
            });

            assertThat(thrown).as("the merge failing at call %d", k).isInstanceOf(CorpusException.class)
                    .hasMessageContaining("No space left on device")
                    .hasMessageContaining(faulted.get(0).getFileName().toString())
                    .hasMessageContaining("nothing was merged");
            assertThat(everyFile(work)).as("the corpus after call %d failed", k).isEqualTo(before);
        }
    }

    /** Merges {@code corpus} with {@code faults} installed and returns what the merge threw, or null. */
    private static Throwable mergeWith(Path corpus, FaultSeam.Injector faults) throws Exception {
        try (CorpusStore store = CorpusStore.open(corpus, CorpusStore.Mode.WRITE, "test")) {
            FaultSeam.install(faults);
            try {
                new CurationService(store).merge(MergeRequest.defaults(), m -> {
                });
                return null;
            } catch (Exception | Death e) {
                return e;
            } finally {
                FaultSeam.clear();
            }
        }
    }

    private static int countCalls(Path corpus) throws Exception {
        AtomicInteger calls = new AtomicInteger();
        assertThat(mergeWith(corpus, (call, path) -> calls.incrementAndGet())).isNull();
        return calls.get();
    }

    /** Returns whether every document is merged as a whole merge leaves it, checking each gold file is its record's. */
    private static boolean merged(Path corpus) throws Exception {
        try (CorpusStore store = CorpusStore.open(corpus, CorpusStore.Mode.READ, "test")) {
            CurationService curation = new CurationService(store);
            int merged = 0;
            for (Document document : store.corpus().getDocuments()) {
                curation.check(document);
                int expected = document.getId().endsWith("a") ? 2 : 1;
                if (store.goldState(document) == GoldState.IN_CURATION
                        && curation.decisions(document.getId()).size() == expected) {
                    merged++;
                }
            }
            if (merged != 0 && merged != IDS.size()) {
                throw new AssertionError(
                        "only " + merged + " of " + IDS.size() + " documents of " + corpus + " are merged");
            }
            return merged == IDS.size();
        }
    }

    /** Returns the annotations in the gold of every document, as "document layer text label" lines. */
    private static List<String> gold(Path corpus) throws Exception {
        List<String> lines = new ArrayList<>();
        try (CorpusStore store = CorpusStore.open(corpus, CorpusStore.Mode.READ, "test")) {
            for (Document document : store.corpus().getDocuments()) {
                Layers layers = new Layers(store.readGold(document), store.corpus().getSchema());
                for (AnnotationFS fs : layers.spans(DefaultSchema.ENTITY)) {
                    lines.add(document.getId() + " " + fs.getCoveredText() + " " + layers.label(fs));
                }
            }
        }
        return lines;
    }

    private static Map<String, String> withoutCuration(Map<String, String> files) {
        Map<String, String> rest = new TreeMap<>(files);
        rest.keySet().removeIf(name -> name.endsWith("/gold.bcas") || name.endsWith("/curation.xmi"));
        return rest;
    }

    /**
     * Returns relative path → SHA-256 of every file of {@code corpus} but the write lock and the caches (derived data).
     */
    private static Map<String, String> everyFile(Path corpus) throws IOException {
        return CorpusFolder.snapshot(corpus);
    }

    private static Path copy(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.sorted(Comparator.naturalOrder()).toList()) {
                String rel = from.relativize(p).toString();
                if (rel.endsWith("write.lock")) {
                    continue;
                }
                Path target = to.resolve(rel);
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target, java.nio.file.StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
        return to;
    }
}
