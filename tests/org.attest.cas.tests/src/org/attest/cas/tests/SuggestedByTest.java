package org.attest.cas.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.Map;

import org.apache.uima.cas.CAS;
import org.apache.uima.cas.SerialFormat;
import org.apache.uima.cas.text.AnnotationFS;
import org.apache.uima.resource.metadata.FeatureDescription;
import org.apache.uima.resource.metadata.TypeDescription;
import org.apache.uima.resource.metadata.TypeSystemDescription;
import org.apache.uima.util.CasCreationUtils;
import org.apache.uima.util.CasIOUtils;
import org.attest.cas.AttestTypes;
import org.attest.cas.CasFactory;
import org.attest.cas.CasFormat;
import org.attest.cas.Layers;
import org.attest.cas.TypeSystemFactory;
import org.attest.model.Schema;
import org.attest.model.schema.DefaultSchema;
import org.attest.model.schema.Schemas;
import org.junit.jupiter.api.Test;

class SuggestedByTest {

    private final Schema schema = DefaultSchema.create();

    @Test
    void thatEverySpanTypeHasTheSuggestedByFeatureAndRelationsHaveNot() {
        CAS cas = new CasFactory(schema).newCas("Kovačić said.");
        for (var layer : schema.getLayers()) {
            var type = cas.getTypeSystem().getType(Schemas.typeName(layer));
            assertThat(type.getFeatureByBaseName(AttestTypes.SUGGESTED_BY)).as(layer.getName())
                    .matches(f -> (f != null) == (layer instanceof org.attest.model.SpanLayer));
        }
    }

    @Test
    void thatAFileWrittenBeforeSuggestedByExistedStillLoadsWithItsAnnotations() throws Exception {
        TypeSystemDescription old = TypeSystemFactory.describe(schema);
        for (TypeDescription type : old.getTypes()) {
            type.setFeatures(Arrays.stream(type.getFeatures())
                    .filter(f -> !f.getName().equals(AttestTypes.SUGGESTED_BY)).toArray(FeatureDescription[]::new));
        }
        CAS before = CasCreationUtils.createCas(old, null, null);
        before.setDocumentText("Mayor Ana Kovačić said on Saturday.");
        new Layers(before, schema).addSpan("Entity", 6, 17, Map.of("type", "PERSON", "entity", "E-1"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CasIOUtils.save(before, out, SerialFormat.COMPRESSED_FILTERED_TSI);

        CAS sut = new CasFormat(new CasFactory(schema)).read(out.toByteArray(), "anna.bcas");

        Layers layers = new Layers(sut, schema);
        AnnotationFS entity = layers.spans("Entity").get(0);
        assertThat(entity.getCoveredText()).isEqualTo("Ana Kovačić");
        assertThat(layers.value(entity, "entity")).isEqualTo("E-1");
        var feature = entity.getType().getFeatureByBaseName(AttestTypes.SUGGESTED_BY);
        assertThat(feature).isNotNull();
        assertThat(entity.getStringValue(feature)).isNull();
    }
}
