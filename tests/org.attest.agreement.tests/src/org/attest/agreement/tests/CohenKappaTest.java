package org.attest.agreement.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.attest.agreement.tests.PublishedExamples.row;

import java.util.ArrayList;
import java.util.List;

import org.attest.agreement.AgreementResult;
import org.attest.agreement.ReliabilityData;
import org.attest.agreement.measures.cohenkappa.CohenKappa;
import org.attest.agreement.measures.cohenkappa.CohenKappaResult;
import org.attest.agreement.measures.cohenkappa.ConfusionMatrix;
import org.junit.jupiter.api.Test;

class CohenKappaTest {

    /**
     * Wikipedia, "Cohen's kappa", worked example: 50 grant proposals read by A and B; 20 yes-yes,
     * 5 yes(A)-no(B), 10 no(A)-yes(B), 15 no-no. Published: p_o = 0.7, p_e = 0.5, kappa = 0.4.
     */
    private static ReliabilityData fiftyProposals() {
        List<String[]> pairs = new ArrayList<>();
        add(pairs, 20, "yes", "yes");
        add(pairs, 5, "yes", "no");
        add(pairs, 10, "no", "yes");
        add(pairs, 15, "no", "no");
        List<String> units = new ArrayList<>();
        for (int i = 1; i <= pairs.size(); i++) {
            units.add("proposal " + i);
        }
        return new ReliabilityData(List.of("A", "B"), units, pairs.toArray(String[][]::new));
    }

    private static void add(List<String[]> pairs, int times, String a, String b) {
        for (int i = 0; i < times; i++) {
            pairs.add(new String[]{a, b});
        }
    }

    @Test
    void reproducesTheFiftyProposalsTextbookExample() {
        CohenKappaResult sut = CohenKappa.compute(fiftyProposals(), "A", "B");

        assertThat(sut.agreement().value()).isCloseTo(0.400, within(1e-12));
        assertThat(sut.agreement().observed()).isCloseTo(0.7, within(1e-12));
        assertThat(sut.agreement().expected()).isCloseTo(0.5, within(1e-12));
        assertThat(sut.agreement().unitsUsed()).isEqualTo(50);
    }

    @Test
    void returnsTheConfusionMatrixWithSortedCategories() {
        ConfusionMatrix sut = CohenKappa.compute(fiftyProposals(), "A", "B").confusion();

        assertThat(sut.categories()).containsExactly("no", "yes");
        assertThat(sut.counts()).isDeepEqualTo(new int[][]{{15, 10}, {5, 20}});
        assertThat(sut.count("yes", "no")).isEqualTo(5);
        assertThat(sut.first()).isEqualTo("A");
        assertThat(sut.total()).isEqualTo(50);
    }

    @Test
    void computesKappaFromAConfusionMatrixCopiedFromAPaper() {
        ConfusionMatrix table = new ConfusionMatrix("A", "B", List.of("yes", "no"), new int[][]{{20, 5}, {10, 15}});

        assertThat(CohenKappa.compute(table).value()).isCloseTo(0.4, within(1e-12));
    }

    @Test
    void unitsEitherCoderLeftOutAreSkippedAndCounted() {
        ReliabilityData data = ReliabilityData.ofCoderRows(row("a", "b", null, "a"), row("a", "b", "b", null));

        AgreementResult sut = CohenKappa.compute(data, 0, 1).agreement();

        assertThat(sut.value()).isEqualTo(1.0);
        assertThat(sut.unitsUsed()).isEqualTo(2);
        assertThat(sut.unitsSkipped()).isEqualTo(2);
        assertThat(sut.note()).contains("2 unit(s) not coded by both coders were skipped");
    }

    @Test
    void oneCategoryOnlyIsUndefinedWithANote() {
        ReliabilityData data = ReliabilityData.ofCoderRows(row("PER", "PER"), row("PER", "PER"));

        AgreementResult sut = CohenKappa.compute(data, 0, 1).agreement();

        assertThat(sut.value()).isNaN();
        assertThat(sut.note()).contains("only one category (PER) was used").contains("undefined (no variation)");
    }

    @Test
    void aCoderWhoCodedNothingLeavesNothingToCompare() {
        ReliabilityData data = ReliabilityData.ofCoderRows(List.of("kari", "anna"), List.of("u1", "u2"),
                row("a", "b"), row(null, null));

        CohenKappaResult sut = CohenKappa.compute(data, "kari", "anna");

        assertThat(sut.agreement().value()).isNaN();
        assertThat(sut.agreement().note()).contains("no unit was coded by both coders");
        assertThat(sut.confusion().categories()).isEmpty();
    }

    @Test
    void anUnknownCoderIsNamedWithTheCodersThereAre() {
        assertThatThrownBy(() -> CohenKappa.compute(fiftyProposals(), "A", "C"))
                .hasMessageContaining("no coder 'C'").hasMessageContaining("[A, B]");
    }
}
