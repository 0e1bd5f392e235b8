package org.attest.inception;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipFile;

import org.apache.uima.cas.CAS;
import org.apache.uima.cas.text.AnnotationFS;
import org.attest.cas.AttestTypes;
import org.attest.cas.Layers;
import org.attest.io.ImportOptions;
import org.attest.model.Document;
import org.attest.model.DocumentState;
import org.attest.model.FeatureDefinition;
import org.attest.model.Layer;
import org.attest.model.RelationLayer;
import org.attest.model.schema.DefaultSchema;
import org.attest.store.CorpusStore;
import org.attest.testing.ClaimsCorpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Claims, sources, cues and their relations go to INCEpTION as custom layers and come back as they were. */
class InceptionCustomLayersTest {

    private static final String TEXT = "The ministry said up to 40 people are missing, the NTA news agency reported"
            + " from Lieva.";

    @TempDir
    Path tmp;

    private static int at(String words) {
        return TEXT.indexOf(words);
    }

    private static AnnotationFS span(Layers layers, String layer, String words, Map<String, Object> features) {
        return layers.addSpan(layer, at(words), at(words) + words.length(), features);
    }

    private static void annotate(CAS cas, CorpusStore store) {
        Layers layers = new Layers(cas, store.corpus().getSchema());
        AnnotationFS claim = span(layers, DefaultSchema.CLAIM, "up to 40 people are missing",
                Map.of("type", "statistic", "value", 40.0, "qualifier", "up to", "unit", "people missing"));
        AnnotationFS ministry = span(layers, DefaultSchema.SOURCE, "The ministry", Map.of("type", "government"));
        AnnotationFS agency = span(layers, DefaultSchema.SOURCE, "the NTA news agency",
                Map.of("type", "news agency"));
        AnnotationFS cue = span(layers, DefaultSchema.CUE, "said", Map.of("type", "CUE"));
        span(layers, DefaultSchema.ENTITY, "Lieva", Map.of("type", "LOCATION"));
        span(layers, DefaultSchema.ENTITY, "NTA", Map.of("type", "ORGANIZATION", "entity", "nta"));
        layers.addRelation(DefaultSchema.ATTRIBUTION, claim, ministry, Map.of("cue", cue));
        layers.addRelation(DefaultSchema.VIA, ministry, agency, Map.of());
    }

    // every annotation of every layer: its layer, offsets and features, a linked span by its layer and offsets
    private static List<String> annotations(CAS cas, CorpusStore store) {
        Layers layers = new Layers(cas, store.corpus().getSchema());
        List<String> all = new ArrayList<>();
        for (Layer layer : store.corpus().getSchema().getLayers()) {
            List<AnnotationFS> found = layer instanceof RelationLayer
                    ? layers.relations(layer.getName())
                    : layers.spans(layer.getName());
            for (AnnotationFS fs : found) {
                Map<String, String> values = new TreeMap<>();
                List<String> names = new ArrayList<>(layer.getFeatures().stream().map(FeatureDefinition::getName)
                        .toList());
                if (layer instanceof RelationLayer) {
                    names.addAll(List.of(AttestTypes.RELATION_FROM, AttestTypes.RELATION_TO));
                }
                for (String name : names) {
                    Object value = layers.value(fs, name);
                    if (value instanceof AnnotationFS linked) {
                        value = linked.getType().getShortName() + "@" + linked.getBegin() + "-" + linked.getEnd();
                    }
                    if (value != null) {
                        values.put(name, value.toString());
                    }
                }
                all.add(layer.getName() + "@" + fs.getBegin() + "-" + fs.getEnd() + " " + values);
            }
        }
        return all;
    }

    @Test
    void thatClaimsSourcesCuesAndTheirRelationsComeBackFromAnInceptionExport() throws Exception {
        Path zip;
        List<String> anna;
        List<String> gold;
        try (ClaimsCorpus corpus = ClaimsCorpus.create(tmp.resolve("first"))) {
            CorpusStore store = corpus.store();
            corpus.document("flood", "2024-05-02", TEXT, "anna");
            Document document = store.document("flood").orElseThrow();
            CAS cas = store.readCas(document, "anna");
            annotate(cas, store);
            store.writeCas(document, "anna", cas);
            store.setState(document, store.ensureAnnotator("anna"), DocumentState.FINISHED);
            store.saveModel();
            store.writeGold(document, cas);
            anna = annotations(store.readCas(document, "anna"), store);
            gold = annotations(store.readGold(document), store);
            InceptionExport.Result result = new InceptionExport(store).run(tmp.resolve("out"));
            zip = result.file();
            // a named entity has no place for a registry link: counted, for the annotator and the gold
            assertThat(result.leftOut()).containsExactly(Map.entry("Entity entity", 2));
        }
        assertThat(anna).hasSize(8).anyMatch(a -> a.startsWith("Attribution@") && a.contains("cue=Cue@"));

        try (CorpusStore again = CorpusStore.init(tmp.resolve("again"), null, "test")) {
            InceptionReport report = new InceptionImport(again).run(zip, ImportOptions.defaults());

            Document document = again.document("flood").orElseThrow();
            List<String> withoutLink = anna.stream().map(a -> a.replace("entity=nta, ", "")).toList();
            assertThat(annotations(again.readCas(document, "anna"), again)).isEqualTo(withoutLink);
            assertThat(annotations(again.readGold(document), again)).isEqualTo(withoutLink).isEqualTo(
                    gold.stream().map(a -> a.replace("entity=nta, ", "")).toList());
            assertThat(report.unmappedLayers()).doesNotContainKeys("webanno.custom.Claim",
                    "webanno.custom.Attribution");
        }
    }

    @Test
    void thatTheProjectJsonDeclaresTheCustomLayersAndTheRelationsTheirAttachedLayer() throws Exception {
        Path zip;
        try (ClaimsCorpus corpus = ClaimsCorpus.create(tmp.resolve("first"))) {
            corpus.document("flood", "2024-05-02", TEXT, "anna");
            zip = new InceptionExport(corpus.store()).run(tmp.resolve("out")).file();
        }
        try (ZipFile archive = new ZipFile(zip.toFile())) {
            String json = new String(archive.getInputStream(archive.getEntry("exportedproject.json")).readAllBytes(),
                    StandardCharsets.UTF_8);

            assertThat(json).contains("\"name\" : \"webanno.custom.Claim\"", "\"name\" : \"webanno.custom.Cue\"",
                    "\"name\" : \"webanno.custom.Attribution\"", "\"type\" : \"relation\"",
                    "\"type\" : \"uima.cas.Double\"")
                    .containsPattern("\"attach_type\" : \\{\\s*\"name\" : \"webanno.custom.Claim\"");
        }
    }
}
