package org.attest.cas.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.uima.cas.CAS;
import org.apache.uima.cas.text.AnnotationFS;
import org.attest.cas.AttestTypes;
import org.attest.cas.CasFactory;
import org.attest.cas.Layers;
import org.attest.model.Schema;
import org.attest.model.schema.DefaultSchema;
import org.junit.jupiter.api.Test;

class LayersTest {

    private static final String TEXT = "Vardanjan says up to 100 people were killed, according to Reuters. 😀";

    private final Schema schema = TypeSystemFactoryTest.withBoolean(DefaultSchema.create());
    private final CAS cas = new CasFactory(schema).newCas(TEXT);
    private final Layers sut = new Layers(cas, schema);

    private int at(String words) {
        return TEXT.indexOf(words);
    }

    private AnnotationFS span(String layer, String words, Map<String, Object> features) {
        return sut.addSpan(layer, at(words), at(words) + words.length(), features);
    }

    @Test
    void thatSpansAndRelationsCarryTheirFeatures() {
        AnnotationFS person = span("Entity", "Vardanjan", Map.of("type", "PERSON", "entity", "Q1"));
        AnnotationFS claim = span("Claim", "up to 100 people were killed",
                Map.of("type", "statistic", "value", 100, "qualifier", "up to", "hedged", true));
        AnnotationFS source = span("Source", "Reuters", Map.of("type", "news agency"));
        AnnotationFS cue = span("Cue", "according to", Map.of("type", "CUE"));

        AnnotationFS attribution = sut.addRelation("Attribution", claim, source, Map.of("cue", cue));

        assertThat(sut.label(person)).isEqualTo("PERSON");
        assertThat(sut.value(person, "entity")).isEqualTo("Q1");
        assertThat(sut.value(claim, "value")).isEqualTo(100.0);
        assertThat(sut.value(claim, "hedged")).isEqualTo(true);
        assertThat(sut.value(claim, "unit")).isNull();
        assertThat(sut.value(attribution, "cue")).isSameAs(cue);
        assertThat(sut.value(attribution, AttestTypes.RELATION_FROM)).isSameAs(claim);
        assertThat(sut.value(attribution, AttestTypes.RELATION_TO)).isSameAs(source);
        assertThat(attribution.getBegin()).isEqualTo(claim.getBegin());
        assertThat(attribution.getEnd()).isEqualTo(claim.getEnd());
        assertThat(sut.relations("Attribution")).containsExactly(attribution);
        assertThat(sut.label(attribution)).isNull();
    }

    @Test
    void thatSpansComeBackInOffsetOrder() {
        AnnotationFS reuters = span("Entity", "Reuters", Map.of("type", "ORGANIZATION"));
        AnnotationFS vardanjan = span("Entity", "Vardanjan", Map.of("type", "PERSON"));
        AnnotationFS hundred = span("Entity", "100", Map.of("type", "QUANTITY"));

        assertThat(sut.spans("Entity")).containsExactly(vardanjan, hundred, reuters);
    }

    @Test
    void thatCountsCoverEveryLayerInSchemaOrderIncludingEmptyOnes() {
        span("Entity", "Vardanjan", Map.of("type", "PERSON"));
        span("Entity", "Reuters", Map.of());

        Map<String, Integer> counts = sut.countPerLayer();

        assertThat(counts).containsExactly(Map.entry("Entity", 2), Map.entry("Claim", 0), Map.entry("Source", 0),
                Map.entry("Cue", 0), Map.entry("Attribution", 0), Map.entry("Via", 0));
    }

    @Test
    void thatSettingAFeatureLaterIsCheckedLikeAdding() {
        AnnotationFS claim = span("Claim", "100", Map.of());

        sut.set(claim, "unit", "people killed");

        assertThat(sut.value(claim, "unit")).isEqualTo("people killed");
        assertThatThrownBy(() -> sut.set(claim, "qualifier", "roughly")).hasMessageContaining("no tag 'roughly'");
    }

    @Test
    void thatOffsetsOutsideTheTextAreRefused() {
        assertThatThrownBy(() -> sut.addSpan("Entity", -1, 3, Map.of())).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Entity span [-1,3)").hasMessageContaining("outside the text");
        assertThatThrownBy(() -> sut.addSpan("Entity", 3, TEXT.length() + 1, Map.of()))
                .hasMessageContaining("from 0 to " + TEXT.length());
    }

    @Test
    void thatAnInvertedSpanIsRefused() {
        assertThatThrownBy(() -> sut.addSpan("Entity", 9, 4, Map.of())).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("[9,4)").hasMessageContaining("swap");
    }

    @Test
    void thatASpanSplittingAnEmojiIsRefused() {
        int emoji = TEXT.indexOf("😀");

        assertThatThrownBy(() -> sut.addSpan("Entity", emoji + 1, emoji + 2, Map.of()))
                .hasMessageContaining("splits the character at offset " + emoji);
    }

    @Test
    void thatUnknownLayersAndWrongLayerKindsAreRefused() {
        assertThatThrownBy(() -> sut.addSpan("Person", 0, 3, Map.of())).hasMessageContaining("no layer 'Person'")
                .hasMessageContaining("Entity");
        assertThatThrownBy(() -> sut.addSpan("Attribution", 0, 3, Map.of())).hasMessageContaining("not a span layer");
        assertThatThrownBy(() -> sut.relations("Entity")).hasMessageContaining("not a relation layer");
    }

    @Test
    void thatATagOutsideTheTagsetIsRefusedWithTheAllowedTags() {
        assertThatThrownBy(() -> span("Entity", "Reuters", Map.of("type", "COMPANY")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no tag 'COMPANY'")
                .hasMessageContaining("tagset 'EntityType'").hasMessageContaining("ORGANIZATION");
    }

    @Test
    void thatWronglyTypedValuesAndUnknownFeaturesAreRefused() {
        assertThatThrownBy(() -> span("Claim", "100", Map.of("value", "100"))).hasMessageContaining("'value'")
                .hasMessageContaining("takes a number");
        assertThatThrownBy(() -> span("Claim", "100", Map.of("hedged", "yes"))).hasMessageContaining("true or false");
        assertThatThrownBy(() -> span("Claim", "100", Map.of("value", Double.NaN))).hasMessageContaining("finite");
        assertThatThrownBy(() -> span("Claim", "100", Map.of("colour", "red")))
                .hasMessageContaining("no feature 'colour'");
        Map<String, Object> nullBoolean = new HashMap<>();
        nullBoolean.put("hedged", null);
        assertThatThrownBy(() -> span("Claim", "100", nullBoolean)).hasMessageContaining("cannot be null");
    }

    @Test
    void thatRelationEndpointsAndSpanLinksMustBeOnTheirLayers() {
        AnnotationFS claim = span("Claim", "100", Map.of());
        AnnotationFS entity = span("Entity", "Reuters", Map.of());
        AnnotationFS source = span("Source", "Reuters", Map.of());

        assertThatThrownBy(() -> sut.addRelation("Attribution", entity, source, Map.of()))
                .hasMessageContaining("from must be a Claim span, not a Entity");
        assertThatThrownBy(() -> sut.addRelation("Attribution", claim, null, Map.of()))
                .hasMessageContaining("to is missing");
        assertThatThrownBy(() -> sut.addRelation("Attribution", claim, source, Map.of("cue", entity)))
                .hasMessageContaining("links to layer 'Cue'");
        assertThatThrownBy(() -> sut.addRelation("Attribution", claim, source, Map.of("cue", "said")))
                .hasMessageContaining("takes a span annotation");
        assertThat(sut.relations("Attribution")).isEmpty();
        assertThat(sut.spans("Claim")).hasSize(1);
    }

    @Test
    void thatSpansOfAnotherCasAreRefused() {
        CAS other = new CasFactory(schema).newCas(TEXT);
        AnnotationFS foreignSource = new Layers(other, schema).addSpan("Source", 0, 9, Map.of());
        AnnotationFS claim = span("Claim", "100", Map.of());

        assertThatThrownBy(() -> sut.addRelation("Attribution", claim, foreignSource, Map.of()))
                .hasMessageContaining("another CAS");
        assertThat(List.copyOf(sut.spans("Source"))).isEmpty();
    }
}
