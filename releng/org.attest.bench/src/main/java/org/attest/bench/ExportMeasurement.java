package org.attest.bench;

import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.uima.cas.CAS;
import org.attest.export.ExportRequest;
import org.attest.export.ExportResult;
import org.attest.export.ExportService;
import org.attest.model.Document;
import org.attest.store.CorpusStore;

/**
 * A whole export of one annotator's work (every document, split 80/10/10, the manifest with its corpus agreement) in
 * JSONL and CoNLL against a plain program that loads the same CASes one by one with {@code CasIOUtils} and writes the
 * same bytes: once with nothing cached (its time, at most 1.5x the plain program's), once more on the unchanged corpus
 * (in MB/s of the format files written, at least 50 at 10,000 documents).
 */
final class ExportMeasurement implements Measurement {

    /** The throughput the issue asks for, in MB/s of output. */
    static final double TARGET_MB_PER_SECOND = 50;

    /**
     * The largest acceptable ratio of the first export (nothing cached) to its baseline: reading and loading the same
     * CASes and writing the same bytes.
     */
    static final double FIRST_MAX_RATIO = 1.5;

    /** The corpus size the target is set for ("over a 10,000-document corpus"); smaller corpora are information. */
    static final int TARGET_DOCS = 10_000;

    /** The formats measured. */
    static final List<String> FORMATS = List.of("jsonl", "conll");

    private static final String FROM = SyntheticCorpus.ANNOTATORS.get(0);
    private static final int WARM_UP_RUNS = 2;
    private static final int LARGE = 5_000;

    @Override
    public String name() {
        return "export";
    }

    @Override
    public List<Result> measure(Workload w) throws Exception {
        CorpusStore store = w.store();
        // run alone (--only export): the annotators' work that agreement writes otherwise, untimed
        if (FinishedWork.ensure(store, w.corpus())) {
            FinishedWork.settle();
        }
        warmUp(w);
        // one timed round at large sizes: each is a pass over every CAS of the corpus, and the medians barely move
        int rounds = w.size() >= LARGE ? 1 : w.rounds();
        List<Result> rows = new ArrayList<>();
        for (String format : FORMATS) {
            long[] first = new long[rounds];
            long[] attest = new long[rounds];
            long[] plain = new long[rounds];
            long bytes = 0;
            for (int round = 0; round < rounds; round++) {
                Path out = w.dir().resolve("export-" + format + "-" + round);
                Path plainOut = w.dir().resolve("plain-export-" + format + "-" + round);
                // the first export finds no cache at all; the second finds what the first kept, the corpus unchanged
                if (round % 2 == 0) {
                    first[round] = timeFirst(store, format, out);
                    attest[round] = timeAttest(store, format, out);
                    plain[round] = timePlain(w, store, out, plainOut);
                } else {
                    plain[round] = timePlain(w, store, w.dir().resolve("export-" + format + "-" + (round - 1)),
                            plainOut);
                    first[round] = timeFirst(store, format, out);
                    attest[round] = timeAttest(store, format, out);
                }
                bytes = formatBytes(out);
            }
            double mb = bytes / 1e6;
            double firstSeconds = Timings.median(first) / 1e9;
            double attestSeconds = Timings.median(attest) / 1e9;
            double plainSeconds = Timings.median(plain) / 1e9;
            String what = String.format(Locale.ROOT,
                    "%.1f MB of %s from %s's %d CASes, split 80/10/10, each file written durably"
                            + " (fsync, atomic rename), the manifest with the corpus agreement of %d annotators; median of %d; baseline:"
                            + " read + CasIOUtils.load of the same CASes one by one and a buffered write of the same bytes: %.2f s",
                    mb, format, FROM, w.size(), SyntheticCorpus.ANNOTATORS.size(), rounds, plainSeconds);
            rows.add(Result.rate("export " + format + " (throughput)", w.size(), "MB/s", mb / attestSeconds,
                    mb / plainSeconds,
                    w.size() >= TARGET_DOCS ? TARGET_MB_PER_SECOND : Double.NaN,
                    String.format(Locale.ROOT, "%scorpus unchanged"
                            + " since the export before: every CAS file"
                            + " read and hashed, what the export takes from it and the manifest's agreement summary from"
                            + " .attest/cache, every format file written anew: %.2f s; %s",
                            w.size() >= TARGET_DOCS
                                    ? ""
                                    : "target >= 50 MB/s at 10,000 documents, information here; ",
                            attestSeconds, what)));
            rows.add(new Result("export " + format + ", first: no cache (total)", w.size(), "s", firstSeconds,
                    plainSeconds, FIRST_MAX_RATIO,
                    String.format(Locale.ROOT, "the whole .attest/cache deleted before the run, so"
                            + " every CAS of %s is deserialized and the agreement reads all %d annotators' CASes:"
                            + " %.2f s, %.1f MB/s; %s",
                            FROM, SyntheticCorpus.ANNOTATORS.size(), firstSeconds, mb / firstSeconds, what)));
        }
        return rows;
    }

    /** Times an export after deleting everything the corpus keeps in {@code .attest/cache}. */
    private static long timeFirst(CorpusStore store, String format, Path out) throws Exception {
        Path cache = store.layout().cache();
        if (Files.isDirectory(cache)) {
            try (Stream<Path> files = Files.list(cache)) {
                for (Path file : files.toList()) {
                    Files.delete(file);
                }
            }
        }
        return timeAttest(store, format, out);
    }

    /** Compiles both paths on the agreement warm-up corpus, whose documents are finished by every annotator. */
    private static void warmUp(Workload w) throws Exception {
        Path dir = w.dir().resolve("agreement-warm-up");
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (CorpusStore store = CorpusStore.open(dir, CorpusStore.Mode.READ, "bench export warm-up")) {
            for (int run = 0; run < (w.stage().quick() ? 1 : WARM_UP_RUNS); run++) {
                for (String format : FORMATS) {
                    Path out = w.dir().resolve("export-warm-up-" + format);
                    timeAttest(store, format, out);
                    timePlain(w, store, out, w.dir().resolve("plain-export-warm-up-" + format));
                }
            }
        }
    }

    private static long timeAttest(CorpusStore store, String format, Path out) throws Exception {
        settle();
        long start = System.nanoTime();
        ExportResult result = new ExportService(store)
                .export(new ExportRequest(format, FROM, List.of(80, 10, 10), 1, out), m -> {
                });
        long time = System.nanoTime() - start;
        if (result.total().documents() != store.corpus().getDocuments().size()) {
            throw new IllegalStateException("the export wrote " + result.total().documents() + " of "
                    + store.corpus().getDocuments().size() + " documents; every document has " + FROM + "'s work");
        }
        return time;
    }

    /**
     * Loads {@code FROM}'s CASes of every document in corpus order, then writes the bytes of the files in
     * {@code attestOut}.
     */
    private static long timePlain(Workload w, CorpusStore store, Path attestOut, Path out) throws Exception {
        Map<Path, byte[]> files = new LinkedHashMap<>();
        for (Path file : formatFiles(attestOut)) {
            files.put(out.resolve(attestOut.relativize(file)), Files.readAllBytes(file));
        }
        Files.createDirectories(out);
        settle();
        long start = System.nanoTime();
        for (Document document : store.corpus().getDocuments()) {
            CAS cas = w.plain().load(Files.readAllBytes(store.layout().cas(document.getId(), FROM)));
            if (cas.getDocumentText() == null) {
                throw new IllegalStateException("a loaded CAS has no text");
            }
        }
        for (Map.Entry<Path, byte[]> file : files.entrySet()) {
            try (OutputStream stream = new BufferedOutputStream(Files.newOutputStream(file.getKey()), 1 << 16)) {
                stream.write(file.getValue());
            }
        }
        return System.nanoTime() - start;
    }

    /** Collects the garbage of whatever ran before, so that no timed run pays for another's. */
    private static void settle() {
        System.gc();
    }

    private static List<Path> formatFiles(Path dir) throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> !f.getFileName().toString().equals(ExportService.MANIFEST)).sorted().toList();
        }
    }

    private static long formatBytes(Path dir) throws Exception {
        long bytes = 0;
        for (Path file : formatFiles(dir)) {
            bytes += Files.size(file);
        }
        return bytes;
    }

}
