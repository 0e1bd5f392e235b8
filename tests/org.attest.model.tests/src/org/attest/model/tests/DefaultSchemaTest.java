package org.attest.model.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.attest.model.FeatureKind;
import org.attest.model.RelationLayer;
import org.attest.model.Schema;
import org.attest.model.SpanLayer;
import org.attest.model.Tag;
import org.attest.model.schema.DefaultSchema;
import org.attest.model.schema.Schemas;
import org.junit.jupiter.api.Test;

class DefaultSchemaTest {

    private final Schema sut = DefaultSchema.create();

    private static List<String> labels(SpanLayer layer) {
        return layer.getLabelFeature().getTagset().getTags().stream().map(Tag::getName).toList();
    }

    @Test
    void theEntityLayerHasTheEightNewsEntityTypes() {
        SpanLayer entity = (SpanLayer) Schemas.layer(sut, DefaultSchema.ENTITY).orElseThrow();

        assertThat(labels(entity)).containsExactly("PERSON", "ORGANIZATION", "GPE", "LOCATION", "DATE", "QUANTITY",
                "EVENT", "OTHER");
        assertThat(Schemas.feature(entity, "entity").orElseThrow().getKind()).isEqualTo(FeatureKind.ENTITY_LINK);
    }

    @Test
    void aClaimCarriesTypeNormalizedValueQualifierUpperUnitPeriodMeasureAndCluster() {
        SpanLayer claim = (SpanLayer) Schemas.layer(sut, DefaultSchema.CLAIM).orElseThrow();

        assertThat(labels(claim)).containsExactly("statistic", "event", "quote", "position", "prediction");
        assertThat(claim.getFeatures()).extracting(f -> f.getName() + ":" + f.getKind().getLiteral())
                .containsExactly("type:tagset", "value:number", "qualifier:tagset", "upper:number", "unit:string",
                        "period:string",
                        "periodStart:string", "periodEnd:string", "measure:tagset", "cluster:cluster-link");
        assertThat(Schemas.feature(claim, "measure").orElseThrow().getTagset().getTags()).extracting(Tag::getName)
                .containsExactly(DefaultSchema.COUNT, DefaultSchema.LEVEL, DefaultSchema.RATE);
        assertThat(Schemas.feature(claim, "qualifier").orElseThrow().getTagset().getTags()).extracting(Tag::getName)
                .contains("up to", "at least", "more than");
    }

    @Test
    void sourcesHaveTheSevenSourceKinds() {
        SpanLayer source = (SpanLayer) Schemas.layer(sut, DefaultSchema.SOURCE).orElseThrow();

        assertThat(labels(source)).containsExactly("person", "organization", "news agency", "government",
                "social media", "document", "anonymous");
    }

    @Test
    void attributionLinksAClaimToASourceWithACueAndViaLinksSources() {
        RelationLayer attribution = (RelationLayer) Schemas.layer(sut, DefaultSchema.ATTRIBUTION).orElseThrow();
        RelationLayer via = (RelationLayer) Schemas.layer(sut, DefaultSchema.VIA).orElseThrow();

        assertThat(attribution.getFromLayer().getName()).isEqualTo(DefaultSchema.CLAIM);
        assertThat(attribution.getToLayer().getName()).isEqualTo(DefaultSchema.SOURCE);
        assertThat(Schemas.feature(attribution, "cue").orElseThrow().getTargetLayer().getName())
                .isEqualTo(DefaultSchema.CUE);
        assertThat(via.getFromLayer()).isSameAs(via.getToLayer());
        assertThat(via.getFromLayer().getName()).isEqualTo(DefaultSchema.SOURCE);
    }

    @Test
    void everyHotKeyIsUniqueAndFindsItsLayerAndTag() {
        List<String> keys = new ArrayList<>();
        for (SpanLayer layer : Schemas.spanLayers(sut)) {
            for (Tag tag : layer.getLabelFeature().getTagset().getTags()) {
                keys.add(tag.getHotKey());
            }
        }

        assertThat(keys).doesNotContainNull().doesNotHaveDuplicates();
        Schemas.HotKey p = Schemas.hotKey(sut, "p").orElseThrow();
        assertThat(p.layer().getName()).isEqualTo(DefaultSchema.ENTITY);
        assertThat(p.tag().getName()).isEqualTo("PERSON");
        assertThat(Schemas.hotKey(sut, "#")).isEmpty();
    }

    @Test
    void typeNamesAreGeneratedFromTheNamespace() {
        assertThat(Schemas.typeName(Schemas.layer(sut, DefaultSchema.CLAIM).orElseThrow()))
                .isEqualTo("org.attest.type.Claim");
    }
}
