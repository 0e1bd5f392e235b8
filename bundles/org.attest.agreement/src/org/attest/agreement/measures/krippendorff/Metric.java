package org.attest.agreement.measures.krippendorff;

import org.attest.agreement.Level;

/**
 * The difference function &delta;&sup2; of one level of measurement over the distinct values used, with the expected
 * disagreement sum &Sigma;<sub>c</sub>&Sigma;<sub>k</sub> n<sub>c</sub> n<sub>k</sub> &delta;&sup2;<sub>ck</sub>
 * computed in
 * O(V) memory: no V &times; V table, so tens of thousands of distinct values fit in a small heap.
 *
 * <p>Nominal, interval and ordinal sums have closed forms in O(V) time. The ordinal metric is the interval metric over
 * the values' mid-ranks m<sub>g</sub> = n<sub>1</sub> + ... + n<sub>g-1</sub> + n<sub>g</sub>/2 (Krippendorff's
 * &Sigma;<sub>g=c..k</sub> n<sub>g</sub> - (n<sub>c</sub> + n<sub>k</sub>)/2 equals m<sub>k</sub> - m<sub>c</sub>), and
 * &Sigma;&Sigma; n<sub>c</sub> n<sub>k</sub> (x<sub>c</sub> - x<sub>k</sub>)&sup2; = 2n &Sigma; n<sub>c</sub>
 * (x<sub>c</sub> -
 * x&#772;)&sup2;. Ratio has no such form and takes O(V&sup2;) time, still in O(V) memory.
 */
final class Metric {

    private final Level level;
    private final double[] marginals;
    private final double[] points;

    /**
     * @param level the level of measurement
     * @param numbers the distinct numeric values in ascending order, or {@code null} for nominal data
     * @param marginals n<sub>c</sub>: how many pairable values are value {@code c}
     */
    Metric(Level level, double[] numbers, double[] marginals) {
        this.level = level;
        this.marginals = marginals;
        this.points = switch (level) {
            case NOMINAL -> null;
            case ORDINAL -> midRanks(marginals);
            case INTERVAL, RATIO -> numbers;
        };
    }

    private double delta(int c, int k) {
        if (c == k) {
            return 0;
        }
        return switch (level) {
            case NOMINAL -> 1;
            case ORDINAL, INTERVAL -> square(points[c] - points[k]);
            case RATIO -> ratio(points[c], points[k]);
        };
    }

    /** Returns &Sigma;<sub>c</sub>&Sigma;<sub>k</sub> n<sub>c</sub> n<sub>k</sub> &delta;&sup2;<sub>ck</sub>. */
    double expectedSum(double n) {
        return switch (level) {
            case NOMINAL -> {
                double squares = 0;
                for (double m : marginals) {
                    squares += m * m;
                }
                yield n * n - squares;
            }
            case ORDINAL, INTERVAL -> {
                // measured from a value in use, so that values which do not differ give exactly zero
                double origin = 0;
                for (int c = 0; c < marginals.length; c++) {
                    if (marginals[c] != 0) {
                        origin = points[c];
                        break;
                    }
                }
                double mean = 0;
                for (int c = 0; c < marginals.length; c++) {
                    mean += marginals[c] * (points[c] - origin);
                }
                mean /= n;
                double spread = 0;
                for (int c = 0; c < marginals.length; c++) {
                    if (marginals[c] != 0) {
                        spread += marginals[c] * square(points[c] - origin - mean);
                    }
                }
                yield 2 * n * spread;
            }
            case RATIO -> {
                double sum = 0;
                for (int c = 0; c < marginals.length; c++) {
                    if (marginals[c] == 0) {
                        continue;
                    }
                    for (int k = c + 1; k < marginals.length; k++) {
                        if (marginals[k] != 0) {
                            sum += marginals[c] * marginals[k] * ratio(points[c], points[k]);
                        }
                    }
                }
                yield 2 * sum;
            }
        };
    }

    /**
     * Returns &Sigma;<sub>i&ne;j</sub> &delta;&sup2; over the ordered pairs of one unit's values, given by their
     * indexes.
     */
    double pairSum(int[] codes) {
        int m = codes.length;
        return switch (level) {
            case NOMINAL -> nominalPairSum(codes);
            case ORDINAL, INTERVAL -> {
                double[] xs = new double[m];
                for (int i = 0; i < m; i++) {
                    xs[i] = points[codes[i]];
                }
                yield intervalPairSum(xs);
            }
            case RATIO -> {
                double sum = 0;
                for (int i = 0; i < m; i++) {
                    for (int j = i + 1; j < m; j++) {
                        sum += delta(codes[i], codes[j]);
                    }
                }
                yield 2 * sum;
            }
        };
    }

    /**
     * Returns the nominal &Sigma;<sub>i&ne;j</sub> &delta;&sup2; of one unit's values given by any codes, equal codes
     * being equal values: m&sup2; minus the squares of how often each value occurs.
     */
    static double nominalPairSum(int[] codes) {
        int m = codes.length;
        int[] sorted = codes.clone();
        java.util.Arrays.sort(sorted);
        double squares = 0;
        for (int i = 0; i < m;) {
            int j = i;
            while (j < m && sorted[j] == sorted[i]) {
                j++;
            }
            squares += (double) (j - i) * (j - i);
            i = j;
        }
        return (double) m * m - squares;
    }

    /** Returns the interval &Sigma;<sub>i&ne;j</sub> &delta;&sup2; of one unit's points, in the coders' order. */
    static double intervalPairSum(double[] xs) {
        int m = xs.length;
        double origin = xs[0];
        double mean = 0;
        for (double x : xs) {
            mean += x - origin;
        }
        mean /= m;
        double spread = 0;
        for (double x : xs) {
            spread += square(x - origin - mean);
        }
        return 2 * m * spread;
    }

    private static double[] midRanks(double[] marginals) {
        double[] ranks = new double[marginals.length];
        double below = 0;
        for (int g = 0; g < marginals.length; g++) {
            ranks[g] = below + marginals[g] / 2;
            below += marginals[g];
        }
        return ranks;
    }

    private static double ratio(double a, double b) {
        // Only 0 and 0 sum to zero (negative values are rejected), and they do not differ.
        return a + b == 0 ? 0 : square((a - b) / (a + b));
    }

    private static double square(double x) {
        return x * x;
    }
}
