package org.attest.bench.crash;

import java.nio.file.Path;
import java.util.List;

import org.attest.bench.SyntheticCorpus;
import org.attest.bench.SyntheticDocument;
import org.attest.imports.ImportService;
import org.attest.io.ImportOptions;
import org.attest.model.Annotator;
import org.attest.model.Document;
import org.attest.model.DocumentState;
import org.attest.store.CorpusStore;

/** Builds the corpora the crash trials start from, out of the bench's seeded synthetic news. */
final class Corpora {

    /** The seed of every synthetic text of the trials. */
    static final long SEED = 15;

    private Corpora() {
    }

    /** Creates {@code dir} as a corpus holding the first {@code count} synthetic documents. */
    static void imported(Path dir, Path scratch, int count) throws Exception {
        List<Path> texts = new SyntheticCorpus(SEED, Math.max(count, 1)).writeTexts(scratch, count);
        try (CorpusStore store = CorpusStore.init(dir, "crash trials", "crash trials")) {
            if (count > 0) {
                new ImportService(store).run(new ImportService.Request(texts, ImportOptions.defaults(), null, null),
                        m -> {
                        });
            }
        }
    }

    /**
     * Gives every document of the corpus {@code dir} the synthetic annotations of annotator slot 0 for each of
     * {@code names}, in {@code state}.
     */
    static void annotated(Path dir, DocumentState state, String... names) throws Exception {
        try (CorpusStore store = CorpusStore.open(dir, CorpusStore.Mode.WRITE, "crash trials")) {
            List<Document> documents = store.corpus().getDocuments();
            SyntheticCorpus synthetic = new SyntheticCorpus(SEED, documents.size());
            for (int i = 0; i < documents.size(); i++) {
                // imported as news-000001.txt and so on: the id gives the synthetic document back
                SyntheticDocument doc = synthetic
                        .document(Integer.parseInt(documents.get(i).getId().substring("news-".length())) - 1);
                for (String name : names) {
                    store.writeCas(documents.get(i), name, SyntheticCorpus.toCas(doc, 0, store.casFactory()));
                }
            }
            for (String name : names) {
                Annotator annotator = store.ensureAnnotator(name);
                documents.forEach(d -> store.setState(d, annotator, state));
            }
            store.saveModel();
        }
    }

    /** Counts the parts of one step that are on disk. */
    @FunctionalInterface
    interface StepParts {

        /** Returns how many of step {@code step}'s parts are there. */
        long count(int step) throws Exception;
    }

    /**
     * Checks steps {@code [0, done]} of {@code steps} by their parts, {@code expected} each: the steps that returned
     * must be
     * whole, the interrupted one whole or absent; returns whether the interrupted one is there.
     */
    static boolean steps(String what, int done, int steps, long expected, StepParts parts) throws Exception {
        boolean present = false;
        for (int s = 0; s <= done && s < steps; s++) {
            long there = parts.count(s);
            if (s < done) {
                whole(what + ", step " + s + ",", there, expected);
            } else {
                present = wholeOrNone("the interrupted " + what, there, expected);
            }
        }
        return present;
    }

    /**
     * Throws when a step is neither wholly there nor wholly absent: {@code present} of {@code expected} parts are
     * there.
     */
    static boolean wholeOrNone(String what, long present, long expected) {
        if (present != 0 && present != expected) {
            throw new IllegalStateException(what + " is half there: " + present + " of " + expected + " parts");
        }
        return present == expected;
    }

    /** Throws when a step that returned before the kill is not wholly there. */
    static void whole(String what, long present, long expected) {
        if (present != expected) {
            throw new IllegalStateException(
                    what + " returned before the kill but only " + present + " of " + expected + " parts are there");
        }
    }
}
