package org.attest.bench;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.uima.cas.CAS;
import org.apache.uima.cas.text.AnnotationFS;
import org.attest.cas.Layers;
import org.attest.model.CorpusFactory;
import org.attest.model.Document;
import org.attest.model.Entity;
import org.attest.store.CorpusStore;
import org.attest.suggest.SuggestionService;
import org.attest.suggest.api.Recommender;
import org.attest.suggest.rules.CuesRecommender;
import org.attest.suggest.rules.FiguresRecommender;
import org.attest.suggest.rules.RegistryRecommender;

/**
 * The rule recommenders over the corpus, in documents per second: each document's CAS read, then each recommender's
 * suggestions, against reading and {@code CasIOUtils.load}ing the same CASes. The registry holds the names the
 * annotator marked as entities in the first documents, for the time of the measurement only.
 */
final class SuggestMeasurement implements Measurement {

    /** The documents per second every rule recommender must reach, its CAS read included. */
    static final double TARGET = 200;

    private static final String ANNOTATOR = SyntheticCorpus.ANNOTATORS.get(0);
    private static final int MAX_DOCS = 1000;

    // a rate: a quick run takes it over fewer documents
    private static final int QUICK_DOCS = 300;
    private static final int NAMED_FROM = 50;

    private final List<Recommender> rules = List.of(new RegistryRecommender(), new CuesRecommender(),
            new FiguresRecommender());

    @Override
    public String name() {
        return "suggest";
    }

    @Override
    public List<Result> measure(Workload w) throws Exception {
        CorpusStore store = w.store();
        if (store.annotator(ANNOTATOR).isEmpty()) {
            throw new IllegalStateException("the agreement measurement must run before suggest: no CASes of "
                    + ANNOTATOR);
        }
        List<Document> documents = store.corpus().getDocuments().subList(0,
                Math.min(w.stage().quick() ? QUICK_DOCS : MAX_DOCS, store.corpus().getDocuments().size()));
        List<Entity> added = register(store, documents);
        try {
            long[] counts = new long[rules.size()];
            for (int pass = 0; pass < 2; pass++) {
                timeRules(store, documents, counts);
                timePlain(w, store, documents);
            }
            long[][] rule = new long[rules.size() + 2][w.rounds()];
            long[] plain = new long[w.rounds()];
            for (int round = 0; round < w.rounds(); round++) {
                long[] times = timeRules(store, documents, counts);
                for (int r = 0; r < times.length; r++) {
                    rule[r][round] = times[r];
                }
                plain[round] = timePlain(w, store, documents);
            }
            double baseline = documents.size() / (Timings.median(plain) / 1e9);
            List<Result> rows = new ArrayList<>();
            double read = Timings.median(rule[rules.size()]);
            for (int r = 0; r <= rules.size(); r++) {
                boolean all = r == rules.size();
                double seconds = (read + (all ? Timings.median(rule[r + 1]) : Timings.median(rule[r]))) / 1e9;
                String what = all ? "all three" : rules.get(r).name();
                rows.add(Result.rate("suggest: " + what + " (CAS read included)", w.size(), "docs/s",
                        documents.size() / seconds, baseline, TARGET, String.format(Locale.ROOT,
                                "median of %d runs over %d docs of %s, registry of %d names; %s; baseline: read"
                                        + " + CasIOUtils.load of the same CASes",
                                w.rounds(), documents.size(), ANNOTATOR, added.size(),
                                all ? sum(counts) + " suggestions a run" : counts[r] + " suggestions a run")));
            }
            return rows;
        } finally {
            store.corpus().getEntities().removeAll(added);
        }
    }

    private static long sum(long[] counts) {
        long sum = 0;
        for (long c : counts) {
            sum += c;
        }
        return sum;
    }

    // Returns each recommender's time, then the CAS reads' time, then all recommenders' time together.
    private long[] timeRules(CorpusStore store, List<Document> documents, long[] counts) throws Exception {
        long[] times = new long[rules.size() + 2];
        SuggestionService service = new SuggestionService(store);
        CAS reuse = null;
        java.util.Arrays.fill(counts, 0);
        for (Document document : documents) {
            long start = System.nanoTime();
            reuse = store.readCas(document, ANNOTATOR, reuse);
            times[rules.size()] += System.nanoTime() - start;
            for (int r = 0; r < rules.size(); r++) {
                long t = System.nanoTime();
                SuggestionService.Raw raw = service.propose(document, reuse, List.of(rules.get(r)));
                long spent = System.nanoTime() - t;
                times[r] += spent;
                times[rules.size() + 1] += spent;
                if (!raw.failures().isEmpty()) {
                    throw new IllegalStateException(raw.failures().get(0).toString());
                }
                counts[r] += raw.suggestions().size();
            }
        }
        return times;
    }

    private static long timePlain(Workload w, CorpusStore store, List<Document> documents) throws Exception {
        long start = System.nanoTime();
        for (Document document : documents) {
            CAS cas = w.plain().load(Files.readAllBytes(store.layout().cas(document.getId(), ANNOTATOR)));
            if (cas.getDocumentText() == null) {
                throw new IllegalStateException("a loaded CAS has no text");
            }
        }
        return System.nanoTime() - start;
    }

    // The names the annotator marked in the first documents become registry entities, in memory only.
    private static List<Entity> register(CorpusStore store, List<Document> documents) throws Exception {
        Map<String, String> names = new LinkedHashMap<>();
        for (Document document : documents.subList(0, Math.min(NAMED_FROM, documents.size()))) {
            CAS cas = store.readCas(document, ANNOTATOR);
            Layers layers = new Layers(cas, store.corpus().getSchema());
            for (AnnotationFS fs : layers.spans("Entity")) {
                names.putIfAbsent(fs.getCoveredText(), layers.label(fs));
            }
        }
        List<Entity> added = new ArrayList<>();
        names.forEach((name, type) -> {
            Entity entity = CorpusFactory.eINSTANCE.createEntity();
            entity.setId("B-" + added.size());
            entity.setCanonicalName(name);
            entity.setType(type);
            added.add(entity);
        });
        store.corpus().getEntities().addAll(added);
        return added;
    }
}
