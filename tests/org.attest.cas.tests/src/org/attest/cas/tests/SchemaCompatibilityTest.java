package org.attest.cas.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.uima.cas.CAS;
import org.apache.uima.cas.text.AnnotationFS;
import org.attest.cas.CasFactory;
import org.attest.cas.Layers;
import org.attest.cas.SchemaCompatibility;
import org.attest.model.CorpusFactory;
import org.attest.model.FeatureDefinition;
import org.attest.model.FeatureKind;
import org.attest.model.Layer;
import org.attest.model.RelationLayer;
import org.attest.model.Schema;
import org.attest.model.SpanLayer;
import org.attest.model.Tag;
import org.attest.model.schema.DefaultSchema;
import org.attest.model.schema.Schemas;
import org.junit.jupiter.api.Test;

class SchemaCompatibilityTest {

    private static final String TEXT = "Up to 100 people were killed, 7,000 fled and 20 were hurt, said Vardanjan to Reuters.";
    private static final String DOC = "harbour-flood-a (kari)";

    private final Schema old = DefaultSchema.create();
    private final Schema changed = DefaultSchema.create();
    private final Map<String, CAS> cases = new LinkedHashMap<>();

    SchemaCompatibilityTest() {
        CAS cas = new CasFactory(old).newCas(TEXT);
        Layers layers = new Layers(cas, old);
        AnnotationFS first = null;
        for (String claim : new String[]{"100 people", "7,000", "20"}) {
            int at = TEXT.indexOf(claim);
            AnnotationFS fs = layers.addSpan("Claim", at, at + claim.length(),
                    Map.of("type", "statistic", "unit", "people", "value", 1.0));
            first = first == null ? fs : first;
        }
        AnnotationFS person = layers.addSpan("Entity", TEXT.indexOf("Vardanjan"), TEXT.indexOf(" to Reuters"),
                Map.of("type", "PERSON"));
        AnnotationFS source = layers.addSpan("Source", person.getBegin(), person.getEnd(), Map.of("type", "person"));
        AnnotationFS agency = layers.addSpan("Source", TEXT.indexOf("Reuters"), TEXT.length() - 1,
                Map.of("type", "news agency"));
        AnnotationFS cue = layers.addSpan("Cue", TEXT.indexOf("said"), TEXT.indexOf("said") + 4, Map.of("type", "CUE"));
        layers.addRelation("Attribution", first, source, Map.of("cue", cue));
        layers.addRelation("Via", source, agency, Map.of());
        cases.put(DOC, cas);
        cases.put("harbour-flood-b (anna)", new CasFactory(old).newCas("Nothing annotated here."));
    }

    private Layer layer(String name) {
        return Schemas.layer(changed, name).orElseThrow();
    }

    private List<String> sut() {
        return SchemaCompatibility.orphans(changed, cases);
    }

    @Test
    void thatAnUnchangedSchemaIsSafe() {
        assertThat(sut()).isEmpty();
    }

    @Test
    void thatARemovedFeatureInUseIsReportedWithDocumentLayerAndCount() {
        layer("Claim").getFeatures().remove(Schemas.feature(layer("Claim"), "unit").orElseThrow());

        assertThat(sut())
                .containsExactly(DOC + ": 3 Claim annotations use feature 'unit', which the new schema removes");
    }

    @Test
    void thatARemovedFeatureNobodyUsesIsSafe() {
        layer("Claim").getFeatures().remove(Schemas.feature(layer("Claim"), "cluster").orElseThrow());

        assertThat(sut()).isEmpty();
    }

    @Test
    void thatARemovedLayerIsReportedWithEverythingThatPointsIntoIt() {
        layer("Attribution").getFeatures().clear();
        changed.getLayers().remove(layer("Cue"));

        assertThat(sut()).containsExactlyInAnyOrder(
                DOC + ": 1 Cue annotation is on layer 'Cue', which the new schema removes",
                DOC + ": 1 Attribution annotation uses feature 'cue', which the new schema removes");
    }

    @Test
    void thatARemovedTagInUseIsReported() {
        Tag person = layer("Entity").getLabelFeature().getTagset().getTags().stream()
                .filter(t -> t.getName().equals("PERSON")).findFirst().orElseThrow();
        layer("Entity").getLabelFeature().getTagset().getTags().remove(person);

        assertThat(sut()).containsExactly(
                DOC + ": 1 Entity annotation uses tag 'PERSON' of feature 'type', which the new schema's tagset 'EntityType' removes");
    }

    @Test
    void thatAChangedRelationEndpointIsReported() {
        ((RelationLayer) layer("Via")).setToLayer((SpanLayer) layer("Entity"));

        assertThat(sut()).containsExactly(
                DOC + ": 1 Via annotation points to Source spans, but the new schema's 'Via' relations point to Entity spans");
    }

    @Test
    void thatAChangedFeatureKindIsReported() {
        Schemas.feature(layer("Claim"), "unit").orElseThrow().setKind(FeatureKind.NUMBER);

        assertThat(sut()).containsExactly(
                DOC + ": 3 Claim annotations use feature 'unit' as String, but the new schema makes it Double");
    }

    @Test
    void thatAnAdditiveChangeIsSafe() {
        FeatureDefinition note = CorpusFactory.eINSTANCE.createFeatureDefinition();
        note.setName("note");
        note.setKind(FeatureKind.STRING);
        layer("Claim").getFeatures().add(note);
        Tag ngo = CorpusFactory.eINSTANCE.createTag();
        ngo.setName("NGO");
        layer("Entity").getLabelFeature().getTagset().getTags().add(ngo);
        SpanLayer event = CorpusFactory.eINSTANCE.createSpanLayer();
        event.setName("Event");
        changed.getLayers().add(event);

        assertThat(sut()).isEmpty();
    }
}
