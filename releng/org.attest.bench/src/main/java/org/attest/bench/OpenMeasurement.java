package org.attest.bench;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

import org.apache.uima.cas.CAS;
import org.attest.model.Document;
import org.attest.store.CorpusStore;

/**
 * Opening a document for annotation: {@link CorpusStore#readCas} (text hash check, type system check, load) against
 * reading the same .bcas file and {@code CasIOUtils.load} into a new CAS of an already committed type system.
 */
final class OpenMeasurement implements Measurement {

    @Override
    public String name() {
        return "open";
    }

    @Override
    public List<Result> measure(Workload w) throws Exception {
        CorpusStore store = w.store();
        List<Case> cases = new ArrayList<>();
        for (int index : w.sample()) {
            SyntheticDocument doc = w.corpus().document(index);
            Document document = store.document(doc.id()).orElseThrow();
            String annotator = SyntheticCorpus.ANNOTATORS.get(index % SyntheticCorpus.ANNOTATORS.size());
            if (!store.hasCas(document, annotator)) {
                throw new IllegalStateException(
                        "the save measurement must run before open: " + doc.id() + " has no CAS");
            }
            cases.add(new Case(document, annotator));
        }
        // warm-up: at least 300 opens each, so both paths are compiled before timing
        for (int pass = 0; pass < Math.max(1, 300 / cases.size()); pass++) {
            for (Case c : cases) {
                timeAttest(store, c);
                timePlain(w, store, c);
            }
        }
        int annotations = store.readCas(cases.get(0).document(), cases.get(0).annotator()).getAnnotationIndex().size();
        Timings attest = new Timings();
        Timings plain = new Timings();
        for (int round = 0; round < w.rounds() * 3; round++) {
            for (int i = 0; i < cases.size(); i++) {
                Case c = cases.get(i);
                if ((i + round) % 2 == 0) {
                    attest.add(timeAttest(store, c));
                    plain.add(timePlain(w, store, c));
                } else {
                    plain.add(timePlain(w, store, c));
                    attest.add(timeAttest(store, c));
                }
            }
        }
        String note = attest.count() + " opens of " + cases.size() + " documents (the first holds " + annotations
                + " annotations, tokens included); baseline reads the file too";
        return Percentiles.rows("open a document", w.size(), attest, plain, 1.5, note);
    }

    private static long timeAttest(CorpusStore store, Case c) throws Exception {
        long start = System.nanoTime();
        CAS cas = store.readCas(c.document(), c.annotator());
        long time = System.nanoTime() - start;
        requireText(cas);
        return time;
    }

    private static long timePlain(Workload w, CorpusStore store, Case c) throws Exception {
        long start = System.nanoTime();
        CAS cas = w.plain().load(Files.readAllBytes(store.layout().cas(c.document().getId(), c.annotator())));
        long time = System.nanoTime() - start;
        requireText(cas);
        return time;
    }

    private static void requireText(CAS cas) {
        if (cas.getDocumentText() == null) {
            throw new IllegalStateException("a loaded CAS has no text");
        }
    }

    private record Case(Document document, String annotator) {
    }
}
