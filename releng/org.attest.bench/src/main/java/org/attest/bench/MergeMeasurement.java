package org.attest.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Locale;

import org.apache.uima.cas.CAS;
import org.attest.curation.CurationService;
import org.attest.curation.MergeReport;
import org.attest.curation.MergeRequest;
import org.attest.model.Document;
import org.attest.store.CorpusStore;

/**
 * Auto-merge of the whole corpus on disk, three annotators' finished work per document: {@link CurationService#merge}
 * with the default (unanimous) policy, writing every gold CAS and curation record durably, against reading and
 * {@code CasIOUtils.load}ing the same CASes, the work a merge cannot avoid. Target: at most 1.5x (issue 23).
 */
final class MergeMeasurement implements Measurement {

    /** The largest acceptable ratio of auto-merge to loading the CASes. */
    static final double MAX_RATIO = 1.5;

    @Override
    public String name() {
        return "auto-merge";
    }

    @Override
    public List<Result> measure(Workload w) throws Exception {
        CorpusStore store = w.store();
        FinishedWork.ensure(store, w.corpus());
        // warm-up: one full merge and one plain load, then start every timed merge from no gold at all
        merge(store);
        FinishedWork.timePlainLoad(w, store);
        long[] attest = new long[w.rounds()];
        long[] plain = new long[w.rounds()];
        long[] again = new long[w.rounds()];
        int merged = 0;
        for (int round = 0; round < w.rounds(); round++) {
            forgetGold(store);
            if (round % 2 == 0) {
                long start = System.nanoTime();
                merged = merge(store);
                attest[round] = System.nanoTime() - start;
                plain[round] = FinishedWork.timePlainLoad(w, store);
            } else {
                plain[round] = FinishedWork.timePlainLoad(w, store);
                long start = System.nanoTime();
                merged = merge(store);
                attest[round] = System.nanoTime() - start;
            }
            if (w.stage().quick() && round > 0) {
                // a quick run re-merges once
                again[round] = again[0];
                continue;
            }
            long start = System.nanoTime();
            if (merge(store) != 0) {
                throw new IllegalStateException("a second auto-merge of an unchanged corpus merged something again");
            }
            again[round] = System.nanoTime() - start;
        }
        double attestSeconds = Timings.median(attest) / 1e9;
        double plainSeconds = Timings.median(plain) / 1e9;
        String note = String.format(Locale.ROOT,
                "median of %d runs over %d docs x %d finished annotators, unanimous, %d annotations "
                        + "merged, gold + curation record written durably per document; baseline: read + CasIOUtils.load of the same %d CASes",
                w.rounds(), w.size(), SyntheticCorpus.ANNOTATORS.size(), merged,
                w.size() * SyntheticCorpus.ANNOTATORS.size());
        return List.of(
                new Result("auto-merge of the corpus (total)", w.size(), "s", attestSeconds, plainSeconds, MAX_RATIO,
                        note),
                new Result("auto-merge again, nothing changed (total)", w.size(), "s", Timings.median(again) / 1e9,
                        plainSeconds, Double.NaN,
                        "every position already decided: loads and compares, writes nothing"));
    }

    private static int merge(CorpusStore store) throws Exception {
        MergeReport report = new CurationService(store).merge(MergeRequest.defaults(), m -> {
        });
        if (report.documents().size() != store.corpus().getDocuments().size()) {
            throw new IllegalStateException("auto-merge looked at " + report.documents().size() + " documents, not all "
                    + store.corpus().getDocuments().size());
        }
        return report.merged();
    }

    private static void forgetGold(CorpusStore store) throws IOException, org.attest.store.CorpusException {
        for (Document document : store.corpus().getDocuments()) {
            Files.deleteIfExists(store.layout().gold(document.getId()));
            Files.deleteIfExists(store.layout().curationRecord(document.getId()));
        }
    }

}
