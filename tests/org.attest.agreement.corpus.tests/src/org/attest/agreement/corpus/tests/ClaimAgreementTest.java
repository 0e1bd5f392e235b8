package org.attest.agreement.corpus.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.apache.uima.cas.CAS;
import org.apache.uima.cas.text.AnnotationFS;
import org.attest.agreement.corpus.AgreementReport;
import org.attest.agreement.corpus.AgreementRequest;
import org.attest.agreement.corpus.AgreementService;
import org.attest.agreement.corpus.ClaimAgreement;
import org.attest.agreement.corpus.NoAnnotation;
import org.attest.cas.CasFactory;
import org.attest.cas.Layers;
import org.attest.model.DocumentState;
import org.attest.model.Schema;
import org.attest.model.schema.DefaultSchema;
import org.junit.jupiter.api.Test;

class ClaimAgreementTest {

    private static final String TEXT = "The police said 40 died. Officials said 100 fled. Aid groups said 7 homes burned.";
    private static final Schema SCHEMA = DefaultSchema.create();
    private static final CasFactory FACTORY = new CasFactory(SCHEMA);

    /** One annotator's work on {@link #TEXT}, spans given by their words. */
    private static final class Work {

        final CAS cas = FACTORY.newCas(TEXT);
        final Layers layers = new Layers(cas, SCHEMA);

        AnnotationFS claim(String words, Object... features) {
            Map<String, Object> values = new HashMap<>(Map.of("type", "statistic"));
            for (int i = 0; i < features.length; i += 2) {
                values.put((String) features[i], features[i + 1]);
            }
            return layers.addSpan(DefaultSchema.CLAIM, begin(words), begin(words) + words.length(), values);
        }

        AnnotationFS source(String words) {
            return layers.addSpan(DefaultSchema.SOURCE, begin(words), begin(words) + words.length(),
                    Map.of("type", "organization"));
        }

        Work attribute(AnnotationFS claim, AnnotationFS source) {
            layers.addRelation(DefaultSchema.ATTRIBUTION, claim, source, Map.of());
            return this;
        }

        Work via(AnnotationFS source, AnnotationFS through) {
            layers.addRelation(DefaultSchema.VIA, source, through, Map.of());
            return this;
        }

        private static int begin(String words) {
            int begin = TEXT.indexOf(words);
            assertThat(begin).as("'%s' in the text", words).isNotNegative();
            return begin;
        }
    }

    private static ClaimAgreement claims(double tolerance, Work anna, Work ben) throws Exception {
        MemoryInput input = new MemoryInput(SCHEMA).add("d1", "anna", DocumentState.FINISHED, anna.cas).add("d1",
                "ben", DocumentState.FINISHED, ben.cas);
        AgreementReport report = new AgreementService(input).compute(new AgreementRequest(null,
                Set.of(AgreementRequest.CLAIMS), false, NoAnnotation.CATEGORY, tolerance), m -> {
                });
        return report.claims();
    }

    private static Work values(double died, double fled, double burned) {
        Work work = new Work();
        work.claim("40 died", "value", died);
        work.claim("100 fled", "value", fled);
        work.claim("7 homes burned", "value", burned);
        return work;
    }

    @Test
    void valuesOfMatchedClaimsGiveIntervalAlphaAndTheShareOfPairsWithinTheTolerance() throws Exception {
        ClaimAgreement sut = claims(0.1, values(40, 100, 7), values(42, 150, 7));

        // Units (40,42), (100,150), (7,7), n = 6: D_o = 2(2² + 50²)/6 = 834.67, D_e = sum over ordered pairs of values
        // of their squared difference / (6 * 5) = 6403.73, so alpha = 1 - D_o/D_e = 0.86966.
        assertThat(sut.value().value()).isCloseTo(0.86966, within(0.00001));
        assertThat(sut.value().measure()).isEqualTo("krippendorff-alpha (interval)");
        // 42 is within 10% of 42, 7 equals 7, but 100 is 33% below 150
        assertThat(sut.valueWithin().pairs()).isEqualTo(3);
        assertThat(sut.valueWithin().agreeing()).isEqualTo(2);
        assertThat(sut.tolerance()).isEqualTo(0.1);
        assertThat(sut.claims()).isEqualTo(3);
        assertThat(sut.matched()).isEqualTo(3);
    }

    @Test
    void aWiderToleranceCountsMorePairsAsAgreeingButLeavesAlphaAlone() throws Exception {
        ClaimAgreement narrow = claims(0.1, values(40, 100, 7), values(42, 150, 7));

        ClaimAgreement sut = claims(0.5, values(40, 100, 7), values(42, 150, 7));

        assertThat(sut.valueWithin().agreeing()).isEqualTo(3);
        assertThat(sut.valueWithin().share()).isEqualTo(1.0);
        assertThat(sut.value().value()).isEqualTo(narrow.value().value());
    }

    @Test
    void anUnsetValueIsMissingNeverZero() throws Exception {
        Work anna = new Work();
        anna.claim("40 died", "value", 40.0);
        anna.claim("100 fled", "value", 100.0);
        anna.claim("7 homes burned", "value", 0.0);
        Work ben = new Work();
        ben.claim("40 died", "value", 40.0);
        ben.claim("100 fled", "value", 120.0);
        ben.claim("7 homes burned");

        ClaimAgreement sut = claims(0.1, anna, ben);

        // read as 0, ben's unset value would make a third pair, agreeing with anna's 0
        assertThat(sut.valueWithin().pairs()).isEqualTo(2);
        assertThat(sut.valueWithin().agreeing()).isEqualTo(1);
        assertThat(sut.value().unitsUsed()).isEqualTo(2);
        assertThat(sut.value().pairableValues()).isEqualTo(4);
        // the claim itself is matched: both marked it
        assertThat(sut.matched()).isEqualTo(3);
    }

    @Test
    void stackedClaimsCountOnceWhenTheyAgreeAndAreMissingWithANoteWhenTheyDiffer() throws Exception {
        Work anna = new Work();
        anna.claim("40 died", "value", 40.0);
        anna.claim("40 died", "value", 40.0);
        anna.claim("100 fled", "value", 100.0);
        anna.claim("100 fled", "value", 120.0);
        Work ben = new Work();
        ben.claim("40 died", "value", 40.0);
        ben.claim("100 fled", "value", 100.0);

        ClaimAgreement sut = claims(0.1, anna, ben);

        assertThat(sut.valueWithin().pairs()).isEqualTo(1);
        assertThat(sut.matched()).isEqualTo(2);
        assertThat(sut.note()).startsWith("1 time(s) one annotator stacked claims with different values");
    }

    @Test
    void clustersOfMatchedClaimsCompareWithNoClusterAsACategoryAndUnmatchedClaimsLeftOut() throws Exception {
        Work anna = new Work();
        anna.claim("40 died", "cluster", "deaths");
        anna.claim("100 fled", "cluster", "displaced");
        anna.claim("7 homes burned");
        anna.claim("Aid groups", "cluster", "deaths");
        Work ben = new Work();
        ben.claim("40 died", "cluster", "deaths");
        ben.claim("100 fled");
        ben.claim("7 homes burned");

        ClaimAgreement sut = claims(0.1, anna, ben);

        assertThat(sut.claims()).isEqualTo(4);
        assertThat(sut.matched()).isEqualTo(3);
        assertThat(sut.clusterSame().pairs()).isEqualTo(3);
        assertThat(sut.clusterSame().agreeing()).isEqualTo(2);
        // values deaths x2, displaced x1, (no cluster) x3, n = 6: D_o = 2/6, D_e = (36 - 4 - 1 - 9)/30 = 22/30,
        // alpha = 1 - (2/6)/(22/30) = 12/22
        assertThat(sut.cluster().value()).isCloseTo(12.0 / 22, within(1e-9));
        // no claim has a value: value alpha has nothing to compare, and says so
        assertThat(sut.value().isDefined()).isFalse();
        assertThat(sut.valueWithin().pairs()).isZero();
    }

    @Test
    void chainsAgreeOnlyThroughTheSameSequenceOfSources() throws Exception {
        Work anna = new Work();
        Work ben = new Work();
        for (Work work : new Work[]{anna, ben}) {
            AnnotationFS police = work.source("The police");
            AnnotationFS officials = work.source("Officials");
            work.attribute(work.claim("40 died"), police).via(police, officials);
            AnnotationFS fled = work.claim("100 fled");
            work.claim("7 homes burned");
            work.attribute(fled, work == anna ? officials : work.source("Aid groups"));
        }

        ClaimAgreement sut = claims(0.1, anna, ben);

        // 40 died: police > officials for both; 100 fled: officials against aid groups; 7 homes burned: no attribution
        // for both
        assertThat(sut.chainSame().pairs()).isEqualTo(3);
        assertThat(sut.chainSame().agreeing()).isEqualTo(2);
        // values: police>officials x2, officials x1, aid groups x1, (no attribution) x2:
        // alpha = 1 - (2/6)/((36 - 4 - 1 - 1 - 4)/30) = 1 - 10/26
        assertThat(sut.chain().value()).isCloseTo(16.0 / 26, within(1e-9));
    }

    @Test
    void aChainThatGoesOneSourceFurtherIsAnotherChain() throws Exception {
        Work anna = new Work();
        anna.attribute(anna.claim("40 died"), anna.source("The police"));
        Work ben = new Work();
        AnnotationFS police = ben.source("The police");
        ben.attribute(ben.claim("40 died"), police).via(police, ben.source("Officials"));

        ClaimAgreement sut = claims(0.1, anna, ben);

        assertThat(sut.chainSame().pairs()).isEqualTo(1);
        assertThat(sut.chainSame().agreeing()).isZero();
    }

    @Test
    void aViaCycleEndsTheChainInsteadOfLoopingForever() throws Exception {
        ClaimAgreement sut = claims(0.1, policeAndOfficialsViaEachOther(), policeAndOfficialsViaEachOther());

        assertThat(sut.chainSame().pairs()).isEqualTo(1);
        assertThat(sut.chainSame().agreeing()).isEqualTo(1);
    }

    private static Work policeAndOfficialsViaEachOther() {
        Work work = new Work();
        AnnotationFS police = work.source("The police");
        AnnotationFS officials = work.source("Officials");
        return work.attribute(work.claim("40 died"), police).via(police, officials).via(officials, police);
    }

    @Test
    void claimsAreLeftOutWhenTheRequestMeasuresAnotherLayer() throws Exception {
        MemoryInput input = new MemoryInput(SCHEMA).add("d1", "anna", DocumentState.FINISHED, values(1, 2, 3).cas)
                .add("d1", "ben", DocumentState.FINISHED, values(1, 2, 3).cas);

        AgreementReport sut = new AgreementService(input)
                .compute(new AgreementRequest(DefaultSchema.ENTITY, Set.of(), false, NoAnnotation.CATEGORY), m -> {
                });

        assertThat(sut.claims()).isNull();
    }

    @Test
    void aNegativeToleranceIsRejectedWithTheRangeItTakes() {
        assertThatThrownBy(() -> new AgreementRequest(null, Set.of(), false, NoAnnotation.CATEGORY, -0.1))
                .hasMessageContaining("zero or more").hasMessageContaining("-0.1");
    }
}
