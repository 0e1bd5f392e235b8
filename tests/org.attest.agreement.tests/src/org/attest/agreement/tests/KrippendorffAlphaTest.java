package org.attest.agreement.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.attest.agreement.tests.PublishedExamples.row;

import java.util.List;

import org.attest.agreement.AgreementResult;
import org.attest.agreement.Level;
import org.attest.agreement.ReliabilityData;
import org.attest.agreement.measures.krippendorff.KrippendorffAlpha;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class KrippendorffAlphaTest {

    @ParameterizedTest(name = "{0}: {1}")
    // Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability", example C, published values;
    // nominal and interval also in Krippendorff (2004, pp. 230-232) and DKPro Statistics' Krippendorff2004Test.
    @CsvSource({"NOMINAL, 0.743", "ORDINAL, 0.815", "INTERVAL, 0.849", "RATIO, 0.797"})
    void reproducesKrippendorffsFourCoderExampleWithMissingValues(Level level, double published) {
        AgreementResult sut = KrippendorffAlpha.compute(PublishedExamples.krippendorff2011C(), level);

        assertThat(sut.value()).isCloseTo(published, within(0.0005));
        // Unit 12 has one value only: it is not pairable and is left out.
        assertThat(sut.unitsUsed()).isEqualTo(11);
        assertThat(sut.unitsSkipped()).isEqualTo(1);
        assertThat(sut.pairableValues()).isEqualTo(40);
        assertThat(sut.coders()).isEqualTo(4);
        assertThat(sut.note()).contains("1 unit(s) with fewer than two values");
    }

    @Test
    void reproducesTheObservedAndExpectedDisagreementOfTheNominalExample() {
        // Krippendorff (2004, p. 232): D_o = 0.200 and D_e = 0.779 for example C, nominal.
        AgreementResult sut = KrippendorffAlpha.compute(PublishedExamples.krippendorff2011C(), Level.NOMINAL);

        assertThat(sut.observed()).isCloseTo(0.200, within(0.0005));
        assertThat(sut.expected()).isCloseTo(0.779, within(0.0005));
    }

    @Test
    void reproducesKrippendorffsBinaryTwoCoderExample() {
        // Krippendorff (2011), example A; Krippendorff (2004, p. 224): alpha = 0.095, D_o = 0.400, D_e = 0.442.
        // By hand: 6 ones and 14 zeros among n = 20 values, 4 disagreeing units:
        // alpha = 1 - (n - 1) * o_01 / (n_0 * n_1) = 1 - 19 * 4 / (14 * 6) = 0.0952.
        AgreementResult sut = KrippendorffAlpha.compute(PublishedExamples.krippendorff2011A(), Level.NOMINAL);

        assertThat(sut.value()).isCloseTo(0.095, within(0.0005)).isCloseTo(1 - 76.0 / 84, within(1e-12));
        assertThat(sut.observed()).isCloseTo(0.400, within(0.0005));
        assertThat(sut.expected()).isCloseTo(0.442, within(0.0005));
        assertThat(sut.note()).isEmpty();
    }

    @Test
    void oneCategoryOnlyIsUndefinedWithANoteNotPerfectAgreement() {
        ReliabilityData data = ReliabilityData.ofCoderRows(row("x", "x", "x"), row("x", "x", "x"));

        AgreementResult sut = KrippendorffAlpha.compute(data, Level.NOMINAL);

        assertThat(sut.value()).isNaN();
        assertThat(sut.isDefined()).isFalse();
        assertThat(sut.note()).contains("only one value (x) was used").contains("undefined (no variation)");
    }

    @Test
    void allValuesMissingIsUndefinedWithANote() {
        ReliabilityData data = ReliabilityData.ofCoderRows(row(null, null), row(null, null));

        AgreementResult sut = KrippendorffAlpha.compute(data, Level.INTERVAL);

        assertThat(sut.value()).isNaN();
        assertThat(sut.unitsUsed()).isZero();
        assertThat(sut.note()).contains("no unit has values from two or more coders");
    }

    @Test
    void aSingleUnitWithTwoDifferentValuesHasNoExpectedVariationBeyondItself() {
        // One unit coded 1 and 2: D_o = 1 (nominal), D_e = 2 * 1 * 1 / (2 * 1) = 1, so alpha = 0.
        ReliabilityData data = ReliabilityData.ofCoderRows(row("1"), row("2"));

        AgreementResult sut = KrippendorffAlpha.compute(data, Level.NOMINAL);

        assertThat(sut.value()).isCloseTo(0.0, within(1e-12));
        assertThat(sut.unitsUsed()).isEqualTo(1);
    }

    @Test
    void exactlyTwoCodersAgreeingOnEverythingGiveOne() {
        ReliabilityData data = ReliabilityData.ofCoderRows(row("1", "2", "3"), row("1", "2", "3"));

        assertThat(KrippendorffAlpha.compute(data, Level.INTERVAL).value()).isEqualTo(1.0);
        assertThat(KrippendorffAlpha.compute(data, Level.NOMINAL).value()).isEqualTo(1.0);
    }

    @Test
    void aCoderWhoCodedNothingLeavesTheOthersResultUnchanged() {
        ReliabilityData withIdle = ReliabilityData.ofCoderRows(List.of("A", "B", "idle"),
                List.of("u1", "u2", "u3", "u4"),
                row("a", "b", "a", "b"), row("a", "b", "b", "b"), row(null, null, null, null));
        ReliabilityData without = ReliabilityData.ofCoderRows(List.of("A", "B"), List.of("u1", "u2", "u3", "u4"),
                row("a", "b", "a", "b"), row("a", "b", "b", "b"));

        AgreementResult sut = KrippendorffAlpha.compute(withIdle, Level.NOMINAL);

        assertThat(sut.value()).isEqualTo(KrippendorffAlpha.compute(without, Level.NOMINAL).value());
        assertThat(sut.coders()).isEqualTo(3);
    }

    @Test
    void numbersWrittenDifferentlyAreOneValueAtIntervalLevel() {
        ReliabilityData data = ReliabilityData.ofCoderRows(row("1", "2.0", "3"), row("1.0", "2", "3.00"));

        assertThat(KrippendorffAlpha.compute(data, Level.INTERVAL).value()).isEqualTo(1.0);
    }

    @Test
    void aLabelAtIntervalLevelIsRejectedNamingCoderUnitAndValue() {
        ReliabilityData data = ReliabilityData.ofCoderRows(row("1", "high"), row("1", "2"));

        assertThatThrownBy(() -> KrippendorffAlpha.compute(data, Level.INTERVAL))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("coder '1'").hasMessageContaining("unit '2'").hasMessageContaining("'high'")
                .hasMessageContaining("use nominal");
    }

    @Test
    void aNegativeNumberAtRatioLevelIsRejected() {
        ReliabilityData data = ReliabilityData.ofCoderRows(row("1", "-2"), row("1", "2"));

        assertThatThrownBy(() -> KrippendorffAlpha.compute(data, Level.RATIO))
                .hasMessageContaining("negative value -2").hasMessageContaining("use interval");
    }

    @Test
    void rankedLabelsGiveTheSameOrdinalAlphaAsTheirRanks() {
        // Example C with 1..5 written as labels: still Krippendorff's published ordinal 0.815.
        List<String> order = List.of("very low", "low", "mid", "high", "very high");
        ReliabilityData numbers = PublishedExamples.krippendorff2011C();
        String[][] labels = numbers.values();
        for (String[] unit : labels) {
            for (int c = 0; c < unit.length; c++) {
                unit[c] = unit[c] == null ? null : order.get(Integer.parseInt(unit[c]) - 1);
            }
        }

        AgreementResult sut = KrippendorffAlpha
                .computeOrdinal(new ReliabilityData(numbers.coders(), numbers.units(), labels), order);

        assertThat(sut.value()).isCloseTo(0.815, within(0.0005))
                .isEqualTo(KrippendorffAlpha.compute(numbers, Level.ORDINAL).value());
    }

    @Test
    void aLabelMissingFromTheOrderIsNamed() {
        ReliabilityData data = ReliabilityData.ofCoderRows(row("low", "huge"), row("low", "high"));

        assertThatThrownBy(() -> KrippendorffAlpha.computeOrdinal(data, List.of("low", "high")))
                .hasMessageContaining("'huge', which is not in the order [low, high]");
    }

    @Test
    void oneVersusRestOfABinaryExampleIsItsPublishedAlpha() {
        // Krippendorff (2011), example A has the values 0 and 1 only, so "1" against the rest is the data as published.
        AgreementResult sut = KrippendorffAlpha.computeOneVersusRest(PublishedExamples.krippendorff2011A(), "1",
                "rest");

        assertThat(sut.value()).isCloseTo(0.095, within(0.0005)).isCloseTo(1 - 76.0 / 84, within(1e-12));
    }

    @ParameterizedTest(name = "label {0}")
    @CsvSource({"1", "2", "3", "4", "5", "absent"})
    void oneVersusRestEqualsAlphaOfTheRelabelledData(String label) {
        ReliabilityData data = PublishedExamples.krippendorff2011C();

        AgreementResult sut = KrippendorffAlpha.computeOneVersusRest(data, label, "(other)");

        assertThat(sut).isEqualTo(KrippendorffAlpha.compute(relabelled(data, label, "(other)"), Level.NOMINAL));
    }

    @Test
    void oneVersusRestEqualsAlphaOfTheRelabelledDataOnRandomData() {
        java.util.Random random = new java.util.Random(7);
        // labels sorting before and after the rest's name, and one equal to it
        List<String> labels = List.of("!first", "PERSON", "ORG", "(other)", "zeta");
        for (int round = 0; round < 200; round++) {
            int coders = 2 + random.nextInt(3);
            int units = 1 + random.nextInt(12);
            String[][] values = new String[units][coders];
            for (String[] unit : values) {
                for (int c = 0; c < coders; c++) {
                    unit[c] = random.nextInt(4) == 0 ? null : labels.get(random.nextInt(1 + round % labels.size()));
                }
            }
            ReliabilityData data = new ReliabilityData(numbered("c", coders), numbered("u", units), values);
            for (String label : labels) {
                AgreementResult sut = KrippendorffAlpha.computeOneVersusRest(data, label, "(other)");

                assertThat(sut).as("round %d, label %s, data %s", round, label, data)
                        .isEqualTo(KrippendorffAlpha.compute(relabelled(data, label, "(other)"), Level.NOMINAL));
            }
        }
    }

    private static ReliabilityData relabelled(ReliabilityData data, String label, String rest) {
        String[][] values = data.values();
        for (String[] unit : values) {
            for (int c = 0; c < unit.length; c++) {
                unit[c] = unit[c] == null || unit[c].equals(label) ? unit[c] : rest;
            }
        }
        return new ReliabilityData(data.coders(), data.units(), values);
    }

    private static List<String> numbered(String prefix, int count) {
        return java.util.stream.IntStream.range(0, count).mapToObj(i -> prefix + i).toList();
    }
}
