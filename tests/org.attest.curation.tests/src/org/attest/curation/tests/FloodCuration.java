package org.attest.curation.tests;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.apache.uima.cas.CAS;
import org.apache.uima.cas.text.AnnotationFS;
import org.attest.cas.Layers;
import org.attest.curation.CurationService;
import org.attest.curation.MergePolicy;
import org.attest.curation.MergeReport;
import org.attest.curation.MergeRequest;
import org.attest.diff.Position;
import org.attest.model.Document;
import org.attest.model.DocumentState;
import org.attest.model.RelationLayer;
import org.attest.model.schema.DefaultSchema;
import org.attest.store.CorpusException;
import org.attest.store.CorpusStore;
import org.attest.testing.Fixture;
import org.attest.testing.TestCorpus;

/**
 * The corpus of one flood article the curation tests start from: anna and ben both mark Ana Kovačić as PERSON, the
 * claim "Up to 40 people are missing" (statistic, 40), its source "Mayor Ana Kovačić", the cue "said" and the
 * attribution. They differ on "Lieva" (anna LOCATION, ben ORGANIZATION), and only ben marks "PORT VESNA".
 */
final class FloodCuration {

    /** The article's text. */
    static final String TEXT = Fixture.TEXT;

    /** The corpus folder. */
    final Path dir;

    private FloodCuration(Path dir) {
        this.dir = dir;
    }

    /** Creates the corpus in {@code tmp} with anna's and ben's finished work. */
    static FloodCuration twoAnnotatorsFinished(Path tmp) throws Exception {
        FloodCuration corpus = new FloodCuration(TestCorpus.withOneDocument(tmp));
        corpus.annotate("anna", DocumentState.FINISHED, "LOCATION", false);
        corpus.annotate("ben", DocumentState.FINISHED, "ORGANIZATION", true);
        return corpus;
    }

    /** Returns where {@code words} begin in the text. */
    static int at(String words) {
        return TEXT.indexOf(words);
    }

    /** Returns the position of a span of {@code layer} covering {@code words}. */
    static Position span(String layer, String words) {
        return Position.span(layer, at(words), at(words) + words.length());
    }

    /** Returns the corpus's one document. */
    static Document document(CorpusStore store) {
        return store.corpus().getDocuments().get(0);
    }

    /**
     * Writes {@code annotator}'s work in {@code state}: the annotations both share, Lieva as {@code lievaType}, PORT
     * VESNA when asked.
     */
    void annotate(String annotator, DocumentState state, String lievaType, boolean portVesna) throws Exception {
        try (CorpusStore store = CorpusStore.open(dir, CorpusStore.Mode.WRITE, "test")) {
            Document document = document(store);
            CAS cas = store.readCas(document, annotator);
            Layers layers = new Layers(cas, store.corpus().getSchema());
            layers.addSpan(DefaultSchema.ENTITY, at("Ana Kovačić"), at("Ana Kovačić") + 11, Map.of("type", "PERSON"));
            layers.addSpan(DefaultSchema.ENTITY, at("Lieva"), at("Lieva") + 5, Map.of("type", lievaType));
            if (portVesna) {
                layers.addSpan(DefaultSchema.ENTITY, 0, 10, Map.of("type", "GPE"));
            }
            AnnotationFS claim = layers.addSpan(DefaultSchema.CLAIM, at("Up to"), at("missing") + 7,
                    Map.of("type", "statistic", "value", 40.0, "qualifier", "up to", "unit", "people missing"));
            AnnotationFS source = layers.addSpan(DefaultSchema.SOURCE, at("Mayor"), at("Kovačić") + 7,
                    Map.of("type", "person"));
            AnnotationFS cue = layers.addSpan(DefaultSchema.CUE, at("said"), at("said") + 4, Map.of("type", "CUE"));
            layers.addRelation(DefaultSchema.ATTRIBUTION, claim, source, Map.of("cue", cue));
            store.writeCas(document, annotator, cas);
            store.setState(document, store.ensureAnnotator(annotator), state);
            store.saveModel();
        }
    }

    /** Auto-merges the corpus with {@code policy}. */
    MergeReport merge(MergePolicy policy) throws CorpusException {
        try (CorpusStore store = CorpusStore.open(dir, CorpusStore.Mode.WRITE, "test")) {
            return new CurationService(store).merge(new MergeRequest(policy, false), m -> {
            });
        }
    }

    /** Returns every gold annotation as "Layer covered-text label". */
    List<String> gold() throws CorpusException {
        try (CorpusStore store = CorpusStore.open(dir, CorpusStore.Mode.READ, "test")) {
            CAS gold = new CurationService(store).open("flood", "reader", false).gold();
            Layers layers = new Layers(gold, store.corpus().getSchema());
            return store.corpus().getSchema().getLayers().stream().flatMap(l -> {
                List<AnnotationFS> found = l instanceof RelationLayer
                        ? layers.relations(l.getName())
                        : layers.spans(l.getName());
                return found.stream().map(fs -> l.getName() + " " + fs.getCoveredText() + " " + layers.label(fs));
            }).toList();
        }
    }
}
