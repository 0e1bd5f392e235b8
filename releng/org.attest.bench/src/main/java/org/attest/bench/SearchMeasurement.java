package org.attest.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.apache.uima.cas.CAS;
import org.attest.model.Annotator;
import org.attest.model.Document;
import org.attest.search.CorpusSearch;
import org.attest.store.CorpusStore;

/**
 * {@code attest search}: building the index of the whole corpus (every annotator's CAS read and indexed) against
 * reading and {@code CasIOUtils.load}ing the same CASes; queries of words, phrases and fields against scanning the
 * texts held in memory; and bringing the index up to date after one save against the save itself.
 */
final class SearchMeasurement implements Measurement {

    /** The largest acceptable ratio of building the index to reading the same CASes. */
    static final double BUILD_RATIO = 2.0;

    /** The bound on a query's p95 and on an update after one save, in milliseconds. */
    static final double BOUND_MS = 50;

    private static final int QUERIES = 200;

    private static final int WARM_UP_RUNS = 3;

    private static final int WARM_UP_UPDATES = 30;

    @Override
    public String name() {
        return "search";
    }

    @Override
    public List<Result> measure(Workload w) throws Exception {
        CorpusStore store = w.store();
        // run alone (--only search): the annotators' work that agreement writes otherwise, untimed
        FinishedWork.ensure(store, w.corpus());
        warmUp(w);
        Path index = store.layout().privateDir().resolve("index");
        Bench.deleteTree(index);
        long plainStart = System.nanoTime();
        int cases = readAll(w, store);
        double plain = (System.nanoTime() - plainStart) / 1e9;
        long buildStart = System.nanoTime();
        List<Result> rows = new ArrayList<>();
        try (CorpusSearch search = CorpusSearch.open(store)) {
            double build = (System.nanoTime() - buildStart) / 1e9;
            if (!search.warnings().isEmpty()) {
                throw new IllegalStateException("the index was built with warnings: " + search.warnings());
            }
            rows.add(new Result("search index, built from scratch (total)", w.size(), "s", build, plain, BUILD_RATIO,
                    String.format(Locale.ROOT, "%d CASes and texts indexed, %.0f MB on disk; baseline: read +"
                            + " CasIOUtils.load of the same CASes", cases, size(index) / 1e6)));
            rows.addAll(queries(w, store, search));
            rows.add(update(w, store, search));
        }
        return rows;
    }

    /**
     * Compiles the index build, a query, an update after saves and the plain reading on the agreement's warm-up corpus
     * of the first documents, so that a size measured without a smaller one before it (a quick run) is not timed cold:
     * the first updates of a run, timed cold, took 40-70 ms against 10-25 ms once compiled.
     */
    private static void warmUp(Workload w) throws Exception {
        Path dir = w.dir().resolve("agreement-warm-up");
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (CorpusStore store = CorpusStore.open(dir, CorpusStore.Mode.WRITE, "bench search warm-up")) {
            for (int run = 0; run < (w.stage().quick() ? 1 : WARM_UP_RUNS); run++) {
                Bench.deleteTree(store.layout().privateDir().resolve("index"));
                readAll(w, store);
                try (CorpusSearch search = CorpusSearch.open(store)) {
                    search.search("flood OR police", 20);
                    saveAndRefresh(store, search, WARM_UP_UPDATES);
                }
            }
        }
    }

    private static int readAll(Workload w, CorpusStore store) throws Exception {
        int read = 0;
        for (Document document : store.corpus().getDocuments()) {
            for (Annotator annotator : store.corpus().getAnnotators()) {
                Path file = store.layout().cas(document.getId(), annotator.getName());
                if (Files.isRegularFile(file)) {
                    CAS cas = w.plain().load(Files.readAllBytes(file));
                    read += cas.getDocumentText() == null ? 0 : 1;
                }
            }
        }
        return read;
    }

    private static List<Result> queries(Workload w, CorpusStore store, CorpusSearch search) throws Exception {
        List<String> texts = new ArrayList<>();
        for (Document document : store.corpus().getDocuments()) {
            texts.add(store.readText(document).toLowerCase(Locale.ROOT));
        }
        List<String> queries = new ArrayList<>();
        List<String> words = new ArrayList<>();
        for (int i = 0; i < QUERIES; i++) {
            String[] tokens = texts.get((i * 7919) % texts.size()).split("[^\\p{L}\\p{N}]+");
            String word = tokens[Math.min(tokens.length - 1, 5 + i % 20)];
            String next = tokens[Math.min(tokens.length - 1, 6 + i % 20)];
            words.add(word);
            Document document = store.corpus().getDocuments().get((i * 7919) % texts.size());
            String titled = document.getTitle() == null
                    ? word
                    : java.util.Arrays.stream(document.getTitle().toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
                            .filter(t -> !t.isEmpty()).findFirst().orElse(word);
            queries.add(switch (i % 6) {
                case 0 -> word;
                case 1 -> "\"" + word + " " + next + "\"";
                case 2 -> "layer:" + store.corpus().getSchema().getLayers().get(i % 3).getName() + " " + word;
                case 3 -> "annotator:" + SyntheticCorpus.ANNOTATORS.get(i % 3) + " AND disagreement:yes";
                case 4 -> word + " OR " + next;
                // a document's field (stamps only) with words: the documents found first, then their passages
                default -> i % 12 == 5 ? "title:" + titled + " " + word : "gold:none \"" + word + " " + next + "\"";
            });
        }
        for (int i = 0; i < 20; i++) {
            search.search(queries.get(i), 20);
        }
        Timings attest = new Timings();
        Timings plain = new Timings();
        for (int i = 0; i < QUERIES; i++) {
            long start = System.nanoTime();
            search.search(queries.get(i), 20);
            attest.add(System.nanoTime() - start);
            start = System.nanoTime();
            String word = words.get(i);
            long found = texts.stream().filter(t -> t.contains(word)).count();
            plain.add(System.nanoTime() - start + (found < 0 ? 1 : 0));
        }
        String note = String.format(Locale.ROOT, "%d queries (words, phrases, layer and word, annotator and"
                + " disagreement, OR, title and word, gold state and phrase), 20 hits each; baseline: scanning the %d"
                + " texts in memory for the word", QUERIES,
                texts.size());
        return List.of(
                new Result("search, one query (p50)", w.size(), "ms", attest.percentileMillis(50),
                        plain.percentileMillis(50), Double.NaN, note),
                new Result("search, one query (p95)", w.size(), "ms", attest.percentileMillis(95),
                        plain.percentileMillis(95), Double.NaN, BOUND_MS, "target: under 50 ms"));
    }

    private static Result update(Workload w, CorpusStore store, CorpusSearch search) throws Exception {
        List<Integer> sample = w.sample();
        List<Document> documents = new ArrayList<>();
        for (int i = 0; i < Math.min(30, sample.size()); i++) {
            documents.add(store.corpus().getDocuments().get(sample.get(i) % store.corpus().getDocuments().size()));
        }
        Timings[] timed = saveAndRefresh(store, search, documents);
        return new Result("search index, update after one save (p95)", w.size(), "ms", timed[0].percentileMillis(95),
                timed[1].percentileMillis(95), Double.NaN, BOUND_MS,
                "target: under 50 ms; one document's CASes indexed again and searchable (committed when the saves pause); baseline: the durable save");
    }

    // saves the first annotator's CAS of each of the first documents and brings the index up to date after each
    private static void saveAndRefresh(CorpusStore store, CorpusSearch search, int documents) throws Exception {
        List<Document> all = store.corpus().getDocuments();
        saveAndRefresh(store, search, all.subList(0, Math.min(documents, all.size())));
    }

    // the times of the updates and of the saves before them, in this order
    private static Timings[] saveAndRefresh(CorpusStore store, CorpusSearch search, List<Document> documents)
            throws Exception {
        String annotator = store.corpus().getAnnotators().get(0).getName();
        Timings attest = new Timings();
        Timings plain = new Timings();
        for (Document document : documents) {
            CAS cas = store.readCas(document, annotator);
            long start = System.nanoTime();
            store.writeCas(document, annotator, cas);
            plain.add(System.nanoTime() - start);
            start = System.nanoTime();
            search.refresh(List.of(document.getId()));
            attest.add(System.nanoTime() - start);
        }
        return new Timings[]{attest, plain};
    }

    private static long size(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.mapToLong(f -> f.toFile().length()).sum();
        }
    }
}
