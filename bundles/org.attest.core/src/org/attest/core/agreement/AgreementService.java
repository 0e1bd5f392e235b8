package org.attest.core.agreement;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;

import org.apache.uima.cas.CAS;
import org.attest.core.CorpusException;
import org.attest.core.store.CorpusStore;
import org.attest.diff.CasDiff;
import org.attest.model.DocumentState;
import org.attest.model.Layer;
import org.attest.model.RelationLayer;
import org.attest.model.Schema;
import org.attest.model.schema.Schemas;

/**
 * Computes agreement over a corpus: per layer, corpus-wide, per annotator pair, per label and per document.
 *
 * <p>An annotator counts in a document when its work there is FINISHED (or IN_PROGRESS, when the request says so); a
 * document counts when two or more annotators count in it. The units of the categorical measures are the positions of
 * the {@link CasDiff} of the counted annotators' CASes. Each document is read, diffed and reduced to units and counts
 * once, so the time grows linearly with the number of documents.
 */
public final class AgreementService {

    private final AgreementInput input;

    /** Creates the service over an open corpus, reading each counted annotator's CAS from disk. */
    public AgreementService(CorpusStore store) {
        this(new StoreInput(store));
    }

    /** Creates the service over any source of documents and CASes, for example one held in memory. */
    public AgreementService(AgreementInput input) {
        this.input = Objects.requireNonNull(input, "input");
    }

    /** Computes the agreement {@code request} asks for, reporting each document read to {@code progress}. */
    public AgreementReport compute(AgreementRequest request, Consumer<String> progress) throws CorpusException {
        Schema schema = input.schema();
        List<LayerAccumulator> layers = new ArrayList<>();
        for (Layer layer : layers(schema, request.layer())) {
            layers.add(new LayerAccumulator(layer.getName(), layer instanceof RelationLayer, request.noAnnotation()));
        }
        TreeSet<String> coders = new TreeSet<>();
        List<AgreementReport.SkippedDocument> skipped = new ArrayList<>();
        List<AgreementInput.Entry> documents = input.documents();
        int counted = 0;
        for (int d = 0; d < documents.size(); d++) {
            AgreementInput.Entry document = documents.get(d);
            progress.accept("agreement: document " + (d + 1) + " of " + documents.size() + ": " + document.id());
            List<String> annotators = countedAnnotators(document, request.includeInProgress());
            if (annotators.size() < 2) {
                skipped.add(new AgreementReport.SkippedDocument(document.id(), whySkipped(annotators, request.includeInProgress())));
                continue;
            }
            counted++;
            coders.addAll(annotators);
            Map<String, CAS> cases = new TreeMap<>();
            for (String annotator : annotators) {
                cases.put(annotator, input.cas(document.id(), annotator));
            }
            int length = cases.values().iterator().next().getDocumentText().length();
            for (LayerAccumulator layer : layers) {
                layer.add(document.id(), length, annotators, CasDiff.compare(schema, cases, layer.layer()));
            }
        }
        List<String> coderList = List.copyOf(coders);
        List<LayerAgreement> results = new ArrayList<>();
        for (LayerAccumulator layer : layers) {
            results.add(LayerMeasures.finish(layer, coderList, request));
        }
        return new AgreementReport(coderList, counted, skipped, request.noAnnotation(), request.includeInProgress(), results);
    }

    private static List<Layer> layers(Schema schema, String name) {
        if (name == null) {
            return List.copyOf(schema.getLayers());
        }
        return List.of(Schemas.layer(schema, name).orElseThrow(() -> new IllegalArgumentException("the schema '"
                + schema.getName() + "' has no layer '" + name + "'; use one of "
                + schema.getLayers().stream().map(Layer::getName).toList())));
    }

    private static List<String> countedAnnotators(AgreementInput.Entry document, boolean includeInProgress) {
        TreeSet<String> counted = new TreeSet<>();
        document.states().forEach((annotator, state) -> {
            if (state == DocumentState.FINISHED || includeInProgress && state == DocumentState.IN_PROGRESS) {
                counted.add(annotator);
            }
        });
        return List.copyOf(counted);
    }

    private static String whySkipped(List<String> annotators, boolean includeInProgress) {
        String what = includeInProgress ? "finished or in progress" : "finished";
        if (annotators.isEmpty()) {
            return "no annotator has it " + what + "; agreement needs two";
        }
        return "only " + annotators.get(0) + " has it " + what + "; agreement needs two"
                + (includeInProgress ? "" : " (--include-in-progress also counts work in progress)");
    }
}
