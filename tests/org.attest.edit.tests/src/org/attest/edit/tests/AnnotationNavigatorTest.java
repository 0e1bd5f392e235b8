package org.attest.edit.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.apache.uima.cas.text.AnnotationFS;
import org.attest.edit.AnnotationNavigator;
import org.attest.model.schema.DefaultSchema;
import org.attest.testing.Fixture;
import org.junit.jupiter.api.Test;

class AnnotationNavigatorTest {

    private final Fixture f = new Fixture();

    private AnnotationFS span(String layer, String words) {
        var create = f.editing.createSpan(layer, f.begin(words), f.end(words), Map.of());
        create.execute();
        return create.created();
    }

    @Test
    void tabWalksAllSpanLayersByBeginThenLongerFirstThenLayerOrder() {
        AnnotationFS kovacic = span(DefaultSchema.ENTITY, "Ana Kovačić");
        AnnotationFS mayorSource = span(DefaultSchema.SOURCE, "Mayor Ana Kovačić");
        AnnotationFS mayor = span(DefaultSchema.ENTITY, "Mayor Ana Kovačić");
        AnnotationFS claim = span(DefaultSchema.CLAIM, "Up to 40 people are missing");
        AnnotationFS said = span(DefaultSchema.CUE, "said");
        f.editing.relate(DefaultSchema.ATTRIBUTION, claim, mayorSource, Map.of()).execute();

        assertThat(AnnotationNavigator.order(f.cas, f.schema)).containsExactly(claim, mayor, mayorSource, kovacic,
                said);
        assertThat(AnnotationNavigator.next(f.cas, f.schema, null)).contains(claim);
        assertThat(AnnotationNavigator.next(f.cas, f.schema, mayor)).contains(mayorSource);
        assertThat(AnnotationNavigator.next(f.cas, f.schema, said)).as("wraps around").contains(claim);
        assertThat(AnnotationNavigator.previous(f.cas, f.schema, claim)).as("wraps around").contains(said);
        assertThat(AnnotationNavigator.previous(f.cas, f.schema, kovacic)).contains(mayorSource);
        assertThat(AnnotationNavigator.previous(f.cas, f.schema, null)).contains(said);
    }

    @Test
    void tabFromADeletedSpanContinuesWhereItWas() {
        AnnotationFS claim = span(DefaultSchema.CLAIM, "Up to 40 people are missing");
        AnnotationFS river = span(DefaultSchema.ENTITY, "Lieva river");
        AnnotationFS said = span(DefaultSchema.CUE, "said");
        f.editing.delete(river).execute();

        assertThat(AnnotationNavigator.next(f.cas, f.schema, river)).contains(said);
        assertThat(AnnotationNavigator.previous(f.cas, f.schema, river)).contains(claim);
    }

    @Test
    void anEmptyDocumentHasNothingToWalk() {
        assertThat(AnnotationNavigator.next(f.cas, f.schema, null)).isEmpty();
        assertThat(AnnotationNavigator.previous(f.cas, f.schema, null)).isEmpty();
    }

    @Test
    void aClickFindsTheSpansUnderItInnermostFirst() {
        AnnotationFS kovacic = span(DefaultSchema.ENTITY, "Kovačić");
        AnnotationFS mayor = span(DefaultSchema.SOURCE, "Mayor Ana Kovačić");
        span(DefaultSchema.CUE, "said");

        assertThat(AnnotationNavigator.at(f.cas, f.schema, f.begin("Kovačić") + 2)).containsExactly(kovacic, mayor);
        assertThat(AnnotationNavigator.at(f.cas, f.schema, f.begin("Mayor"))).containsExactly(mayor);
        assertThat(AnnotationNavigator.at(f.cas, f.schema, f.end("Kovačić"))).as("the end is outside the span")
                .isEmpty();
    }
}
