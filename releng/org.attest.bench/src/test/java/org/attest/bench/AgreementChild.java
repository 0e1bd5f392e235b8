package org.attest.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.apache.uima.cas.CAS;
import org.attest.agreement.corpus.AgreementInput;
import org.attest.agreement.corpus.AgreementReport;
import org.attest.agreement.corpus.AgreementRequest;
import org.attest.agreement.corpus.AgreementService;
import org.attest.agreement.corpus.LayerAgreement;
import org.attest.agreement.corpus.NoAnnotation;
import org.attest.agreement.corpus.Observed;
import org.attest.diff.Observation;
import org.attest.diff.Position;
import org.attest.model.DocumentState;
import org.attest.model.Layer;
import org.attest.model.Schema;
import org.attest.model.schema.DefaultSchema;

/**
 * The child JVM of {@link StreamingMemoryTest}'s agreement: {@code args[0]} documents of {@code args[1]} entity spans
 * by three annotators, made as agreement reads them (no CAS, nothing kept), and their agreement on the Entity layer.
 */
public final class AgreementChild {

    private static final List<String> LABELS = List.of("PER", "ORG", "GPE", "LOC", "MISC");
    private static final List<String> ANNOTATORS = List.of("anna", "ben", "carl");

    private AgreementChild() {
    }

    /** Computes the agreement, prints the layer's units and alpha and exits 0, or dies of what went wrong. */
    public static void main(String[] args) throws Exception {
        int documents = Integer.parseInt(args[0]);
        int spans = Integer.parseInt(args[1]);
        AgreementRequest request = new AgreementRequest(DefaultSchema.ENTITY,
                Set.of(AgreementRequest.COHEN, AgreementRequest.FLEISS, AgreementRequest.ALPHA), false,
                NoAnnotation.CATEGORY);
        AgreementReport report = new AgreementService(new Synthetic(documents, spans)).compute(request, m -> {
        }, 1);
        LayerAgreement entity = report.layers().get(0);
        System.out.println("units " + entity.units() + " alpha " + entity.corpus().get(AgreementRequest.ALPHA).value());
    }

    /** Documents whose annotators mostly agree on a label per span, made up when agreement asks for them. */
    private static final class Synthetic implements AgreementInput {

        private final Schema schema = DefaultSchema.create();
        private final int documents;
        private final int spans;

        Synthetic(int documents, int spans) {
            this.documents = documents;
            this.spans = spans;
        }

        @Override
        public Schema schema() {
            return schema;
        }

        @Override
        public List<Entry> documents() {
            List<Entry> entries = new ArrayList<>(documents);
            Map<String, DocumentState> finished = new LinkedHashMap<>();
            ANNOTATORS.forEach(a -> finished.put(a, DocumentState.FINISHED));
            for (int d = 0; d < documents; d++) {
                entries.add(new Entry("doc-" + d, finished));
            }
            return entries;
        }

        @Override
        public CAS cas(String document, String annotator) {
            throw new UnsupportedOperationException("the synthetic documents have no CAS");
        }

        @Override
        public Observed observed(String document, String annotator) {
            int d = Integer.parseInt(document.substring(4));
            int a = ANNOTATORS.indexOf(annotator);
            List<Observation> entities = new ArrayList<>(spans);
            for (int s = 0; s < spans; s++) {
                int mix = (d * 31 + s * 17) % 97;
                // every 11th span is the annotator's own label, every 13th it left out
                if ((mix + a * 7) % 13 == 0) {
                    continue;
                }
                String label = LABELS.get((mix + ((mix + a) % 11 == 0 ? a : 0)) % LABELS.size());
                entities.add(new Observation(Position.span(DefaultSchema.ENTITY, s * 10, s * 10 + 5), label,
                        new TreeMap<>()));
            }
            Map<String, List<Observation>> layers = new LinkedHashMap<>();
            for (Layer layer : schema.getLayers()) {
                layers.put(layer.getName(), layer.getName().equals(DefaultSchema.ENTITY) ? entities : List.of());
            }
            return new Observed(spans * 10, layers);
        }
    }
}
