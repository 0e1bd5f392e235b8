package org.attest.cas.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Map;

import org.apache.uima.cas.CAS;
import org.apache.uima.cas.Type;
import org.apache.uima.cas.text.AnnotationFS;
import org.attest.cas.CasDoctor;
import org.attest.cas.CasFactory;
import org.attest.cas.CasProblem;
import org.attest.cas.CasProblem.Kind;
import org.attest.cas.Layers;
import org.attest.model.Schema;
import org.attest.model.schema.DefaultSchema;
import org.junit.jupiter.api.Test;

class CasDoctorTest {

    private static final String TEXT = "Stepanyan said at least 200 people died, according to AFP.";

    private final Schema schema = DefaultSchema.create();
    private final CAS cas = new CasFactory(schema).newCas(TEXT);
    private final Layers layers = new Layers(cas, schema);
    private final CasDoctor sut = new CasDoctor();

    private AnnotationFS span(String layer, String words, Map<String, Object> features) {
        int at = TEXT.indexOf(words);
        return layers.addSpan(layer, at, at + words.length(), features);
    }

    /** Adds an annotation with raw offsets, bypassing the checks of {@link Layers}, as a faulty tool would. */
    private AnnotationFS raw(String layer, int begin, int end) {
        Type type = cas.getTypeSystem().getType("org.attest.type." + layer);
        AnnotationFS fs = cas.createAnnotation(type, begin, end);
        cas.addFsToIndexes(fs);
        return fs;
    }

    private List<CasProblem> problems() {
        return sut.check(cas, schema, TEXT);
    }

    @Test
    void thatAConsistentCasHasNoProblems() {
        AnnotationFS claim = span("Claim", "at least 200 people died", Map.of("type", "statistic"));
        AnnotationFS source = span("Source", "AFP", Map.of("type", "news agency"));
        layers.addRelation("Attribution", claim, source, Map.of("cue", span("Cue", "according to", Map.of())));

        assertThat(problems()).isEmpty();
    }

    @Test
    void thatADifferentSourceTextIsReportedWithWhereItDiffers() {
        List<CasProblem> problems = sut.check(cas, schema, TEXT.replace("200", "100"));

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(Kind.TEXT_MISMATCH);
            assertThat(p.begin()).isEqualTo(TEXT.indexOf("200"));
            assertThat(p.message()).contains("200 people", "100 people");
        });
    }

    @Test
    void thatNegativeInvertedAndOutsideSpansAreEachReported() {
        raw("Entity", -3, 4);
        raw("Claim", 20, 10);
        raw("Source", 50, TEXT.length() + 8);

        assertThat(problems()).extracting(CasProblem::kind, CasProblem::layer, CasProblem::begin, CasProblem::end)
                .containsExactlyInAnyOrder(
                        tuple(Kind.NEGATIVE_OFFSET, "Entity", -3, 4),
                        tuple(Kind.INVERTED_SPAN, "Claim", 20, 10),
                        tuple(Kind.SPAN_OUTSIDE_TEXT, "Source", 50, TEXT.length() + 8));
        assertThat(problems()).filteredOn(p -> p.kind() == Kind.SPAN_OUTSIDE_TEXT).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("Source [50," + (TEXT.length() + 8) + ")", "AFP."));
    }

    @Test
    void thatARelationToADeletedSpanIsDangling() {
        AnnotationFS claim = span("Claim", "at least 200 people died", Map.of("type", "statistic"));
        AnnotationFS source = span("Source", "AFP", Map.of("type", "news agency"));
        layers.addRelation("Attribution", claim, source, Map.of());
        cas.removeFsFromIndexes(source);

        assertThat(problems()).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(Kind.DANGLING_RELATION);
            assertThat(p.layer()).isEqualTo("Attribution");
            assertThat(p.message()).contains("'to'", "deleted Source [", "at least 200 people died");
        });
    }

    @Test
    void thatARelationWithoutEndpointsIsDangling() {
        raw("Via", 0, 9);

        assertThat(problems()).extracting(CasProblem::kind).containsExactly(Kind.DANGLING_RELATION,
                Kind.DANGLING_RELATION);
        assertThat(problems()).extracting(CasProblem::message)
                .anySatisfy(m -> assertThat(m).contains("no 'from'", "Stepanyan"));
    }

    @Test
    void thatATagOutsideTheTagsetIsReportedWithTheAllowedOnes() {
        AnnotationFS person = span("Entity", "Stepanyan", Map.of("type", "PERSON"));
        person.setStringValue(person.getType().getFeatureByBaseName("type"), "WIZARD");

        assertThat(problems()).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(Kind.UNKNOWN_TAG);
            assertThat(p.layer()).isEqualTo("Entity");
            assertThat(p.message()).contains("'WIZARD'", "EntityType", "Stepanyan", "PERSON");
        });
    }
}
