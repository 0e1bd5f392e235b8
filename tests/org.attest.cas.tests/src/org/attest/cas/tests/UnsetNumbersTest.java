package org.attest.cas.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

import org.apache.uima.cas.CAS;
import org.apache.uima.cas.SerialFormat;
import org.apache.uima.cas.text.AnnotationFS;
import org.apache.uima.resource.metadata.TypeDescription;
import org.apache.uima.resource.metadata.TypeSystemDescription;
import org.apache.uima.util.CasCreationUtils;
import org.apache.uima.util.CasIOUtils;
import org.attest.cas.CasFactory;
import org.attest.cas.CasFormat;
import org.attest.cas.Layers;
import org.attest.cas.SchemaCompatibility;
import org.attest.cas.TypeSystemFactory;
import org.attest.cas.UnsetNumbers;
import org.attest.model.Schema;
import org.attest.model.schema.DefaultSchema;
import org.attest.model.schema.Schemas;
import org.junit.jupiter.api.Test;

class UnsetNumbersTest {

    private static final String TEXT = "Up to 100 people were killed and 0 were missing, officials said.";

    private final Schema schema = DefaultSchema.create();
    private final CasFactory factory = new CasFactory(schema);
    private final CasFormat sut = new CasFormat(factory);

    private static AnnotationFS claim(Layers layers, String words, Map<String, Object> features) {
        int begin = TEXT.indexOf(words);
        return layers.addSpan(DefaultSchema.CLAIM, begin, begin + words.length(), features);
    }

    @Test
    void thatAClaimWithoutAValueReadsUnsetNotZeroAndAZeroReadsZero() {
        CAS cas = factory.newCas(TEXT);
        Layers layers = new Layers(cas, schema);

        AnnotationFS none = claim(layers, "Up to 100", Map.of("type", "statistic"));
        AnnotationFS zero = claim(layers, "0 were missing", Map.of("type", "statistic", "value", 0));

        assertThat(layers.value(none, "value")).isNull();
        assertThat(layers.value(none, "upper")).isNull();
        assertThat(layers.value(zero, "value")).isEqualTo(0.0);
    }

    @Test
    void thatSettingNullMakesANumberUnsetAgain() {
        CAS cas = factory.newCas(TEXT);
        Layers layers = new Layers(cas, schema);
        AnnotationFS claim = claim(layers, "Up to 100", Map.of("value", 100));

        layers.set(claim, "value", null);

        assertThat(layers.value(claim, "value")).isNull();
    }

    @Test
    void thatUnsetAndZeroSurviveTheOnDiskForm() throws Exception {
        CAS cas = factory.newCas(TEXT);
        Layers layers = new Layers(cas, schema);
        claim(layers, "Up to 100", Map.of("type", "statistic"));
        claim(layers, "0 were missing", Map.of("value", 0));

        CAS read = sut.read(sut.write(cas), "a.bcas");

        Layers back = new Layers(read, schema);
        assertThat(back.spans(DefaultSchema.CLAIM)).extracting(c -> back.value(c, "value")).containsExactly(null, 0.0);
    }

    @Test
    void thatAFileWrittenBeforeTheConventionReadsItsZerosAsUnsetAndKeepsItsFigures() throws Exception {
        CAS legacy = CasCreationUtils.createCas(withoutMarker(schema), null, null);
        legacy.setDocumentText(TEXT);
        Layers old = new Layers(legacy, schema);
        // a CAS of that time: no NaN anywhere, an unset number held UIMA's default 0
        AnnotationFS unset = claim(old, "Up to 100", Map.of("value", 100));
        AnnotationFS never = claim(old, "0 were missing", new HashMap<>());
        unset.setDoubleValue(unset.getType().getFeatureByBaseName("upper"), 0.0);
        never.setDoubleValue(never.getType().getFeatureByBaseName("value"), 0.0);
        never.setDoubleValue(never.getType().getFeatureByBaseName("upper"), 0.0);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        CasIOUtils.save(legacy, bytes, SerialFormat.COMPRESSED_FILTERED_TSI);

        CAS read = sut.read(bytes.toByteArray(), "legacy.bcas");

        Layers layers = new Layers(read, schema);
        assertThat(layers.spans(DefaultSchema.CLAIM)).extracting(c -> layers.value(c, "value")).containsExactly(100.0,
                null);
        assertThat(layers.spans(DefaultSchema.CLAIM)).extracting(c -> layers.value(c, "upper")).containsExactly(null,
                null);
    }

    @Test
    void thatRemovingANumberFeatureIsRefusedForAZeroButNotForAnUnsetValue() {
        CAS cas = factory.newCas(TEXT);
        Layers layers = new Layers(cas, schema);
        claim(layers, "Up to 100", Map.of("type", "statistic"));
        Schema withoutUpper = DefaultSchema.create();
        Schemas.layer(withoutUpper, DefaultSchema.CLAIM).orElseThrow().getFeatures()
                .removeIf(f -> f.getName().equals("upper"));
        assertThat(SchemaCompatibility.orphans(withoutUpper, Map.of("a", cas))).isEmpty();

        layers.set(layers.spans(DefaultSchema.CLAIM).get(0), "upper", 0);

        assertThat(SchemaCompatibility.orphans(withoutUpper, Map.of("a", cas))).singleElement().asString()
                .contains("uses feature 'upper'");
    }

    private static TypeSystemDescription withoutMarker(Schema schema) {
        TypeSystemDescription tsd = TypeSystemFactory.describe(schema);
        tsd.setTypes(Arrays.stream(tsd.getTypes()).filter(t -> !t.getName().equals(UnsetNumbers.MARKER))
                .toArray(TypeDescription[]::new));
        return tsd;
    }
}
