package org.attest.agreement.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.attest.agreement.AgreementResult;
import org.attest.agreement.Level;
import org.attest.agreement.ReliabilityData;
import org.attest.agreement.TooManyCategoriesException;
import org.attest.agreement.measures.cohenkappa.CohenKappa;
import org.attest.agreement.measures.cohenkappa.CohenKappaResult;
import org.attest.agreement.measures.cohenkappa.ConfusionCounts;
import org.attest.agreement.measures.fleisskappa.FleissCounts;
import org.attest.agreement.measures.fleisskappa.FleissKappa;
import org.attest.agreement.measures.krippendorff.AlphaCounts;
import org.attest.agreement.measures.krippendorff.KrippendorffAlpha;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The measures summed unit by unit (what agreement over a corpus uses, keeping no unit) give exactly, to the last bit,
 * the figures of the measures over the whole reliability matrix, on published examples and on seeded random data.
 */
class StreamedMeasuresTest {

    private static final String[] LABELS = {"PER", "ORG", "GPE", "(no annotation)", "LOC", "(other)", "b", "a"};

    @Test
    void streamedAlphaReproducesKrippendorffs2011ExampleC() {
        ReliabilityData data = PublishedExamples.krippendorff2011C();

        AgreementResult sut = alpha(data, Level.NOMINAL).result(data.coderCount());

        // Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability", example C: nominal alpha 0.743
        assertThat(sut.value()).isCloseTo(0.743, within(0.0005));
        assertThat(sut).isEqualTo(KrippendorffAlpha.compute(data, Level.NOMINAL));
        AgreementResult interval = alpha(data, Level.INTERVAL).result(data.coderCount());
        assertThat(interval.value()).isCloseTo(0.849, within(0.0005));
        assertThat(interval).isEqualTo(KrippendorffAlpha.compute(data, Level.INTERVAL));
    }

    @Test
    void streamedFleissReproducesFleiss1971() {
        ReliabilityData data = PublishedExamples.fleiss1971();

        AgreementResult sut = fleiss(data);

        assertThat(sut.value()).isCloseTo(0.430, within(0.0005));
        assertThat(sut).isEqualTo(FleissKappa.compute(data));
    }

    @Test
    void streamedOneVersusRestReproducesTheMatrixFormOnKrippendorffs2011ExampleA() {
        ReliabilityData data = PublishedExamples.krippendorff2011A();
        AlphaCounts sut = alpha(data, Level.NOMINAL);

        for (String label : List.of("0", "1", "2", "3", "absent", "(other)")) {
            assertThat(sut.oneVersusRest(label, "(other)", data.coderCount())).as(label)
                    .isEqualTo(KrippendorffAlpha.computeOneVersusRest(data, label, "(other)"));
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20})
    void everyStreamedMeasureGivesTheFiguresOfTheMatrixOnSeededRandomData(long seed) {
        Random random = new Random(seed);
        ReliabilityData data = randomNominal(random);

        assertThat(alpha(data, Level.NOMINAL).result(data.coderCount()))
                .isEqualTo(KrippendorffAlpha.compute(data, Level.NOMINAL));
        AlphaCounts counts = alpha(data, Level.NOMINAL);
        for (String label : LABELS) {
            assertThat(counts.oneVersusRest(label, "(other)", data.coderCount())).as(label)
                    .isEqualTo(KrippendorffAlpha.computeOneVersusRest(data, label, "(other)"));
        }
        assertThat(fleiss(data)).isEqualTo(FleissKappa.compute(data));
        for (int first = 0; first < data.coderCount(); first++) {
            for (int second = first + 1; second < data.coderCount(); second++) {
                assertThat(cohen(data, first, second)).isEqualTo(CohenKappa.compute(data, first, second));
            }
        }
        ReliabilityData numbers = randomNumbers(random);
        assertThat(alpha(numbers, Level.INTERVAL).result(numbers.coderCount()))
                .isEqualTo(KrippendorffAlpha.compute(numbers, Level.INTERVAL));
    }

    @Test
    void ordinalDataAreNotSummedUnitByUnit() {
        assertThatThrownBy(() -> new AlphaCounts(Level.ORDINAL)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("ordinal");
    }

    @Test
    void aConfusionMatrixTooLargeIsRefusedAsByTheMatrixForm() {
        ConfusionCounts sut = new ConfusionCounts();
        for (int i = 0; i <= CohenKappa.MAX_MATRIX_CATEGORIES; i++) {
            sut.add("v" + i, "v" + i);
        }

        assertThatThrownBy(() -> sut.matrix("a", "b")).isInstanceOf(TooManyCategoriesException.class);
    }

    @Test
    void aValueThatIsNoNumberIsNamedWithItsCoderAndUnit() {
        AlphaCounts sut = new AlphaCounts(Level.INTERVAL);

        assertThatThrownBy(() -> sut.add("doc-1 [3,9)", List.of("anna", "ben"), new String[]{"2", "many"}))
                .hasMessageContaining("'ben'").hasMessageContaining("'doc-1 [3,9)'")
                .hasMessageContaining("'many'");
    }

    private static AlphaCounts alpha(ReliabilityData data, Level level) {
        AlphaCounts counts = new AlphaCounts(level);
        for (int u = 0; u < data.unitCount(); u++) {
            String[] row = new String[data.coderCount()];
            for (int c = 0; c < row.length; c++) {
                row[c] = data.value(u, c);
            }
            counts.add(data.units().get(u), data.coders(), row);
        }
        return counts;
    }

    private static AgreementResult fleiss(ReliabilityData data) {
        FleissCounts counts = new FleissCounts(data.coderCount());
        for (int u = 0; u < data.unitCount(); u++) {
            String[] row = new String[data.coderCount()];
            for (int c = 0; c < row.length; c++) {
                row[c] = data.value(u, c);
            }
            counts.add(row);
        }
        return counts.result(data.unitCount());
    }

    private static CohenKappaResult cohen(ReliabilityData data, int first, int second) {
        ConfusionCounts counts = new ConfusionCounts();
        for (int u = 0; u < data.unitCount(); u++) {
            if (data.value(u, first) != null && data.value(u, second) != null) {
                counts.add(data.value(u, first), data.value(u, second));
            }
        }
        return CohenKappa.compute(counts.matrix(data.coders().get(first), data.coders().get(second)),
                data.unitCount());
    }

    // 2 to 6 coders, up to 400 units, a few labels with uneven frequencies, some values missing
    private static ReliabilityData randomNominal(Random random) {
        int coders = 2 + random.nextInt(5);
        int units = random.nextInt(401);
        int labels = 1 + random.nextInt(LABELS.length);
        double missing = random.nextDouble() * 0.4;
        String[][] values = new String[units][coders];
        for (String[] row : values) {
            String usual = LABELS[random.nextInt(labels)];
            for (int c = 0; c < coders; c++) {
                row[c] = random.nextDouble() < missing
                        ? null
                        : random.nextDouble() < 0.7 ? usual : LABELS[random.nextInt(labels)];
            }
        }
        return new ReliabilityData(names("coder", coders), names("unit", units), values);
    }

    // decimal numbers, negative and positive, near a unit's own figure
    private static ReliabilityData randomNumbers(Random random) {
        int coders = 2 + random.nextInt(4);
        int units = 1 + random.nextInt(300);
        String[][] values = new String[units][coders];
        for (String[] row : values) {
            double usual = Math.round((random.nextDouble() - 0.3) * 1000) / 10.0;
            for (int c = 0; c < coders; c++) {
                row[c] = random.nextDouble() < 0.2
                        ? null
                        : Double.toString(random.nextDouble() < 0.6 ? usual : usual + random.nextInt(7) - 3.5);
            }
        }
        return new ReliabilityData(names("coder", coders), names("unit", units), values);
    }

    private static List<String> names(String prefix, int count) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            names.add(prefix + i);
        }
        return names;
    }
}
