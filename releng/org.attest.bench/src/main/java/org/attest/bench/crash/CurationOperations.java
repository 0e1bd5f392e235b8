package org.attest.bench.crash;

import java.nio.file.Path;
import java.util.List;

import org.attest.curation.CurationService;
import org.attest.curation.CurationSession;
import org.attest.curation.MergePolicy;
import org.attest.curation.MergeRequest;
import org.attest.model.Document;
import org.attest.model.DocumentState;
import org.attest.model.GoldState;
import org.attest.store.CorpusStore;

/** The crash operations of curation: auto-merge of a corpus and Mark Curated. */
final class CurationOperations {

    private static final int DOCUMENTS = 16;

    private CurationOperations() {
    }

    /** Prepares a corpus whose documents two annotators finished alike. */
    static void agreed(Path template) throws Exception {
        Corpora.imported(template.resolve("corpus"), template.resolve("scratch"), DOCUMENTS);
        Corpora.annotated(template.resolve("corpus"), DocumentState.FINISHED, "anna", "ben");
    }

    /**
     * Auto-merges the whole corpus in one step, all or nothing: one transaction publishes every document's gold and
     * curation record, so after a kill and recovery either every document is merged or none is.
     */
    static final class AutoMerge implements CrashOperation {

        @Override
        public String name() {
            return "auto-merge";
        }

        @Override
        public int steps() {
            return 1;
        }

        @Override
        public void prepare(Path template) throws Exception {
            agreed(template);
        }

        @Override
        public void step(Path trial, int index) throws Exception {
            try (CorpusStore store = CorpusStore.open(trial.resolve("corpus"), CorpusStore.Mode.WRITE,
                    "attest curation merge")) {
                new CurationService(store).merge(new MergeRequest(MergePolicy.UNANIMOUS, false), m -> {
                });
            }
        }

        @Override
        public boolean check(Path trial, int done) throws Exception {
            try (CorpusStore store = CorpusStore.open(trial.resolve("corpus"), CorpusStore.Mode.READ,
                    "crash trials check")) {
                CurationService curation = new CurationService(store);
                long merged = 0;
                for (Document d : store.corpus().getDocuments()) {
                    GoldState state = store.goldState(d);
                    if (state != GoldState.NONE) {
                        // the record must describe the very gold file beside it
                        curation.check(d);
                        merged++;
                    }
                }
                if (done == 1) {
                    Corpora.whole("auto-merge", merged, DOCUMENTS);
                    return true;
                }
                // the merge is the unit: a kill may leave it wholly done or not begun, never some documents merged
                return Corpora.wholeOrNone("the interrupted auto-merge", merged, DOCUMENTS);
            }
        }
    }

    /** Marks one merged document curated per step. */
    static final class MarkCurated implements CrashOperation {

        @Override
        public String name() {
            return "mark curated";
        }

        @Override
        public int steps() {
            return 6;
        }

        @Override
        public void prepare(Path template) throws Exception {
            agreed(template);
            new AutoMerge().step(template, 0);
        }

        @Override
        public void step(Path trial, int index) throws Exception {
            try (CorpusStore store = CorpusStore.open(trial.resolve("corpus"), CorpusStore.Mode.WRITE,
                    "attest curation decide")) {
                String id = store.corpus().getDocuments().get(index).getId();
                CurationSession session = new CurationService(store).open(id, "rita", false);
                session.autoMerge(MergePolicy.UNANIMOUS);
                session.markCurated();
            }
        }

        @Override
        public boolean check(Path trial, int done) throws Exception {
            try (CorpusStore store = CorpusStore.open(trial.resolve("corpus"), CorpusStore.Mode.READ,
                    "crash trials check")) {
                List<Document> documents = store.corpus().getDocuments();
                CurationService curation = new CurationService(store);
                boolean present = false;
                for (int i = 0; i < documents.size(); i++) {
                    curation.check(documents.get(i));
                    boolean curated = store.goldState(documents.get(i)) == GoldState.CURATED;
                    if (i < done && !curated) {
                        throw new IllegalStateException("Mark Curated of " + documents.get(i).getId()
                                + " returned before the kill but it is not curated");
                    } else if (i == done) {
                        present = curated;
                    } else if (i > done && curated) {
                        throw new IllegalStateException(
                                documents.get(i).getId() + " is curated though no step reached it");
                    }
                }
                return present;
            }
        }
    }
}
