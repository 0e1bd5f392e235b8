package org.attest.curation;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

import org.attest.model.Document;
import org.attest.model.GoldDecision;
import org.attest.store.CorpusException;
import org.attest.store.CorpusStore;
import org.attest.store.fs.Transaction;

/**
 * Turns the annotators' work into the gold corpus: auto-merge by policy over the whole corpus, the curation status of
 * every document, the provenance of every gold annotation, and sessions in which a reviewer settles the rest.
 */
public final class CurationService {

    private static final String UNCHANGED = " (nothing was merged: the corpus is unchanged)";

    private final CorpusStore store;

    /** Creates a service over an open corpus; merging and deciding need it opened for writing. */
    public CurationService(CorpusStore store) {
        this.store = store;
    }

    /**
     * Auto-merges every document with at least one eligible annotator, a few documents at a time; reviewer decisions
     * are
     * kept. All or nothing: every document is read, checked and merged, its gold and record (with its gold state)
     * staged
     * on disk, and one transaction publishes them all; a failure anywhere leaves the corpus as it was, and its message
     * names the file that failed.
     */
    public MergeReport merge(MergeRequest request, Consumer<String> progress) throws CorpusException {
        if (!store.writable()) {
            throw new CorpusException(
                    "the corpus " + store.layout().dir() + " was opened read-only; open it for writing to merge");
        }
        long start = System.nanoTime();
        List<Document> documents = new ArrayList<>();
        Map<Document, SortedSet<String>> annotators = new HashMap<>();
        List<String> skipped = new ArrayList<>();
        for (Document document : store.corpus().getDocuments()) {
            SortedSet<String> eligible = SessionLoading.eligible(store, document, request.includeInProgress());
            if (eligible.isEmpty()) {
                skipped.add(document.getId());
            } else {
                documents.add(document);
                annotators.put(document, eligible);
            }
        }
        Path root = store.layout().dir();
        List<Outcome> outcomes;
        try (Transaction transaction = Transaction.begin(root, "merge")) {
            SharedStaging staging = new SharedStaging(transaction, root);
            ThreadLocal<CasSlots> slots = ThreadLocal.withInitial(CasSlots::new);
            outcomes = run(documents, document -> {
                CurationSession session = SessionLoading.load(store, document, null, annotators.get(document),
                        slots.get());
                CurationSession.MergeCount count = session.autoMerge(request.policy());
                boolean written = session.stageFiles(staging);
                return new Outcome(document, session.status(), count, written);
            }, progress, "merged");
            long written = outcomes.stream().filter(Outcome::written).count();
            if (written > 0) {
                progress.accept("saving the gold of " + written + " documents");
            }
            transaction.summary(String.format(Locale.ROOT,
                    "the gold standard and curation records of %,d documents saved", written));
            transaction.commit();
        } catch (IOException e) {
            throw new CorpusException("cannot save the merge in " + root + ": " + e.getMessage() + UNCHANGED
                    + " Free space or fix permissions and merge again", e);
        } catch (CorpusException e) {
            throw new CorpusException(e.getMessage() + UNCHANGED, e);
        }
        List<MergeReport.Line> lines = new ArrayList<>();
        for (Outcome outcome : outcomes) {
            lines.add(new MergeReport.Line(outcome.count.merged(), outcome.count.waiting(), outcome.status));
        }
        return new MergeReport(request.policy(), lines, skipped, System.nanoTime() - start);
    }

    /** Returns the curation status of every document, in corpus order. */
    public List<DocumentStatus> status(boolean includeInProgress, Consumer<String> progress) throws CorpusException {
        ThreadLocal<CasSlots> slots = ThreadLocal.withInitial(CasSlots::new);
        List<Outcome> outcomes = run(store.corpus().getDocuments(),
                document -> new Outcome(document,
                        SessionLoading.load(store, document, null, includeInProgress, slots.get()).status(), null,
                        false),
                progress, "read");
        return outcomes.stream().map(Outcome::status).toList();
    }

    /** Opens {@code documentId} for curation by {@code reviewer}. */
    public CurationSession open(String documentId, String reviewer, boolean includeInProgress) throws CorpusException {
        if (reviewer == null || reviewer.isBlank()) {
            throw new CorpusException("curating needs a reviewer name, and none was given",
                    CorpusException.Remedy.NAME_REVIEWER,
                    store.layout().dir(), documentId, null);
        }
        return CurationSession.load(store, document(documentId), reviewer, includeInProgress);
    }

    /** Returns the decisions behind the gold of {@code documentId}, in document order. */
    public List<GoldDecision> decisions(String documentId) throws CorpusException {
        Document document = document(documentId);
        return CurationSession.load(store, document, null, false).decisions();
    }

    /**
     * Releases {@code documentId} from the reviewer holding it, so another reviewer can curate it; returns who held it.
     */
    public String release(String documentId) throws CorpusException {
        CurationSession session = CurationSession.load(store, document(documentId), null, false);
        String holder = session.status().reviewer();
        session.release();
        if (session.isDirty()) {
            new CurationFiles(store).write(session.document(), session.gold(), session.record());
        }
        return holder;
    }

    /**
     * Checks that {@code document}'s curation record reads and describes its gold file, throwing the problem otherwise.
     */
    public void check(Document document) throws CorpusException {
        new CurationFiles(store).verify(document);
    }

    /** Returns the document {@code id}, or the error naming the corpus when it has none. */
    public Document document(String id) throws CorpusException {
        return store.document(id)
                .orElseThrow(() -> new CorpusException("the corpus " + store.layout().dir() + " has no document '" + id
                        + "'", CorpusException.Remedy.SHOW_CORPUS, store.layout().dir(), id, null));
    }

    /** The work done on one document. */
    private record Outcome(Document document, DocumentStatus status, CurationSession.MergeCount count,
            boolean written) {
    }

    /** One document's work, run on a worker thread. */
    @FunctionalInterface
    private interface Task {

        Outcome apply(Document document) throws CorpusException;
    }

    // Reading CASes is CPU work and durable writes wait for the disk, so a few workers per core keep both busy.
    private static List<Outcome> run(List<Document> documents, Task task, Consumer<String> progress, String verb)
            throws CorpusException {
        int threads = Integer.getInteger("attest.curation.threads",
                Math.max(4, Math.min(8, Runtime.getRuntime().availableProcessors() * 4)));
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "attest-curation");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<Outcome>> futures = new ArrayList<>(documents.size());
            for (Document document : documents) {
                futures.add(pool.submit(() -> task.apply(document)));
            }
            List<Outcome> outcomes = new ArrayList<>(documents.size());
            int step = Math.max(1, documents.size() / 20);
            for (int i = 0; i < futures.size(); i++) {
                outcomes.add(get(futures.get(i)));
                if ((i + 1) % step == 0 || i + 1 == futures.size()) {
                    progress.accept(verb + " " + (i + 1) + " of " + documents.size() + " documents");
                }
            }
            return outcomes;
        } finally {
            // after a failure the workers still running must stop touching the staging folder before the caller drops
            // it
            pool.shutdownNow();
            pool.close();
        }
    }

    private static Outcome get(Future<Outcome> future) throws CorpusException {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CorpusException("interrupted before every document was done", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof CorpusException c) {
                throw c;
            }
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new CorpusException(e.getCause().getMessage(), e.getCause());
        }
    }
}
