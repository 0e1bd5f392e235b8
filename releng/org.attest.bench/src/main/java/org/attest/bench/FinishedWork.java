package org.attest.bench;

import java.io.IOException;
import java.nio.file.Files;

import org.attest.model.Annotator;
import org.attest.model.ClaimCluster;
import org.attest.model.CorpusFactory;
import org.attest.model.Document;
import org.attest.model.DocumentState;
import org.attest.store.CorpusException;
import org.attest.store.CorpusStore;

/**
 * Untimed set-up of agreement and merge: every synthetic annotator's CAS of every document of a corpus, marked
 * FINISHED, in the bytes {@link CorpusStore#writeCas} stores but written without fsync, as nothing here is measured.
 */
final class FinishedWork {

    private FinishedWork() {
    }

    /**
     * Writes the CASes of all {@link SyntheticCorpus#ANNOTATORS} for each document of {@code store}, adds the claim
     * clusters their figures link (one per unit and place) and saves the model.
     */
    static void write(CorpusStore store, SyntheticCorpus corpus) throws CorpusException, IOException {
        Annotator[] annotators = SyntheticCorpus.ANNOTATORS.stream().map(store::ensureAnnotator)
                .toArray(Annotator[]::new);
        for (String unit : Lexicon.UNITS) {
            for (String place : Lexicon.GPES) {
                ClaimCluster cluster = CorpusFactory.eINSTANCE.createClaimCluster();
                cluster.setId(NewsWriter.cluster(unit, place));
                cluster.setProposition(unit + " affected in " + place);
                if (store.corpus().getClaimClusters().stream().noneMatch(c -> c.getId().equals(cluster.getId()))) {
                    store.corpus().getClaimClusters().add(cluster);
                }
            }
        }
        for (Document document : store.corpus().getDocuments()) {
            SyntheticDocument doc = corpus.document(index(document.getId()));
            Files.createDirectories(store.layout().annotations(doc.id()));
            for (int a = 0; a < annotators.length; a++) {
                byte[] bytes = store.casFormat().write(SyntheticCorpus.toCas(doc, a, store.casFactory()));
                Files.write(store.layout().cas(doc.id(), annotators[a].getName()), bytes);
                store.setState(document, annotators[a], DocumentState.FINISHED);
            }
        }
        store.saveModel();
    }

    /**
     * Writes the annotators' work as {@link #write} does unless every document already has it, finished: a
     * measurement run alone (--only), or after one that left work in progress, finds the corpus without what the
     * agreement row leaves in it. Returns whether it wrote the work (then its files have not settled yet).
     */
    static boolean ensure(CorpusStore store, SyntheticCorpus corpus) throws CorpusException, IOException {
        if (finished(store)) {
            return false;
        }
        write(store, corpus);
        return true;
    }

    /** Waits until the files just written are old enough to have a {@link org.attest.store.fs.FileStamp}. */
    static void settle() throws InterruptedException {
        Thread.sleep(org.attest.store.fs.FileStamp.SETTLE.toMillis() + 100);
    }

    private static boolean finished(CorpusStore store) {
        for (Document document : store.corpus().getDocuments()) {
            for (String name : SyntheticCorpus.ANNOTATORS) {
                if (CorpusStore.state(document, name) != DocumentState.FINISHED || !store.hasCas(document, name)) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Returns the 0-based index of a synthetic document id such as "news-000042". */
    static int index(String id) {
        if (!id.startsWith("news-")) {
            throw new IllegalArgumentException("'" + id + "' is not a synthetic document id (news-NNNNNN)");
        }
        return Integer.parseInt(id.substring("news-".length())) - 1;
    }

    /** Returns the nanoseconds it takes to read and {@code CasIOUtils.load} every annotator's CAS of every document. */
    static long timePlainLoad(Workload w, CorpusStore store) throws Exception {
        long start = System.nanoTime();
        for (org.attest.model.Document document : store.corpus().getDocuments()) {
            for (String annotator : SyntheticCorpus.ANNOTATORS) {
                org.apache.uima.cas.CAS cas = w.plain()
                        .load(java.nio.file.Files.readAllBytes(store.layout().cas(document.getId(), annotator)));
                if (cas.getDocumentText() == null) {
                    throw new IllegalStateException("a loaded CAS has no text");
                }
            }
        }
        return System.nanoTime() - start;
    }
}
