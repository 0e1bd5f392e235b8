package org.attest.ui.tests;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.uima.cas.CAS;
import org.attest.core.demo.ScriptedAnnotator;
import org.attest.core.demo.ScriptedAnnotator.Personality;
import org.attest.core.imports.ImportService;
import org.attest.store.CorpusStore;
import org.attest.io.ImportOptions;
import org.attest.model.Document;
import org.attest.model.DocumentState;

/**
 * Finds the project's own sample articles ({@code samples/} at the repository root) from the test's working directory,
 * and makes a corpus of them annotated by the demo's scripted annotators.
 */
final class Samples {

    private Samples() {
    }

    /** Returns the project's sample folder, searching upwards from the working directory. */
    static Path project() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.isRegularFile(dir.resolve("samples/harbour-flood-a.txt"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException("the project's samples/ folder was not found above " + Path.of("").toAbsolutePath());
        }
        return dir.resolve("samples");
    }

    /**
     * Creates a corpus in {@code dir} with the sample articles, annotated by anna (careful) and ben (who now and then
     * skips, extends or relabels); anna finishes every article, ben only when {@code benFinishes}. Returns the open store.
     */
    static CorpusStore annotatedByAnnaAndBen(Path dir, boolean benFinishes) throws Exception {
        CorpusStore store = CorpusStore.init(dir, dir.getFileName().toString(), "test");
        new ImportService(store).run(new ImportService.Request(List.of(project()), ImportOptions.defaults(), null, null), m -> { });
        List<ScriptedAnnotator> annotators = List.of(new ScriptedAnnotator(store.corpus().getSchema(), Personality.careful("anna")),
                new ScriptedAnnotator(store.corpus().getSchema(), new Personality("ben", 7, 0.15, 0.3, 0.15)));
        for (Document document : store.corpus().getDocuments()) {
            for (ScriptedAnnotator annotator : annotators) {
                CAS cas = store.readCas(document, annotator.name());
                annotator.annotate(cas);
                store.writeCas(document, annotator.name(), cas);
                boolean finishes = benFinishes || annotator.name().equals("anna");
                store.setState(document, store.ensureAnnotator(annotator.name()), finishes ? DocumentState.FINISHED : DocumentState.IN_PROGRESS);
            }
        }
        store.saveModel();
        return store;
    }
}
