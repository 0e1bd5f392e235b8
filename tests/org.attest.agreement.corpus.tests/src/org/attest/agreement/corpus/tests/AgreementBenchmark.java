package org.attest.agreement.corpus.tests;

import java.util.Locale;
import java.util.Map;
import java.util.Random;

import org.apache.uima.cas.CAS;
import org.attest.agreement.corpus.AgreementReport;
import org.attest.agreement.corpus.AgreementRequest;
import org.attest.agreement.corpus.AgreementService;
import org.attest.agreement.corpus.LayerAgreement;
import org.attest.cas.CasFactory;
import org.attest.cas.Layers;
import org.attest.model.DocumentState;
import org.attest.model.Schema;
import org.attest.model.schema.DefaultSchema;

/**
 * Times corpus agreement over documents x 3 annotators x about 30 annotations, built in memory (no disk), for 1,000
 * and 10,000 documents; not a unit test. Run with the test bundle's class path:
 * {@code java -Xmx8g ... AgreementBenchmark}.
 */
public final class AgreementBenchmark {

    private static final String[] ENTITY_TYPES = {"PERSON", "ORGANIZATION", "GPE", "LOCATION", "DATE"};
    private static final String[] SOURCE_TYPES = {"person", "organization", "government"};
    private static final int SLOTS = 30;
    private static final int SLOT = 40;

    private AgreementBenchmark() {
    }

    /** Builds the corpora and prints build and computation times. */
    public static void main(String[] args) throws Exception {
        Schema schema = DefaultSchema.create();
        CasFactory factory = new CasFactory(schema);
        String text = "x".repeat(SLOTS * SLOT);
        run(schema, factory, text, 200); // warm-up
        for (int documents : new int[]{1_000, 10_000}) {
            run(schema, factory, text, documents);
        }
    }

    private static void run(Schema schema, CasFactory factory, String text, int documents) throws Exception {
        long start = System.nanoTime();
        MemoryInput input = new MemoryInput(schema);
        Random random = new Random(42);
        long annotations = 0;
        for (int d = 0; d < documents; d++) {
            for (String annotator : new String[]{"anna", "ben", "carl"}) {
                CAS cas = factory.emptyCas();
                cas.setDocumentText(text);
                annotations += annotate(cas, schema, random);
                input.add("doc-" + d, annotator, DocumentState.FINISHED, cas);
            }
        }
        double built = (System.nanoTime() - start) / 1e9;
        start = System.nanoTime();
        AgreementReport report = new AgreementService(input).compute(AgreementRequest.defaults(), m -> {
        });
        double computed = (System.nanoTime() - start) / 1e9;
        LayerAgreement entity = report.layers().get(0);
        System.out.printf(Locale.ROOT,
                "%,6d documents x 3 annotators, %,d annotations: built in %.2f s, agreement in %.2f s"
                        + " (Entity alpha %.3f, unitizing %.3f)%n",
                documents, annotations, built, computed,
                entity.corpus().get("alpha").value(), entity.corpus().get("unitizing").value());
    }

    // About 30 annotations: 20 entities, 4 claims, 2 cues, 2 sources, 2 attributions, each annotator deviating at
    // random.
    static int annotate(CAS cas, Schema schema, Random random) {
        Layers layers = new Layers(cas, schema);
        int count = 0;
        for (int slot = 0; slot < 20; slot++) {
            if (random.nextDouble() < 0.1) {
                continue;
            }
            int begin = slot * SLOT + (random.nextDouble() < 0.1 ? 1 : 0);
            String type = ENTITY_TYPES[random.nextDouble() < 0.15
                    ? random.nextInt(ENTITY_TYPES.length)
                    : slot % ENTITY_TYPES.length];
            layers.addSpan(DefaultSchema.ENTITY, begin, slot * SLOT + 12, Map.of("type", type));
            count++;
        }
        for (int k = 0; k < 2; k++) {
            int base = (20 + 5 * k) * SLOT;
            var claim = layers.addSpan(DefaultSchema.CLAIM, base, base + 30, Map.of("type", "statistic", "value", 40,
                    "qualifier", random.nextDouble() < 0.2 ? "at least" : "up to"));
            layers.addSpan(DefaultSchema.CLAIM, base + SLOT, base + SLOT + 20, Map.of("type", "event"));
            var cue = layers.addSpan(DefaultSchema.CUE, base + 2 * SLOT, base + 2 * SLOT + 4, Map.of("type", "CUE"));
            var source = layers.addSpan(DefaultSchema.SOURCE, base + 3 * SLOT + (random.nextDouble() < 0.1 ? 2 : 0),
                    base + 3 * SLOT + 15, Map.of("type", SOURCE_TYPES[random.nextInt(2)]));
            layers.addRelation(DefaultSchema.ATTRIBUTION, claim, source, Map.of("cue", cue));
            count += 5;
        }
        return count;
    }
}
