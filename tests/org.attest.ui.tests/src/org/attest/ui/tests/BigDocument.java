package org.attest.ui.tests;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.apache.uima.cas.CAS;
import org.attest.cas.Layers;
import org.attest.imports.ImportService;
import org.attest.io.ImportOptions;
import org.attest.store.CorpusStore;

/**
 * The editor benchmarks' corpus: "big", a 1 MB article of news words with 10,000 entities annotated by "bench", and
 * "small", one sentence.
 */
final class BigDocument {

    private static final String[] WORDS = {"the", "mayor", "said", "that", "river", "levels", "rose", "after", "rain",
            "in",
            "Port", "Vesna", "according", "to", "officials", "more", "than", "people", "were", "evacuated", "Kovačić",
            "Lindor"};

    private BigDocument() {
    }

    private static String article(Random random, int bytes) {
        StringBuilder sb = new StringBuilder(bytes + 200);
        while (sb.length() < bytes) {
            int words = 12 + random.nextInt(14);
            for (int i = 0; i < words; i++) {
                String w = WORDS[random.nextInt(WORDS.length)];
                sb.append(i == 0 ? Character.toUpperCase(w.charAt(0)) + w.substring(1) : w)
                        .append(i == words - 1 ? ". " : " ");
            }
            if (random.nextInt(6) == 0) {
                sb.append("\n\n");
            }
        }
        return sb.toString();
    }

    /** Creates the corpus in {@code tmp} and returns its folder. */
    static Path create(Path tmp) throws Exception {
        Random random = new Random(42);
        Path input = tmp.resolve("big.txt");
        Files.writeString(input, article(random, 1_000_000), StandardCharsets.UTF_8);
        Files.writeString(tmp.resolve("small.txt"), "Mayor Ana Kovačić said on Saturday that 40 people were missing.\n",
                StandardCharsets.UTF_8);
        Path corpus = tmp.resolve("corpus");
        try (CorpusStore store = CorpusStore.init(corpus, "bench", "bench")) {
            new ImportService(store).run(
                    new ImportService.Request(List.of(input, tmp.resolve("small.txt")), ImportOptions.defaults(), null,
                            null),
                    m -> {
                    });
            var document = store.document("big").orElseThrow();
            CAS cas = store.readCas(document, "bench");
            Layers layers = new Layers(cas, store.corpus().getSchema());
            String text = cas.getDocumentText();
            int step = text.length() / 10_000;
            String[] labels = {"PERSON", "GPE", "ORGANIZATION", "DATE"};
            for (int i = 0; i < 10_000; i++) {
                int begin = text.indexOf(' ', i * step) + 1;
                int end = text.indexOf(' ', begin);
                layers.addSpan("Entity", begin, end, Map.of("type", labels[i % labels.length]));
            }
            store.ensureAnnotator("bench");
            store.writeCas(document, "bench", cas);
            store.saveModel();
        }
        return corpus;
    }

    /** Returns the {@code p}th percentile of {@code values}. */
    static double percentile(List<Double> values, int p) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }
}
