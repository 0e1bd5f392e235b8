package org.attest.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.uima.cas.CAS;
import org.attest.model.Document;
import org.attest.model.DocumentState;
import org.attest.store.CorpusStore;

/**
 * Durable save of one annotated document: {@link CorpusStore#writeCas} against writing the very bytes it stores with
 * write + fsync + rename + fsync of the folder; also leaves the annotator CASes that the open measurement reads.
 */
final class SaveMeasurement implements Measurement {

    @Override
    public String name() {
        return "save";
    }

    @Override
    public List<Result> measure(Workload w) throws Exception {
        CorpusStore store = w.store();
        Path plainDir = Files.createDirectories(w.dir().resolve("plain-save"));
        List<Case> cases = new ArrayList<>();
        for (int index : w.sample()) {
            SyntheticDocument doc = w.corpus().document(index);
            int annotator = index % SyntheticCorpus.ANNOTATORS.size();
            CAS cas = SyntheticCorpus.toCas(doc, annotator, store.casFactory());
            Document document = store.document(doc.id()).orElseThrow();
            String name = SyntheticCorpus.ANNOTATORS.get(annotator);
            store.setState(document, store.ensureAnnotator(name), DocumentState.IN_PROGRESS);
            cases.add(
                    new Case(document, name, cas, store.casFormat().write(cas), plainDir.resolve(doc.id() + ".bcas")));
        }
        store.saveModel();
        // warm-up, which also creates every file, so the timed rounds replace files as a user's save does
        for (Case c : cases) {
            store.writeCas(c.document(), c.annotator(), c.cas());
            PlainUima.durableWrite(c.plainFile(), c.bytes());
        }
        Timings attest = new Timings();
        Timings plain = new Timings();
        Timings serialising = new Timings();
        for (int round = 0; round < w.rounds(); round++) {
            for (int i = 0; i < cases.size(); i++) {
                Case c = cases.get(i);
                // rotate which goes first so none profits from another's cache or journal state
                for (int k = 0; k < 3; k++) {
                    switch ((i + round + k) % 3) {
                        case 0 -> attest.add(timeAttest(store, c));
                        case 1 -> plain.add(timePlain(c));
                        default -> serialising.add(timePlainSerialising(c));
                    }
                }
            }
        }
        String note = attest.count() + " saves of " + cases.size()
                + " documents; baseline: the same bytes, already serialised";
        List<Result> rows = new ArrayList<>(
                Percentiles.rows("durable save of one document", w.size(), attest, plain, 1.5, note));
        rows.add(new Result("durable save, baseline serialising (p50)", w.size(), "ms", attest.percentileMillis(50),
                serialising.percentileMillis(50), Double.NaN,
                "baseline: CasIOUtils.save of the CAS, then the same durable write"));
        return rows;
    }

    private static long timeAttest(CorpusStore store, Case c) throws Exception {
        long start = System.nanoTime();
        store.writeCas(c.document(), c.annotator(), c.cas());
        return System.nanoTime() - start;
    }

    private static long timePlain(Case c) throws Exception {
        long start = System.nanoTime();
        PlainUima.durableWrite(c.plainFile(), c.bytes());
        return System.nanoTime() - start;
    }

    private static long timePlainSerialising(Case c) throws Exception {
        long start = System.nanoTime();
        PlainUima.durableWrite(c.plainFile(), PlainUima.save(c.cas()));
        return System.nanoTime() - start;
    }

    private record Case(Document document, String annotator, CAS cas, byte[] bytes, Path plainFile) {
    }
}
