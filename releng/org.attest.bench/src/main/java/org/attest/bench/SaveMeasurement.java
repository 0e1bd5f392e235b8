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

    // saves of each kind before the timed ones, whatever the number of documents sampled
    private static final int WARM_UP_SAVES = 400;

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
        // warm-up, which also creates every file, so the timed rounds replace files as a user's save does: at least
        // WARM_UP_SAVES of each kind, so that the few documents of a quick run also time compiled code
        for (int pass = 0; pass * cases.size() < WARM_UP_SAVES; pass++) {
            for (Case c : cases) {
                timeAttest(store, c);
                timePlain(c);
                timePlainSerialising(c);
            }
        }
        // the timed saves start on a settled disk: written back during them, what the import and the steps before it
        // left made the p50 of both kinds twice as slow and their ratio unsteady (1.5-1.7 ms, 3.5x, after the team
        // step; 0.8-0.9 ms, 1.7x, with this)
        Disk.settle();
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
                Percentiles.rows("durable save of one document", w.size(), attest, plain, 1.2, note));
        rows.add(new Result("durable save, baseline serialising (p50)", w.size(), "ms", attest.percentileMillis(50),
                serialising.percentileMillis(50), Double.NaN,
                "baseline: CasIOUtils.save of the CAS (form 6 with its type system), then the same durable write"));
        rows.add(serialisingOnly(store, cases, w.rounds(), w.size()));
        return rows;
    }

    // The part of a save that is not the disk's: Attest's form against form 6 with the type system embedded, as every
    // file was written before the corpus kept its type system once; the sizes of both, in the note.
    private static Result serialisingOnly(CorpusStore store, List<Case> cases, int rounds, int size)
            throws Exception {
        Timings attest = new Timings();
        Timings embedded = new Timings();
        long attestBytes = 0;
        long embeddedBytes = 0;
        for (int round = 0; round < rounds * 4; round++) {
            for (int i = 0; i < cases.size(); i++) {
                CAS cas = cases.get(i).cas();
                for (int k = 0; k < 2; k++) {
                    long start = System.nanoTime();
                    if ((i + round + k) % 2 == 0) {
                        attestBytes += store.casFormat().write(cas).length;
                        attest.add(System.nanoTime() - start);
                    } else {
                        embeddedBytes += PlainUima.save(cas).length;
                        embedded.add(System.nanoTime() - start);
                    }
                }
            }
        }
        return new Result("serialising one document, no disk (p50)", size, "ms", attest.percentileMillis(50),
                embedded.percentileMillis(50), Double.NaN,
                String.format(java.util.Locale.ROOT,
                        "baseline: CasIOUtils.save, form 6 with its type system, as .bcas files were before;"
                                + " %,d bytes per file against %,d",
                        attestBytes / Math.max(1, attest.count()), embeddedBytes / Math.max(1, embedded.count())));
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
