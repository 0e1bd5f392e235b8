package org.attest.agreement.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.attest.agreement.tests.PublishedExamples.row;

import java.util.List;

import org.attest.agreement.AgreementResult;
import org.attest.agreement.ReliabilityData;
import org.attest.agreement.measures.fleisskappa.FleissKappa;
import org.junit.jupiter.api.Test;

class FleissKappaTest {

    @Test
    void reproducesFleiss1971PsychiatricDiagnoses() {
        // Fleiss (1971), Psychological Bulletin 76(5): 378-381, Table 1: kappa = 0.430, P-bar = 0.556, P-bar_e = 0.220.
        AgreementResult sut = FleissKappa.compute(PublishedExamples.fleiss1971());

        assertThat(sut.value()).isCloseTo(0.430, within(0.0005));
        assertThat(sut.observed()).isCloseTo(0.556, within(0.0005));
        assertThat(sut.expected()).isCloseTo(0.220, within(0.0005));
        assertThat(sut.unitsUsed()).isEqualTo(30);
        assertThat(sut.coders()).isEqualTo(6);
        assertThat(sut.note()).isEmpty();
    }

    @Test
    void equalsCohensKappaForTwoCodersWithTheSameMarginals() {
        // With two coders Fleiss' kappa is Scott's pi; for symmetric marginals it equals Cohen's kappa.
        ReliabilityData data = ReliabilityData.ofCoderRows(row("a", "a", "b", "b"), row("a", "b", "a", "b"));

        assertThat(FleissKappa.compute(data).value()).isCloseTo(0.0, within(1e-12));
    }

    @Test
    void unitsWithAMissingRatingAreExcludedAndCounted() {
        ReliabilityData data = ReliabilityData.ofCoderRows(row("a", "b", "a"), row("a", "b", null), row("a", "b", "b"));

        AgreementResult sut = FleissKappa.compute(data);

        assertThat(sut.value()).isEqualTo(1.0);
        assertThat(sut.unitsUsed()).isEqualTo(2);
        assertThat(sut.note()).isEqualTo("1 unit(s) not rated by all 3 coders were excluded");
    }

    @Test
    void oneCategoryOnlyIsUndefinedWithANote() {
        ReliabilityData data = ReliabilityData.ofCoderRows(row("x", "x"), row("x", "x"), row("x", "x"));

        AgreementResult sut = FleissKappa.compute(data);

        assertThat(sut.value()).isNaN();
        assertThat(sut.note()).contains("only one category (x) was used");
    }

    @Test
    void aCoderWhoCodedNothingExcludesEveryUnit() {
        ReliabilityData data = ReliabilityData.ofCoderRows(List.of("A", "B", "idle"), List.of("u1", "u2"),
                row("a", "b"), row("a", "a"), row(null, null));

        AgreementResult sut = FleissKappa.compute(data);

        assertThat(sut.value()).isNaN();
        assertThat(sut.note()).contains("no unit was rated by all 3 coders").contains("2 unit(s)");
    }

    @Test
    void aSingleCoderIsUndefined() {
        AgreementResult sut = FleissKappa.compute(ReliabilityData.ofCoderRows(row("a", "b")));

        assertThat(sut.value()).isNaN();
        assertThat(sut.note()).contains("at least two coders");
    }
}
