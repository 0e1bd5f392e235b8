package org.attest.bench;

import java.nio.file.Files;
import java.util.List;
import java.util.Locale;

import org.apache.uima.cas.CAS;
import org.attest.claims.Cluster;
import org.attest.claims.ConflictRules;
import org.attest.claims.CorpusClaims;
import org.attest.model.Document;
import org.attest.store.CorpusStore;

/**
 * {@code attest claims} over the whole corpus: {@link CorpusClaims#read} of one annotator's finished work (every CAS
 * read, every claim's figure, qualifier and period taken, the clusters judged) against reading and
 * {@code CasIOUtils.load}ing the same CASes.
 */
final class ClaimsMeasurement implements Measurement {

    /** The row's operation. */
    static final String OPERATION = "attest claims over the corpus (total)";

    /** The largest acceptable ratio to reading the same CASes. */
    static final double TARGET_RATIO = 1.5;

    private static final String ANNOTATOR = SyntheticCorpus.ANNOTATORS.get(0);

    @Override
    public String name() {
        return "claims";
    }

    @Override
    public List<Result> measure(Workload w) throws Exception {
        CorpusStore store = w.store();
        // run alone (--only claims): the annotators' work that agreement writes otherwise, untimed
        FinishedWork.ensure(store, w.corpus());
        int[] claims = new int[5];
        for (int pass = 0; pass < 2; pass++) {
            timeAttest(store, claims);
            timePlain(w, store);
        }
        long[] attest = new long[w.rounds()];
        long[] plain = new long[w.rounds()];
        for (int round = 0; round < w.rounds(); round++) {
            // alternate which goes first so neither always finds the other's files in the page cache
            if (round % 2 == 0) {
                attest[round] = timeAttest(store, claims);
                plain[round] = timePlain(w, store);
            } else {
                plain[round] = timePlain(w, store);
                attest[round] = timeAttest(store, claims);
            }
        }
        String note = String.format(Locale.ROOT,
                "median of %d runs: %s's %d claims in %d docs, %d in %d clusters with %d verdicts"
                        + " (%d conflicts); baseline: read + CasIOUtils.load of the same %d CASes",
                w.rounds(), ANNOTATOR, claims[0], w.size(), claims[1], claims[2], claims[3], claims[4], w.size());
        return List.of(new Result(OPERATION, w.size(), "s", Timings.median(attest) / 1e9,
                Timings.median(plain) / 1e9, TARGET_RATIO, note));
    }

    private static long timeAttest(CorpusStore store, int[] claims) throws Exception {
        long start = System.nanoTime();
        CorpusClaims.Result result = new CorpusClaims(store, new ConflictRules()).read(ANNOTATOR);
        long time = System.nanoTime() - start;
        claims[1] = result.clusters().stream().mapToInt(c -> c.claims().size()).sum();
        claims[0] = result.unclustered() + claims[1];
        claims[2] = result.clusters().size();
        claims[3] = result.clusters().stream().mapToInt(c -> c.verdicts().size()).sum();
        claims[4] = (int) result.clusters().stream().mapToLong(Cluster::conflictCount).sum();
        if (claims[0] == 0) {
            throw new IllegalStateException("attest claims found no claim of " + ANNOTATOR + " in the bench corpus");
        }
        return time;
    }

    private static long timePlain(Workload w, CorpusStore store) throws Exception {
        long start = System.nanoTime();
        for (Document document : store.corpus().getDocuments()) {
            CAS cas = w.plain().load(Files.readAllBytes(store.layout().cas(document.getId(), ANNOTATOR)));
            if (cas.getDocumentText() == null) {
                throw new IllegalStateException("a loaded CAS has no text");
            }
        }
        return System.nanoTime() - start;
    }
}
