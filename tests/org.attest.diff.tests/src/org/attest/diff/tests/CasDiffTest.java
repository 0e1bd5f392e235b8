package org.attest.diff.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.uima.cas.CAS;
import org.apache.uima.cas.text.AnnotationFS;
import org.attest.cas.CasFactory;
import org.attest.cas.Layers;
import org.attest.diff.CasDiff;
import org.attest.diff.Configuration;
import org.attest.diff.DiffResult;
import org.attest.diff.Observation;
import org.attest.diff.Position;
import org.attest.diff.Stacked;
import org.attest.model.Schema;
import org.attest.model.schema.DefaultSchema;
import org.junit.jupiter.api.Test;

class CasDiffTest {

    // 0 1 2 3 4 5
    // 012345678901234567890123456789012345678901234567890123456
    private static final String TEXT = "Mayor Ana Kovacic said up to 40 people are missing today.";
    private static final Schema SCHEMA = DefaultSchema.create();
    private static final CasFactory FACTORY = new CasFactory(SCHEMA);

    private static CAS cas() {
        return FACTORY.newCas(TEXT);
    }

    private static Layers layers(CAS cas) {
        return new Layers(cas, SCHEMA);
    }

    private static AnnotationFS entity(CAS cas, int begin, int end, String type) {
        return layers(cas).addSpan(DefaultSchema.ENTITY, begin, end, Map.of("type", type));
    }

    // the claim [23,50) attributed to a source from sourceBegin to 17, with the cue [18,22)
    private static void attribute(CAS cas, int sourceBegin) {
        Layers layers = layers(cas);
        AnnotationFS claim = layers.addSpan(DefaultSchema.CLAIM, 23, 50, Map.of("type", "statistic"));
        AnnotationFS source = layers.addSpan(DefaultSchema.SOURCE, sourceBegin, 17, Map.of("type", "person"));
        AnnotationFS cue = layers.addSpan(DefaultSchema.CUE, 18, 22, Map.of("type", "CUE"));
        layers.addRelation(DefaultSchema.ATTRIBUTION, claim, source, Map.of("cue", cue));
    }

    private static DiffResult diff(String layer, Object... annotatorsAndCases) {
        Map<String, CAS> cases = new TreeMap<>();
        for (int i = 0; i < annotatorsAndCases.length; i += 2) {
            cases.put((String) annotatorsAndCases[i], (CAS) annotatorsAndCases[i + 1]);
        }
        return CasDiff.compare(SCHEMA, cases, layer);
    }

    @Test
    void sameSpanWithSameLabelIsOneAgreedPosition() {
        CAS anna = cas();
        CAS ben = cas();
        entity(anna, 6, 17, "PERSON");
        entity(ben, 6, 17, "PERSON");

        DiffResult sut = diff(DefaultSchema.ENTITY, "anna", anna, "ben", ben);

        Position position = Position.span(DefaultSchema.ENTITY, 6, 17);
        assertThat(sut.positions()).containsExactly(position);
        assertThat(sut.isAgreed(position)).isTrue();
        assertThat(sut.configurations(position)).singleElement().satisfies(c -> {
            assertThat(c.label()).isEqualTo("PERSON");
            assertThat(c.annotators()).containsExactly("anna", "ben");
        });
        assertThat(sut.firstDisagreement()).isEmpty();
        assertThat(sut.agreedCount()).isEqualTo(1);
    }

    @Test
    void sameSpanWithDifferentLabelsGivesTwoConfigurationsAtOnePosition() {
        CAS anna = cas();
        CAS ben = cas();
        entity(anna, 6, 17, "PERSON");
        entity(ben, 6, 17, "ORGANIZATION");

        DiffResult sut = diff(DefaultSchema.ENTITY, "anna", anna, "ben", ben);

        Position position = Position.span(DefaultSchema.ENTITY, 6, 17);
        assertThat(sut.positions()).containsExactly(position);
        assertThat(sut.isAgreed(position)).isFalse();
        assertThat(sut.configurations(position)).extracting(Configuration::label).containsExactly("ORGANIZATION",
                "PERSON");
        assertThat(sut.labelOf("anna", position)).contains("PERSON");
        assertThat(sut.labelOf("ben", position)).contains("ORGANIZATION");
        assertThat(sut.annotatorsAt(position)).containsExactly("anna", "ben");
        assertThat(sut.firstDisagreement()).contains(position);
    }

    @Test
    void aShiftedBoundaryMakesTwoPositionsEachHeldByOneAnnotator() {
        CAS anna = cas();
        CAS ben = cas();
        entity(anna, 6, 17, "PERSON");
        entity(ben, 0, 17, "PERSON");

        DiffResult sut = diff(DefaultSchema.ENTITY, "anna", anna, "ben", ben);

        Position wide = Position.span(DefaultSchema.ENTITY, 0, 17);
        Position narrow = Position.span(DefaultSchema.ENTITY, 6, 17);
        assertThat(sut.positions()).containsExactly(wide, narrow);
        assertThat(sut.annotatorsAt(wide)).containsExactly("ben");
        assertThat(sut.annotatorsAt(narrow)).containsExactly("anna");
        assertThat(sut.labelOf("anna", wide)).isEmpty();
        assertThat(sut.overlapGroups()).containsExactly(List.of(wide, narrow));
        assertThat(sut.firstDisagreement()).contains(wide);
    }

    @Test
    void aMissingAnnotatorLeavesThePositionUnagreed() {
        CAS anna = cas();
        CAS ben = cas();
        CAS carl = cas();
        entity(anna, 6, 17, "PERSON");
        entity(ben, 6, 17, "PERSON");

        DiffResult sut = diff(DefaultSchema.ENTITY, "anna", anna, "ben", ben, "carl", carl);

        Position position = Position.span(DefaultSchema.ENTITY, 6, 17);
        assertThat(sut.annotators()).containsExactly("anna", "ben", "carl");
        assertThat(sut.configurations(position)).hasSize(1);
        assertThat(sut.isAgreed(position)).isFalse();
        assertThat(sut.annotatorsAt(position)).containsExactly("anna", "ben");
        assertThat(sut.labelOf("carl", position)).isEmpty();
    }

    @Test
    void otherFeaturesAreComparedAndNumbersCompareByValue() {
        CAS anna = cas();
        CAS ben = cas();
        CAS carl = cas();
        layers(anna).addSpan(DefaultSchema.CLAIM, 23, 38,
                Map.of("type", "statistic", "value", 40, "qualifier", "up to"));
        layers(ben).addSpan(DefaultSchema.CLAIM, 23, 38,
                Map.of("type", "statistic", "value", 40.0, "qualifier", "up to"));
        layers(carl).addSpan(DefaultSchema.CLAIM, 23, 38,
                Map.of("type", "statistic", "value", 40, "qualifier", "at least"));

        DiffResult sut = diff(DefaultSchema.CLAIM, "anna", anna, "ben", ben, "carl", carl);

        Position position = Position.span(DefaultSchema.CLAIM, 23, 38);
        assertThat(sut.configurations(position)).hasSize(2);
        Configuration majority = sut.configurations(position).get(0);
        assertThat(majority.annotators()).containsExactly("anna", "ben");
        assertThat(majority.features()).containsEntry("value", "40").containsEntry("qualifier", "up to");
        assertThat(sut.configurations(position).get(1).features()).containsEntry("qualifier", "at least");
        assertThat(sut.labelOf("carl", position)).contains("statistic");
        assertThat(sut.isAgreed(position)).isFalse();
    }

    @Test
    void anUnsetValueDiffersFromZeroAndAgreesWithAnotherUnsetValue() {
        CAS anna = cas();
        CAS ben = cas();
        CAS carl = cas();
        layers(anna).addSpan(DefaultSchema.CLAIM, 23, 38, Map.of("type", "statistic"));
        layers(ben).addSpan(DefaultSchema.CLAIM, 23, 38, Map.of("type", "statistic", "value", 0));
        layers(carl).addSpan(DefaultSchema.CLAIM, 23, 38, Map.of("type", "statistic"));

        DiffResult sut = diff(DefaultSchema.CLAIM, "anna", anna, "ben", ben, "carl", carl);

        Position position = Position.span(DefaultSchema.CLAIM, 23, 38);
        assertThat(sut.isAgreed(position)).isFalse();
        assertThat(sut.configurations(position)).hasSize(2);
        assertThat(sut.configurations(position).get(0).annotators()).containsExactly("anna", "carl");
        assertThat(sut.configurations(position).get(0).features()).doesNotContainKey("value");
        assertThat(sut.configurations(position).get(1).features()).containsEntry("value", "0");
    }

    @Test
    void relationsWhoseEndpointsDifferLieAtDifferentPositions() {
        CAS anna = cas();
        CAS ben = cas();
        attribute(anna, 6);
        attribute(ben, 0);

        DiffResult sut = diff(DefaultSchema.ATTRIBUTION, "anna", anna, "ben", ben);

        Position annas = Position.relation(DefaultSchema.ATTRIBUTION, 23, 50, 6, 17);
        Position bens = Position.relation(DefaultSchema.ATTRIBUTION, 23, 50, 0, 17);
        assertThat(sut.positions()).containsExactly(bens, annas);
        assertThat(sut.annotatorsAt(annas)).containsExactly("anna");
        assertThat(sut.configurations(annas)).singleElement().satisfies(c -> {
            assertThat(c.label()).isEqualTo(DefaultSchema.ATTRIBUTION);
            assertThat(c.features()).containsEntry("cue", "[18,22)");
        });
        assertThat(sut.firstDisagreement()).contains(bens);
    }

    @Test
    void relationsWithTheSameEndpointsButAnotherCueDisagree() {
        CAS anna = cas();
        CAS ben = cas();
        for (CAS cas : List.of(anna, ben)) {
            Layers layers = layers(cas);
            AnnotationFS claim = layers.addSpan(DefaultSchema.CLAIM, 23, 50, Map.of("type", "statistic"));
            AnnotationFS source = layers.addSpan(DefaultSchema.SOURCE, 6, 17, Map.of("type", "person"));
            AnnotationFS cue = layers.addSpan(DefaultSchema.CUE, cas == anna ? 18 : 17, 22, Map.of("type", "CUE"));
            layers.addRelation(DefaultSchema.ATTRIBUTION, claim, source, Map.of("cue", cue));
        }

        DiffResult sut = diff(DefaultSchema.ATTRIBUTION, "anna", anna, "ben", ben);

        Position position = Position.relation(DefaultSchema.ATTRIBUTION, 23, 50, 6, 17);
        assertThat(sut.positions()).containsExactly(position);
        assertThat(sut.configurations(position)).extracting(c -> c.features().get("cue")).containsExactly("[17,22)",
                "[18,22)");
        assertThat(sut.isAgreed(position)).isFalse();
    }

    @Test
    void identicalSpansStackedByOneAnnotatorCountOnceAndAreReported() {
        CAS anna = cas();
        CAS ben = cas();
        entity(anna, 6, 17, "PERSON");
        entity(anna, 6, 17, "PERSON");
        entity(ben, 6, 17, "PERSON");

        DiffResult sut = diff(DefaultSchema.ENTITY, "anna", anna, "ben", ben);

        Position position = Position.span(DefaultSchema.ENTITY, 6, 17);
        assertThat(sut.isAgreed(position)).isTrue();
        assertThat(sut.stacked()).containsExactly(new Stacked("anna", position, "PERSON", 2));
    }

    @Test
    void overlappingSpansAreGroupedAndSeparateOnesAreNot() {
        CAS anna = cas();
        CAS ben = cas();
        entity(anna, 0, 9, "PERSON");
        entity(ben, 6, 17, "PERSON");
        entity(anna, 29, 38, "QUANTITY");

        DiffResult sut = diff(DefaultSchema.ENTITY, "anna", anna, "ben", ben);

        assertThat(sut.overlapGroups()).containsExactly(
                List.of(Position.span(DefaultSchema.ENTITY, 0, 9), Position.span(DefaultSchema.ENTITY, 6, 17)),
                List.of(Position.span(DefaultSchema.ENTITY, 29, 38)));
    }

    @Test
    void anUnknownLayerIsRefusedNamingTheLayersThereAre() {
        assertThatThrownBy(() -> diff("Sentiment", "anna", cas())).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Sentiment").hasMessageContaining("Entity");
    }

    @Test
    void observationsReadOnceCompareLikeTheCasesThemselves() {
        CAS anna = cas();
        CAS ben = cas();
        attribute(anna, 6);
        attribute(ben, 0);
        DiffResult expected = diff(DefaultSchema.ATTRIBUTION, "anna", anna, "ben", ben);

        List<Observation> annas = CasDiff.observations(SCHEMA, anna, DefaultSchema.ATTRIBUTION);
        DiffResult sut = CasDiff.compare(DefaultSchema.ATTRIBUTION,
                Map.of("anna", annas, "ben", CasDiff.observations(SCHEMA, ben, DefaultSchema.ATTRIBUTION)));

        assertThat(annas).containsExactly(new Observation(Position.relation(DefaultSchema.ATTRIBUTION, 23, 50, 6, 17),
                DefaultSchema.ATTRIBUTION, new TreeMap<>(Map.of("cue", "[18,22)"))));
        assertThat(sut.positions()).isEqualTo(expected.positions());
        assertThat(sut.annotators()).isEqualTo(expected.annotators());
        for (Position position : expected.positions()) {
            assertThat(sut.configurations(position)).isEqualTo(expected.configurations(position));
        }
    }

    @Test
    void anObservationOfAnotherLayerIsRefused() {
        CAS anna = cas();
        entity(anna, 6, 17, "PERSON");

        assertThatThrownBy(() -> CasDiff.compare(DefaultSchema.CLAIM,
                Map.of("anna", CasDiff.observations(SCHEMA, anna, DefaultSchema.ENTITY))))
                .hasMessageContaining("anna").hasMessageContaining("is not on layer Claim");
    }
}
