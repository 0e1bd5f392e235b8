package org.attest.core.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.apache.uima.cas.CAS;
import org.attest.cas.Layers;
import org.attest.core.schema.SchemaService;
import org.attest.curation.CurationService;
import org.attest.curation.CurationSession;
import org.attest.curation.MergePolicy;
import org.attest.curation.MergeRequest;
import org.attest.edit.DocumentWorkflow;
import org.attest.export.ExportRequest;
import org.attest.export.ExportService;
import org.attest.imports.ImportService;
import org.attest.io.ImportOptions;
import org.attest.model.CorpusFactory;
import org.attest.model.Document;
import org.attest.model.DocumentState;
import org.attest.model.Schema;
import org.attest.model.Tag;
import org.attest.model.persist.CorpusModelFormat;
import org.attest.model.schema.DefaultSchema;
import org.attest.registry.EntityRegistry;
import org.attest.store.CorpusStore;
import org.attest.store.fs.FaultSeam;
import org.attest.testing.CorpusFolder;
import org.attest.testing.Fixture;
import org.attest.testing.TestCorpus;
import org.attest.validate.CorpusValidator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Fails the k-th file call of each writing operation, for every k the operation makes, as a full disk or a failing
 * drive would: the operation must fail naming the file and the cause, leave the corpus byte-identical, and succeed once
 * the fault is gone.
 */
class FaultInjectionTest {

    /** A writing operation on an open corpus. */
    private interface Operation {

        void run(CorpusStore store, Path work) throws Exception;
    }

    private Path tmp;

    private Path baseline;

    @BeforeEach
    void twoAnnotatorsFinishedOneDocumentAlike() throws Exception {
        tmp = Files.createTempDirectory("attest-faults");
        baseline = TestCorpus.withOneDocument(tmp);
        for (String annotator : List.of("anna", "ben")) {
            try (CorpusStore store = CorpusStore.open(baseline, CorpusStore.Mode.WRITE, "test")) {
                Document document = store.corpus().getDocuments().get(0);
                CAS cas = store.readCas(document, annotator);
                int at = Fixture.TEXT.indexOf("Lieva");
                new Layers(cas, store.corpus().getSchema()).addSpan(DefaultSchema.ENTITY, at, at + 5,
                        Map.of("type", "LOCATION"));
                store.writeCas(document, annotator, cas);
                store.setState(document, store.ensureAnnotator(annotator), DocumentState.FINISHED);
                store.saveModel();
            }
        }
        Files.writeString(tmp.resolve("second.txt"), "A second article. It has two sentences.");
    }

    @AfterEach
    void removeFaultsAndFiles() throws IOException {
        FaultSeam.clear();
        try (Stream<Path> walk = Files.walk(tmp)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    private Operation operation(String name) {
        return switch (name) {
            case "import" -> (store, work) -> new ImportService(store).run(new ImportService.Request(
                    List.of(tmp.resolve("second.txt")), ImportOptions.defaults(), null, null), m -> {
                    });
            case "document state" ->
                (store, work) -> DocumentWorkflow.reopen(store, store.corpus().getDocuments().get(0), "anna");
            case "auto-merge" ->
                (store, work) -> new CurationService(store).merge(new MergeRequest(MergePolicy.UNANIMOUS, false), m -> {
                });
            case "mark curated" -> (store, work) -> {
                CurationSession session = new CurationService(store).open("flood", "rita", false);
                session.autoMerge(MergePolicy.UNANIMOUS);
                session.markCurated();
            };
            case "registry edit" -> (store, work) -> {
                EntityRegistry registry = new EntityRegistry(store.corpus());
                registry.createEntity("Lieva", "LOCATION").execute();
                registry.createEntity("Port Vesna", "GPE").execute();
                store.saveModel("registry edit");
            };
            case "schema apply" -> (store, work) -> {
                Schema schema = CorpusModelFormat.readSchema(CorpusModelFormat.writeSchema(store.corpus().getSchema()),
                        "schema.xmi");
                Tag tag = CorpusFactory.eINSTANCE.createTag();
                tag.setName("WEAPON");
                schema.getTagsets().get(0).getTags().add(tag);
                new SchemaService(store).apply(schema);
            };
            case "export" -> (store, work) -> new ExportService(store).export(
                    new ExportRequest("jsonl", "anna", List.of(80, 20), 1, exportFolder(work)), m -> {
                    });
            default -> throw new IllegalArgumentException(name);
        };
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"import", "document state", "auto-merge", "mark curated", "registry edit", "schema apply",
            "export"})
    void everyFailedCallLeavesTheCorpusAsItWasAndTheOperationSucceedsOnceTheFaultIsGone(String name) throws Exception {
        Operation sut = operation(name);
        int calls = countCalls(sut);
        assertThat(calls).as("file calls of a clean %s", name).isPositive();
        Map<String, String> before = CorpusFolder.snapshot(baseline);
        int failed = 0;
        for (int k = 1; k <= calls; k++) {
            Path work = copy(baseline, tmp.resolve("k" + k));
            String cause = k % 2 == 1 ? "No space left on device" : "Input/output error";
            List<Path> faulted = new ArrayList<>();
            failKth(k, cause, faulted);
            Exception thrown = null;
            try (CorpusStore store = CorpusStore.open(work, CorpusStore.Mode.WRITE, "test")) {
                sut.run(store, work);
            } catch (Exception e) {
                thrown = e;
            } finally {
                FaultSeam.clear();
            }
            assertThat(faulted).as("call %d of %s was made", k, name).hasSize(1);
            Path file = faulted.get(0);
            if (thrown == null) {
                // only derived data (caches) and the folder sync after the lock file's removal may fail without failing
                // the operation
                assertThat(work.relativize(file).toString()).as("a fault %s ignores must hit derived data only", name)
                        .matches("\\.attest(/cache(/.*)?)?");
            } else {
                failed++;
                assertThat(messages(thrown)).as("the message of call %d of %s", k, name).contains(cause)
                        .contains(file.getFileName().toString());
                assertThat(CorpusFolder.snapshot(work)).as("the corpus after call %d of %s failed (%s)", k, name, file)
                        .isEqualTo(before);
                assertThat(Files.exists(exportFolder(work)) ? CorpusFolder.snapshot(exportFolder(work)) : Map.of())
                        .as("the export folder after call %d of %s failed", k, name).isEmpty();
                try (CorpusStore store = CorpusStore.open(work, CorpusStore.Mode.WRITE, "test")) {
                    assertThat(store.notices()).as("nothing is left to recover").isEmpty();
                    sut.run(store, work);
                }
            }
            try (CorpusStore store = CorpusStore.open(work, CorpusStore.Mode.READ, "test")) {
                assertThat(new CorpusValidator(store).validate(m -> {
                })).as("findings after call %d of %s", k, name).isEmpty();
            }
        }
        System.out.printf("Fault injection, %s: %d file calls, %d faults failed the operation cleanly%n", name, calls,
                failed);
        assertThat(failed).isPositive();
    }

    private Path exportFolder(Path work) {
        return tmp.resolve(work.getFileName() + "-export");
    }

    private int countCalls(Operation sut) throws Exception {
        Path work = copy(baseline, tmp.resolve("count"));
        AtomicInteger calls = new AtomicInteger();
        FaultSeam.install((call, path) -> calls.incrementAndGet());
        try (CorpusStore store = CorpusStore.open(work, CorpusStore.Mode.WRITE, "test")) {
            sut.run(store, work);
        } finally {
            FaultSeam.clear();
        }
        return calls.get();
    }

    private static void failKth(int k, String cause, List<Path> faulted) {
        AtomicInteger seen = new AtomicInteger();
        FaultSeam.install((call, path) -> {
            if (seen.incrementAndGet() == k) {
                faulted.add(path);
                throw new FileSystemException(path.toString(), null, cause);
            }
        });
    }

    private static String messages(Throwable thrown) {
        StringBuilder all = new StringBuilder();
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            all.append(t.getMessage()).append(" | ");
        }
        return all.toString();
    }

    private static Path copy(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                String rel = from.relativize(p).toString();
                if (rel.endsWith("write.lock")) {
                    continue;
                }
                Path target = to.resolve(rel);
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
        return to;
    }
}
