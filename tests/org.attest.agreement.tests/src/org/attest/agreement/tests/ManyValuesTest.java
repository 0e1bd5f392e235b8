package org.attest.agreement.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.lang.management.ManagementFactory;
import java.lang.reflect.Method;
import java.util.Random;
import java.util.function.Supplier;

import org.attest.agreement.AgreementResult;
import org.attest.agreement.Level;
import org.attest.agreement.ReliabilityData;
import org.attest.agreement.TooManyCategoriesException;
import org.attest.agreement.measures.cohenkappa.CohenKappa;
import org.attest.agreement.measures.krippendorff.KrippendorffAlpha;
import org.attest.agreement.table.TableAgreement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Tables with tens of thousands of distinct values are measured in a small, bounded amount of memory. */
class ManyValuesTest {

    private static final int VALUES = 20_000;

    // A V x V table of doubles for 20,000 values is 3.2 GB; everything a measure allocates must stay far below that.
    private static final long ALLOCATION_BOUND = 64L * 1024 * 1024;

    @ParameterizedTest
    @EnumSource(Level.class)
    void alphaOverTwentyThousandDistinctValuesAllocatesLittle(Level level) {
        ReliabilityData data = twoCodersAlmostAgreeing(VALUES);

        AgreementResult sut = allocationBounded(() -> KrippendorffAlpha.compute(data, level));

        assertThat(sut.isDefined()).isTrue();
        assertThat(sut.pairableValues()).isEqualTo(2 * VALUES);
    }

    @ParameterizedTest
    @ValueSource(strings = {"alpha", "fleiss", "cohen"})
    void everyTableMeasureOverTwentyThousandDistinctValuesAllocatesLittle(String measure) {
        ReliabilityData data = twoCodersAlmostAgreeing(VALUES);

        AgreementResult sut = allocationBounded(() -> TableAgreement.compute(measure, data, Level.NOMINAL));

        assertThat(sut.value()).isCloseTo(2.0 / 3, within(0.01));
    }

    @Test
    void aConfusionMatrixTooLargeForMemoryIsRefusedBeforeItIsBuilt() {
        ReliabilityData data = twoCodersAlmostAgreeing(VALUES);

        assertThatThrownBy(() -> allocationBounded(() -> CohenKappa.compute(data, 0, 1)))
                .isInstanceOf(TooManyCategoriesException.class)
                .hasMessageContaining("20000 x 20000").hasMessageContaining("alpha");
    }

    @ParameterizedTest
    @EnumSource(Level.class)
    void alphaEqualsTheCoincidenceMatrixComputationOnRandomData(Level level) {
        Random random = new Random(level.ordinal());
        for (int trial = 0; trial < 50; trial++) {
            String[][] values = new String[1 + random.nextInt(12)][2 + random.nextInt(4)];
            for (String[] unit : values) {
                for (int c = 0; c < unit.length; c++) {
                    unit[c] = random.nextInt(5) == 0 ? null : Integer.toString(random.nextInt(7));
                }
            }
            ReliabilityData data = ReliabilityData.ofCoderRows(transpose(values));

            AgreementResult sut = KrippendorffAlpha.compute(data, level);

            double expected = Reference.alpha(values, level);
            if (Double.isNaN(expected)) {
                assertThat(sut.value()).isNaN();
            } else {
                assertThat(sut.value()).isCloseTo(expected, within(1e-9));
            }
        }
    }

    // coder a gives unit i the value i; coder b agrees on two units in three and gives the next value on the third
    private static ReliabilityData twoCodersAlmostAgreeing(int count) {
        String[] a = new String[count];
        String[] b = new String[count];
        for (int i = 0; i < count; i++) {
            a[i] = Integer.toString(i);
            b[i] = Integer.toString(i % 3 == 0 ? (i + 1) % count : i);
        }
        return ReliabilityData.ofCoderRows(a, b);
    }

    private static String[][] transpose(String[][] unitsByCoder) {
        String[][] rows = new String[unitsByCoder[0].length][unitsByCoder.length];
        for (int u = 0; u < unitsByCoder.length; u++) {
            for (int c = 0; c < unitsByCoder[u].length; c++) {
                rows[c][u] = unitsByCoder[u][c];
            }
        }
        return rows;
    }

    private static <T> T allocationBounded(Supplier<T> measure) {
        long before = allocatedBytes();
        T result = measure.get();
        long allocated = allocatedBytes() - before;
        assertThat(allocated).as("bytes allocated").isLessThan(ALLOCATION_BOUND);
        return result;
    }

    // HotSpot's per-thread allocation counter, reached by reflection because com.sun.management is not an OSGi import
    private static long allocatedBytes() {
        try {
            Class<?> bean = Class.forName("com.sun.management.ThreadMXBean", true,
                    ClassLoader.getPlatformClassLoader());
            Method method = bean.getMethod("getCurrentThreadAllocatedBytes");
            return (long) method.invoke(ManagementFactory.getThreadMXBean());
        } catch (ReflectiveOperationException e) {
            throw new AssertionError("this JVM cannot count allocated bytes: " + e, e);
        }
    }

    /** Krippendorff's alpha straight from the definition, with the full coincidence and difference matrices. */
    private static final class Reference {

        static double alpha(String[][] units, Level level) {
            double[] sorted = java.util.Arrays.stream(units).flatMap(java.util.Arrays::stream)
                    .filter(java.util.Objects::nonNull)
                    .mapToDouble(Double::parseDouble).distinct().sorted().toArray();
            int v = sorted.length;
            double[][] o = new double[v][v];
            for (String[] unit : units) {
                int[] codes = java.util.Arrays.stream(unit).filter(java.util.Objects::nonNull)
                        .mapToInt(x -> java.util.Arrays.binarySearch(sorted, Double.parseDouble(x))).toArray();
                for (int i = 0; i < codes.length; i++) {
                    for (int j = 0; j < codes.length; j++) {
                        if (i != j) {
                            o[codes[i]][codes[j]] += 1.0 / (codes.length - 1);
                        }
                    }
                }
            }
            double[] marginals = new double[v];
            double n = 0;
            for (int c = 0; c < v; c++) {
                for (int k = 0; k < v; k++) {
                    marginals[c] += o[c][k];
                }
                n += marginals[c];
            }
            double observed = 0;
            double expected = 0;
            for (int c = 0; c < v; c++) {
                for (int k = 0; k < v; k++) {
                    double delta = delta(level, sorted, marginals, c, k);
                    observed += o[c][k] * delta;
                    expected += marginals[c] * marginals[k] * delta;
                }
            }
            return n == 0 || expected == 0 ? Double.NaN : 1 - (n - 1) * observed / expected;
        }

        private static double delta(Level level, double[] values, double[] marginals, int c, int k) {
            return switch (level) {
                case NOMINAL -> c == k ? 0 : 1;
                case ORDINAL -> {
                    double between = 0;
                    for (int g = Math.min(c, k); g <= Math.max(c, k); g++) {
                        between += marginals[g];
                    }
                    double d = c == k ? 0 : between - (marginals[c] + marginals[k]) / 2;
                    yield d * d;
                }
                case INTERVAL -> (values[c] - values[k]) * (values[c] - values[k]);
                case RATIO -> values[c] + values[k] == 0
                        ? 0
                        : Math.pow((values[c] - values[k]) / (values[c] + values[k]), 2);
            };
        }
    }
}
