package org.attest.agreement.measures.krippendorff;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;

import org.attest.agreement.AgreementResult;
import org.attest.agreement.Level;
import org.attest.agreement.ReliabilityData;

/**
 * Krippendorff's alpha for any number of coders, missing values and the nominal, ordinal, interval
 * and ratio metrics, computed from the coincidence matrix as in Krippendorff (2011), "Computing
 * Krippendorff's Alpha-Reliability".
 *
 * <p>alpha = 1 - D<sub>o</sub>/D<sub>e</sub>, where D<sub>o</sub> = (1/n) &Sigma; o<sub>ck</sub>
 * &delta;&sup2;<sub>ck</sub>
 * and D<sub>e</sub> = (1/(n(n-1))) &Sigma; n<sub>c</sub> n<sub>k</sub> &delta;&sup2;<sub>ck</sub>. Units with fewer
 * than two values are not pairable and are left out, as the method prescribes. When the pairable
 * values show no variation (D<sub>e</sub> = 0) alpha is undefined and reported as NaN with a note,
 * never as 1 (perfect agreement on a constant says nothing about the coders).
 */
public final class KrippendorffAlpha {

    private KrippendorffAlpha() {
    }

    /** Computes alpha for {@code data} at the given level of measurement; numeric levels need numeric values. */
    public static AgreementResult compute(ReliabilityData data, Level level) {
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(level, "level");
        return compute(data, level, level == Level.NOMINAL ? nominalValues(data) : numericValues(data, level));
    }

    /**
     * Computes nominal alpha for one category against all others: the same result as {@link #compute} on {@code data}
     * with every present value other than {@code label} replaced by {@code rest}, without building those data.
     */
    public static AgreementResult computeOneVersusRest(ReliabilityData data, String label, String rest) {
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(rest, "rest");
        int[][] codes = new int[data.unitCount()][data.coderCount()];
        boolean labelUsed = false;
        boolean restUsed = false;
        for (int u = 0; u < data.unitCount(); u++) {
            for (int c = 0; c < data.coderCount(); c++) {
                String value = data.value(u, c);
                if (value == null) {
                    codes[u][c] = -1;
                } else if (value.equals(label) || label.equals(rest)) {
                    codes[u][c] = 0;
                    labelUsed = true;
                } else {
                    codes[u][c] = 1;
                    restUsed = true;
                }
            }
        }
        // codes follow the sorted order of the values used, as in nominalValues
        List<String> labels = new ArrayList<>(2);
        if (labelUsed && restUsed) {
            boolean labelFirst = label.compareTo(rest) < 0;
            labels.addAll(labelFirst ? List.of(label, rest) : List.of(rest, label));
            if (!labelFirst) {
                for (int[] row : codes) {
                    for (int c = 0; c < row.length; c++) {
                        row[c] = row[c] < 0 ? -1 : 1 - row[c];
                    }
                }
            }
        } else if (labelUsed || restUsed) {
            labels.add(labelUsed ? label : rest);
            for (int[] row : codes) {
                for (int c = 0; c < row.length; c++) {
                    row[c] = row[c] < 0 ? -1 : 0;
                }
            }
        }
        return compute(data, Level.NOMINAL, new Values(codes, labels, null));
    }

    private static AgreementResult compute(ReliabilityData data, Level level, Values values) {
        String measure = "krippendorff-alpha (" + level.label() + ")";
        int v = values.count();
        // The coincidence matrix is never built: its marginals and the observed disagreement are summed unit by unit,
        // so memory grows with the number of distinct values, not with its square.
        double[] marginals = new double[v];
        int unitsUsed = 0;
        for (int u = 0; u < data.unitCount(); u++) {
            int[] present = values.present(u);
            if (present.length >= 2) {
                unitsUsed++;
                for (int code : present) {
                    marginals[code]++;
                }
            }
        }
        double n = 0;
        for (double marginal : marginals) {
            n += marginal;
        }
        if (unitsUsed == 0) {
            return outcome(measure, data.coderCount(), data.unitCount(), 0, n, 0, null, v, null);
        }
        Metric metric = new Metric(level, values.numbers, marginals);
        double observedSum = 0;
        for (int u = 0; u < data.unitCount(); u++) {
            observedSum += unitDisagreement(values.present(u), metric);
        }
        return outcome(measure, data.coderCount(), data.unitCount(), unitsUsed, n, observedSum, metric, v,
                values.describe(0));
    }

    /**
     * Returns alpha from its sums over the units: {@code n} pairable values, the observed disagreement summed unit by
     * unit, the metric over the {@code valueCount} distinct values (the first, in order, being {@code firstValue});
     * the one place both the per-unit and the streamed form end in, so they give the same figures.
     */
    static AgreementResult outcome(String measure, int coders, int units, int unitsUsed, double n,
            double observedSum, Metric metric, int valueCount, String firstValue) {
        int pairable = (int) Math.round(n);
        int skipped = units - unitsUsed;
        if (unitsUsed == 0) {
            return new AgreementResult(measure, Double.NaN, Double.NaN, Double.NaN, coders, units, 0, 0,
                    "no unit has values from two or more coders: alpha is undefined (nothing to compare)");
        }
        double observed = observedSum / n;
        double expected = metric.expectedSum(n) / (n * (n - 1));
        String skippedNote = skipped == 0
                ? ""
                : skipped + " unit(s) with fewer than two values were left out, as the method prescribes";
        if (expected == 0) {
            String note = (valueCount <= 1
                    ? "only one value (" + firstValue + ") was used"
                    : "the values used do not differ at this level") + ": agreement is undefined (no variation)";
            return new AgreementResult(measure, Double.NaN, observed, expected, coders, units, unitsUsed, pairable,
                    skippedNote.isEmpty() ? note : note + "; " + skippedNote);
        }
        return new AgreementResult(measure, 1 - observed / expected, observed, expected, coders, units, unitsUsed,
                pairable, skippedNote);
    }

    // A unit's share of the observed disagreement: each ordered pair of values from different coders counts 1/(m-1).
    private static double unitDisagreement(int[] codes, Metric metric) {
        return codes.length < 2 ? 0 : metric.pairSum(codes) / (codes.length - 1);
    }

    /**
     * Computes ordinal alpha for category labels ranked by {@code order} (lowest first), for example
     * low, mid, high; every label used must be in the order.
     */
    public static AgreementResult computeOrdinal(ReliabilityData data, List<String> order) {
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(order, "order");
        TreeMap<String, Integer> rank = new TreeMap<>();
        for (String label : order) {
            if (rank.put(Objects.requireNonNull(label, "label in order"), rank.size()) != null) {
                throw new IllegalArgumentException("the label '" + label + "' appears twice in the order " + order);
            }
        }
        String[][] ranks = new String[data.unitCount()][data.coderCount()];
        for (int u = 0; u < data.unitCount(); u++) {
            for (int c = 0; c < data.coderCount(); c++) {
                String value = data.value(u, c);
                if (value != null && !rank.containsKey(value)) {
                    throw new IllegalArgumentException(
                            "coder '" + data.coders().get(c) + "' gave unit '" + data.units().get(u)
                                    + "' the value '" + value + "', which is not in the order " + order
                                    + "; add it to the order");
                }
                // The ordinal metric depends only on the order of the values and how often each is used, so ranks stand
                // in for labels.
                ranks[u][c] = value == null ? null : Integer.toString(rank.get(value));
            }
        }
        return compute(new ReliabilityData(data.coders(), data.units(), ranks), Level.ORDINAL);
    }

    private static Values nominalValues(ReliabilityData data) {
        // codes in order of first use, then renumbered in the values' sorted order
        Map<String, Integer> seen = new HashMap<>();
        int[][] codes = new int[data.unitCount()][data.coderCount()];
        for (int u = 0; u < data.unitCount(); u++) {
            for (int c = 0; c < data.coderCount(); c++) {
                String value = data.value(u, c);
                codes[u][c] = value == null ? -1 : seen.computeIfAbsent(value, key -> seen.size());
            }
        }
        List<String> sorted = new ArrayList<>(seen.keySet());
        Collections.sort(sorted);
        int[] rank = new int[sorted.size()];
        for (int i = 0; i < sorted.size(); i++) {
            rank[seen.get(sorted.get(i))] = i;
        }
        for (int[] row : codes) {
            for (int c = 0; c < row.length; c++) {
                row[c] = row[c] < 0 ? -1 : rank[row[c]];
            }
        }
        return new Values(codes, sorted, null);
    }

    private static Values numericValues(ReliabilityData data, Level level) {
        double[][] parsed = new double[data.unitCount()][data.coderCount()];
        TreeSet<Double> distinct = new TreeSet<>();
        for (int u = 0; u < data.unitCount(); u++) {
            for (int c = 0; c < data.coderCount(); c++) {
                String value = data.value(u, c);
                parsed[u][c] = value == null
                        ? Double.NaN
                        : parse(level, data.coders().get(c), data.units().get(u), value);
                if (value != null) {
                    distinct.add(parsed[u][c]);
                }
            }
        }
        double[] numbers = distinct.stream().mapToDouble(Double::doubleValue).toArray();
        List<String> labels = distinct.stream().map(KrippendorffAlpha::format).toList();
        int[][] codes = new int[data.unitCount()][data.coderCount()];
        for (int u = 0; u < data.unitCount(); u++) {
            for (int c = 0; c < data.coderCount(); c++) {
                codes[u][c] = Double.isNaN(parsed[u][c]) ? -1 : java.util.Arrays.binarySearch(numbers, parsed[u][c]);
            }
        }
        return new Values(codes, labels, numbers);
    }

    /** Parses coder {@code coder}'s value for unit {@code unit} as a number of {@code level}, or fails naming both. */
    static double parse(Level level, String coder, String unit, String value) {
        double number;
        try {
            number = Double.parseDouble(value.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("coder '" + coder + "' gave unit '" + unit + "' the value '" + value
                    + "', which is not a number; " + level.label()
                    + " data need numbers (use nominal for category labels)");
        }
        if (!Double.isFinite(number)) {
            throw new IllegalArgumentException(
                    "coder '" + coder + "' gave unit '" + unit + "' the value '" + value + "'; use a finite number");
        }
        if (level == Level.RATIO && number < 0) {
            throw new IllegalArgumentException("coder '" + coder + "' gave unit '" + unit + "' the negative value "
                    + value + "; ratio data start at zero (use interval for signed numbers)");
        }
        // Normalise -0.0 so that it is the same value as 0.0 in the sorted set.
        return number == 0 ? 0.0 : number;
    }

    static String format(double number) {
        return number == Math.rint(number) && Math.abs(number) < 1e15
                ? Long.toString((long) number)
                : Double.toString(number);
    }

    /** The distinct values in their order, and each cell's index into them (-1 when missing). */
    private record Values(int[][] codes, List<String> labels, double[] numbers) {

        int count() {
            return labels.size();
        }

        int[] present(int unit) {
            return java.util.Arrays.stream(codes[unit]).filter(code -> code >= 0).toArray();
        }

        String describe(int index) {
            return labels.isEmpty() ? "none" : labels.get(index);
        }
    }
}
