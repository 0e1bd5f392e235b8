package org.attest.agreement.measures.unitizing;

import java.util.ArrayList;
import java.util.List;

import org.attest.agreement.Span;

/**
 * The per-category arithmetic of {@link UnitizingAlpha}: each coder's continuum cut into units and gaps, the squared
 * distances of overlapping segments (D<sub>o</sub>) and Krippendorff's expectation over all placements (D<sub>e</sub>).
 */
final class UnitDistances {

    private UnitDistances() {
    }

    /** Returns the observed and expected disagreement of {@code document}'s coders on {@code category}. */
    static CategoryDisagreement disagreement(DocumentUnits document, String category) {
        List<int[][]> segments = new ArrayList<>();
        List<Integer> unitLengths = new ArrayList<>();
        List<Integer> gapLengths = new ArrayList<>();
        for (List<Span> units : document.unitsByCoder().values()) {
            int[][] cut = segments(units, category, document.length());
            segments.add(cut);
            for (int[] segment : cut) {
                (segment[2] == 1 ? unitLengths : gapLengths).add(segment[1] - segment[0]);
            }
        }
        double observed = observed(segments, document.length());
        double expected = expected(unitLengths, gapLengths, segments.size(), document.length());
        return new CategoryDisagreement(category, unitLengths.size(), observed, expected, alpha(observed, expected));
    }

    private static double observed(List<int[][]> segments, int length) {
        double sum = 0;
        for (int i = 0; i < segments.size(); i++) {
            for (int j = i + 1; j < segments.size(); j++) {
                sum += pairDistance(segments.get(i), segments.get(j));
            }
        }
        double m = segments.size();
        // Each unordered pair of coders stands for the two ordered pairs of the formula.
        return 2 * sum / (m * (m - 1) * (double) length * length);
    }

    // Both arrays cut [0, L) into consecutive segments, so walking them together visits every overlapping pair once.
    private static double pairDistance(int[][] a, int[][] b) {
        double sum = 0;
        int i = 0;
        int j = 0;
        while (i < a.length && j < b.length) {
            sum += distance(a[i], b[j]);
            int endA = a[i][1];
            int endB = b[j][1];
            if (endA <= endB) {
                i++;
            }
            if (endB <= endA) {
                j++;
            }
        }
        return sum;
    }

    private static double distance(int[] g, int[] h) {
        boolean unitG = g[2] == 1;
        boolean unitH = h[2] == 1;
        if (unitG && unitH) {
            double begins = g[0] - h[0];
            double ends = g[1] - h[1];
            return begins * begins + ends * ends;
        }
        if (unitG && !unitH && h[0] <= g[0] && g[1] <= h[1]) {
            double l = g[1] - g[0];
            return l * l;
        }
        if (!unitG && unitH && g[0] <= h[0] && h[1] <= g[1]) {
            double l = h[1] - h[0];
            return l * l;
        }
        return 0;
    }

    private static double expected(List<Integer> unitLengths, List<Integer> gapLengths, int coders, int length) {
        if (unitLengths.isEmpty()) {
            return 0;
        }
        int[] gaps = gapLengths.stream().mapToInt(Integer::intValue).sorted().toArray();
        // Suffix sums let each unit add up the gaps at least as long as itself without a quadratic loop.
        double[] suffix = new double[gaps.length + 1];
        for (int k = gaps.length - 1; k >= 0; k--) {
            suffix[k] = suffix[k + 1] + gaps[k];
        }
        double n = unitLengths.size();
        double numerator = 0;
        double selfPairs = 0;
        for (int unit : unitLengths) {
            double l = unit;
            int first = firstAtLeast(gaps, unit);
            double fitting = gaps.length - first;
            double placements = suffix[first] - fitting * (l - 1);
            numerator += (n - 1) * (2 * l * l * l - 3 * l * l + l) / 3 + l * l * placements;
            selfPairs += l * (l - 1);
        }
        double ml = (double) coders * length;
        double denominator = ml * (ml - 1) - selfPairs;
        return denominator <= 0 ? 0 : 2.0 / length * numerator / denominator;
    }

    private static int firstAtLeast(int[] sorted, int value) {
        int low = 0;
        int high = sorted.length;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (sorted[mid] < value) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    // Cuts [0, length) into {begin, end, 1} for units of the category and {begin, end, 0} for the gaps between them.
    private static int[][] segments(List<Span> units, String category, int length) {
        List<int[]> cut = new ArrayList<>();
        int position = 0;
        for (Span unit : units) {
            if (!unit.label().equals(category)) {
                continue;
            }
            if (unit.begin() > position) {
                cut.add(new int[]{position, unit.begin(), 0});
            }
            cut.add(new int[]{unit.begin(), unit.end(), 1});
            position = unit.end();
        }
        if (position < length) {
            cut.add(new int[]{position, length, 0});
        }
        return cut.toArray(int[][]::new);
    }

    /** Returns 1 - observed/expected, or NaN when nothing is expected to disagree (no variation). */
    static double alpha(double observed, double expected) {
        return expected == 0 ? Double.NaN : 1 - observed / expected;
    }
}
