package org.attest.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.apache.uima.cas.CAS;
import org.attest.agreement.corpus.AgreementReport;
import org.attest.agreement.corpus.AgreementRequest;
import org.attest.agreement.corpus.AgreementService;
import org.attest.imports.ImportService;
import org.attest.io.ImportOptions;
import org.attest.model.Document;
import org.attest.store.CorpusStore;

/**
 * Agreement over the whole corpus on disk, three annotators' finished work per document: {@link AgreementService} with
 * the default request against what it cannot avoid, reading each of those CASes and {@code CasIOUtils.load}ing it.
 */
final class AgreementMeasurement implements Measurement {

    /** The corpus size of the target "agreement 10k docs &lt; 10 s". */
    static final int TARGET_DOCS = 10_000;

    /** The target time at {@link #TARGET_DOCS} documents, in seconds. */
    static final double TARGET_SECONDS = 10;

    /** The smallest corpus whose extrapolation to {@link #TARGET_DOCS} gets a verdict. */
    static final int MIN_JUDGED_DOCS = 1_000;

    private static final int WARM_UP_DOCS = 100;
    private static final int WARM_UP_RUNS = 4;

    @Override
    public String name() {
        return "agreement";
    }

    @Override
    public List<Result> measure(Workload w) throws Exception {
        warmUp(w);
        CorpusStore store = w.store();
        long setUp = System.nanoTime();
        FinishedWork.write(store, w.corpus());
        double setUpSeconds = (System.nanoTime() - setUp) / 1e9;
        // as a user's files are when they measure agreement: written before the last seconds, so that their stamps
        // count (the first run after their writing then reads and hashes them, and the later runs need not)
        FinishedWork.settle();
        long[] first = new long[w.rounds()];
        long[] attest = new long[w.rounds()];
        long[] plain = new long[w.rounds()];
        for (int round = 0; round < w.rounds(); round++) {
            // alternate which goes first so neither always finds the other's files in the page cache
            // a quick run times the first run (information only) once
            boolean timeFirst = round == 0 || !w.stage().quick();
            if (round % 2 == 0) {
                first[round] = timeFirst ? timeAttest(store, w.size(), true) : first[0];
                attest[round] = timeAttest(store, w.size(), false);
                plain[round] = FinishedWork.timePlainLoad(w, store);
            } else {
                plain[round] = FinishedWork.timePlainLoad(w, store);
                first[round] = timeFirst ? timeAttest(store, w.size(), true) : first[0];
                attest[round] = timeAttest(store, w.size(), false);
            }
        }
        double firstSeconds = Timings.median(first) / 1e9;
        double attestSeconds = Timings.median(attest) / 1e9;
        double plainSeconds = Timings.median(plain) / 1e9;
        double scale = (double) TARGET_DOCS / w.size();
        String note = String.format(Locale.ROOT,
                "median of %d runs over %d docs x %d finished annotators (all layers, all"
                        + " measures); baseline: read + CasIOUtils.load of the same %d CASes; set-up (untimed) %.1f s",
                w.rounds(),
                w.size(), SyntheticCorpus.ANNOTATORS.size(), w.size() * SyntheticCorpus.ANNOTATORS.size(),
                setUpSeconds);
        // below 1,000 documents the fixed costs of a run, multiplied as well, would decide the verdict
        boolean judged = w.size() >= MIN_JUDGED_DOCS;
        String extrapolated = w.size() == TARGET_DOCS
                ? "measured at 10,000 docs"
                : String.format(Locale.ROOT, "the %d-doc times x %.2f (linear); target: 10k docs < 10 s%s", w.size(),
                        scale,
                        judged ? "" : ", judged from 1,000 docs on: a run's fixed costs would be multiplied too");
        return List.of(
                new Result("agreement over the corpus (total)", w.size(), "s", attestSeconds, plainSeconds, Double.NaN,
                        "every CAS file unchanged since the run before, known to .attest/cache by its stamp (inode, size, times); "
                                + note),
                new Result("agreement, " + Scaling.EXTRAPOLATED + " to 10k docs", w.size(), "s", attestSeconds * scale,
                        plainSeconds * scale, Double.NaN, judged ? TARGET_SECONDS : Double.NaN, extrapolated),
                new Result("agreement, first run: no cache (total)", w.size(), "s", firstSeconds, plainSeconds,
                        Double.NaN,
                        "every CAS file deserialized (cache deleted before each run), the cache written; " + note));
    }

    /** Compiles both paths on a small corpus of the first documents before anything is timed. */
    private static void warmUp(Workload w) throws Exception {
        Path dir = w.dir().resolve("agreement-warm-up");
        int docs = Math.min(WARM_UP_DOCS, w.size());
        List<Path> files;
        try (var stream = Files.list(w.texts())) {
            files = stream.filter(p -> p.toString().endsWith(".txt")).sorted().limit(docs).toList();
        }
        try (CorpusStore store = CorpusStore.init(dir, "bench-warm-up", "bench agreement warm-up")) {
            new ImportService(store).run(new ImportService.Request(files, ImportOptions.defaults(), null, null), m -> {
            });
            FinishedWork.write(store, w.corpus());
            for (int run = 0; run < (w.stage().quick() ? WARM_UP_RUNS / 2 : WARM_UP_RUNS); run++) {
                timeAttest(store, docs, run == 0);
                FinishedWork.timePlainLoad(w, store);
            }
        }
    }

    private static long timeAttest(CorpusStore store, int docs, boolean noCache) throws Exception {
        if (noCache) {
            Files.deleteIfExists(store.layout().cache().resolve("observations.bin"));
        }
        long start = System.nanoTime();
        AgreementReport report = new AgreementService(store).compute(AgreementRequest.defaults(), m -> {
        });
        long time = System.nanoTime() - start;
        if (report.documentsCounted() != docs || report.annotators().size() != SyntheticCorpus.ANNOTATORS.size()) {
            throw new IllegalStateException(
                    "agreement counted " + report.documentsCounted() + " of " + docs + " documents and "
                            + report.annotators() + "; every document should count with " + SyntheticCorpus.ANNOTATORS);
        }
        return time;
    }

}
