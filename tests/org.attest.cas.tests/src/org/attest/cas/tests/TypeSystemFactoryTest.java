package org.attest.cas.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.apache.uima.cas.CAS;
import org.apache.uima.cas.Type;
import org.apache.uima.cas.TypeSystem;
import org.apache.uima.resource.metadata.TypeSystemDescription;
import org.attest.cas.AttestTypes;
import org.attest.cas.CasFactory;
import org.attest.cas.TypeSystemFactory;
import org.attest.cas.UnsetNumbers;
import org.attest.model.CorpusFactory;
import org.attest.model.FeatureDefinition;
import org.attest.model.FeatureKind;
import org.attest.model.Schema;
import org.attest.model.schema.DefaultSchema;
import org.attest.model.schema.Schemas;
import org.junit.jupiter.api.Test;

class TypeSystemFactoryTest {

    private final Schema schema = withBoolean(DefaultSchema.create());
    private final CasFactory sut = new CasFactory(schema);

    static Schema withBoolean(Schema schema) {
        FeatureDefinition hedged = CorpusFactory.eINSTANCE.createFeatureDefinition();
        hedged.setName("hedged");
        hedged.setKind(FeatureKind.BOOLEAN);
        Schemas.layer(schema, DefaultSchema.CLAIM).orElseThrow().getFeatures().add(hedged);
        return schema;
    }

    private String range(String layer, String feature) {
        return type(layer).getFeatureByBaseName(feature).getRange().getName();
    }

    private Type type(String layer) {
        return sut.typeSystem().getType("org.attest.type." + layer);
    }

    @Test
    void thatEveryLayerBecomesAnAnnotationSubtypeNamedAfterIt() {
        TypeSystem ts = sut.typeSystem();
        for (String layer : new String[]{"Entity", "Claim", "Source", "Cue", "Attribution", "Via"}) {
            assertThat(type(layer)).as(layer).isNotNull();
            assertThat(ts.getParent(type(layer)).getName()).isEqualTo(CAS.TYPE_NAME_ANNOTATION);
        }
        assertThat(ts.getType(AttestTypes.SENTENCE)).isNotNull();
        assertThat(ts.getType(AttestTypes.TOKEN)).isNotNull();
    }

    @Test
    void thatFeatureKindsMapToTheirUimaRanges() {
        assertThat(range("Entity", "type")).isEqualTo(CAS.TYPE_NAME_STRING);
        assertThat(range("Entity", "entity")).isEqualTo(CAS.TYPE_NAME_STRING);
        assertThat(range("Claim", "value")).isEqualTo(CAS.TYPE_NAME_DOUBLE);
        assertThat(range("Claim", "cluster")).isEqualTo(CAS.TYPE_NAME_STRING);
        assertThat(range("Claim", "hedged")).isEqualTo(CAS.TYPE_NAME_BOOLEAN);
        assertThat(range("Attribution", "cue")).isEqualTo("org.attest.type.Cue");
    }

    @Test
    void thatRelationsPointFromAndToTheirEndpointLayers() {
        assertThat(range("Attribution", AttestTypes.RELATION_FROM)).isEqualTo("org.attest.type.Claim");
        assertThat(range("Attribution", AttestTypes.RELATION_TO)).isEqualTo("org.attest.type.Source");
        assertThat(range("Via", AttestTypes.RELATION_FROM)).isEqualTo("org.attest.type.Source");
        assertThat(range("Via", AttestTypes.RELATION_TO)).isEqualTo("org.attest.type.Source");
    }

    @Test
    void thatTheDescriptionHasOneTypePerLayerPlusSentenceTokenAndTheUnsetNumbersMarker() {
        TypeSystemDescription tsd = TypeSystemFactory.describe(schema);

        assertThat(tsd.getTypes()).hasSize(schema.getLayers().size() + 3);
        assertThat(tsd.getType(UnsetNumbers.MARKER)).isNotNull();
    }

    @Test
    void thatAFeatureClashingWithABuiltInFeatureIsRefusedWithItsName() {
        Schema broken = DefaultSchema.create();
        FeatureDefinition begin = CorpusFactory.eINSTANCE.createFeatureDefinition();
        begin.setName("begin");
        begin.setKind(FeatureKind.NUMBER);
        Schemas.layer(broken, DefaultSchema.CUE).orElseThrow().getFeatures().add(begin);

        assertThatThrownBy(() -> TypeSystemFactory.describe(broken)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'begin'").hasMessageContaining("'Cue'").hasMessageContaining("rename");
    }

    @Test
    void thatEveryCasOfAFactorySharesOneCommittedTypeSystem() {
        CAS first = sut.newCas("One.");
        CAS second = sut.emptyCas();

        assertThat(first.getTypeSystem()).isSameAs(sut.typeSystem()).isSameAs(second.getTypeSystem());
        assertThat(second.getDocumentText()).isNull();
        assertThat(sut.schema()).isSameAs(schema);
    }
}
