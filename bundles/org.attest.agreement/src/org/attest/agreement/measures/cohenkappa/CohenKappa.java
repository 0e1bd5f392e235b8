package org.attest.agreement.measures.cohenkappa;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.attest.agreement.AgreementResult;
import org.attest.agreement.ReliabilityData;
import org.attest.agreement.TooManyCategoriesException;

/**
 * Cohen's (1960) kappa for two coders over nominal categories: kappa = (p<sub>o</sub> - p<sub>e</sub>) /
 * (1 - p<sub>e</sub>), where p<sub>e</sub> comes from each coder's own category proportions.
 *
 * <p>Only units both coders coded count; the others are skipped and reported. When chance agreement
 * is already perfect (p<sub>e</sub> = 1: both coders used one and the same category throughout) kappa
 * is undefined and reported as NaN with a note.
 */
public final class CohenKappa {

    /** The most categories a confusion matrix is built for: 2,000 x 2,000 counts take 16 MB. */
    public static final int MAX_MATRIX_CATEGORIES = 2_000;

    private CohenKappa() {
    }

    /** Computes kappa for the coders named {@code first} and {@code second} in {@code data}. */
    public static CohenKappaResult compute(ReliabilityData data, String first, String second) {
        Objects.requireNonNull(data, "data");
        return compute(data, data.coderIndex(first), data.coderIndex(second));
    }

    /**
     * Computes kappa for the coders at indices {@code first} and {@code second} in {@code data}, with their confusion
     * matrix; refused with {@link TooManyCategoriesException} above {@link #MAX_MATRIX_CATEGORIES} categories.
     */
    public static CohenKappaResult compute(ReliabilityData data, int first, int second) {
        checkCoders(data, first, second);
        List<String> sorted = categories(data, first, second);
        checkMatrixSize(sorted.size());
        Map<String, Integer> index = indexOf(sorted);
        int[][] counts = new int[sorted.size()][sorted.size()];
        int used = 0;
        for (int u = 0; u < data.unitCount(); u++) {
            String a = data.value(u, first);
            String b = data.value(u, second);
            if (a != null && b != null) {
                counts[index.get(a)][index.get(b)]++;
                used++;
            }
        }
        String firstName = data.coders().get(first);
        String secondName = data.coders().get(second);
        ConfusionMatrix confusion = new ConfusionMatrix(firstName, secondName, sorted, counts);
        return new CohenKappaResult(kappa(confusion, data.unitCount(), used), confusion);
    }

    /**
     * Computes kappa for the coders at indices {@code first} and {@code second} without building their confusion
     * matrix, in memory that grows with the number of categories, not with its square.
     */
    public static AgreementResult computeValue(ReliabilityData data, int first, int second) {
        checkCoders(data, first, second);
        List<String> sorted = categories(data, first, second);
        Map<String, Integer> index = indexOf(sorted);
        double[] rows = new double[sorted.size()];
        double[] columns = new double[sorted.size()];
        double agreeing = 0;
        int used = 0;
        for (int u = 0; u < data.unitCount(); u++) {
            String a = data.value(u, first);
            String b = data.value(u, second);
            if (a != null && b != null) {
                rows[index.get(a)]++;
                columns[index.get(b)]++;
                agreeing += a.equals(b) ? 1 : 0;
                used++;
            }
        }
        String measure = "cohen-kappa (" + data.coders().get(first) + ", " + data.coders().get(second) + ")";
        return kappa(measure, sorted, agreeing, rows, columns, data.unitCount(), used);
    }

    /** Refuses a confusion matrix of more than {@link #MAX_MATRIX_CATEGORIES} categories before it is built. */
    static void checkMatrixSize(int categories) {
        if (categories > MAX_MATRIX_CATEGORIES) {
            throw new TooManyCategoriesException("the confusion matrix of Cohen's kappa", categories,
                    MAX_MATRIX_CATEGORIES,
                    "compute kappa without the matrix (Cohen's kappa of a reliability table), or Krippendorff's alpha");
        }
    }

    private static void checkCoders(ReliabilityData data, int first, int second) {
        Objects.requireNonNull(data, "data");
        if (first < 0 || first >= data.coderCount() || second < 0 || second >= data.coderCount()) {
            throw new IllegalArgumentException("coder indices " + first + " and " + second + " are outside 0.."
                    + (data.coderCount() - 1));
        }
        if (first == second) {
            throw new IllegalArgumentException("Cohen's kappa compares two different coders, but both are '"
                    + data.coders().get(first) + "'");
        }
    }

    // the categories either coder used on a unit both coded, sorted
    private static List<String> categories(ReliabilityData data, int first, int second) {
        Set<String> categories = new HashSet<>();
        for (int u = 0; u < data.unitCount(); u++) {
            if (data.value(u, first) != null && data.value(u, second) != null) {
                categories.add(data.value(u, first));
                categories.add(data.value(u, second));
            }
        }
        List<String> sorted = new ArrayList<>(categories);
        Collections.sort(sorted);
        return sorted;
    }

    private static Map<String, Integer> indexOf(List<String> sorted) {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < sorted.size(); i++) {
            index.put(sorted.get(i), i);
        }
        return index;
    }

    /** Computes kappa from a confusion matrix alone, for example one copied from a paper. */
    public static AgreementResult compute(ConfusionMatrix confusion) {
        Objects.requireNonNull(confusion, "confusion");
        int total = confusion.total();
        return kappa(confusion, total, total);
    }

    /**
     * Computes kappa from the confusion matrix of data with {@code units} units, those the matrix does not count having
     * been skipped (not coded by both coders), with the matrix: what {@link #compute(ReliabilityData, int, int)} gives
     * for those data.
     */
    public static CohenKappaResult compute(ConfusionMatrix confusion, int units) {
        Objects.requireNonNull(confusion, "confusion");
        int used = confusion.total();
        if (units < used) {
            throw new IllegalArgumentException("the matrix counts " + used + " units, more than the " + units
                    + " units of the data");
        }
        return new CohenKappaResult(kappa(confusion, units, used), confusion);
    }

    private static AgreementResult kappa(ConfusionMatrix confusion, int units, int used) {
        int[][] counts = confusion.counts();
        int size = counts.length;
        double agreeing = 0;
        double[] rows = new double[size];
        double[] columns = new double[size];
        for (int i = 0; i < size; i++) {
            agreeing += counts[i][i];
            for (int j = 0; j < size; j++) {
                rows[i] += counts[i][j];
                columns[i] += counts[j][i];
            }
        }
        String measure = "cohen-kappa (" + confusion.first() + ", " + confusion.second() + ")";
        return kappa(measure, confusion.categories(), agreeing, rows, columns, units, used);
    }

    private static AgreementResult kappa(String measure, List<String> categories, double agreeing, double[] rows,
            double[] columns, int units, int used) {
        String skipped = units == used
                ? ""
                : (units - used) + " unit(s) not coded by both coders were skipped";
        if (used == 0) {
            return new AgreementResult(measure, Double.NaN, Double.NaN, Double.NaN, 2, units, 0, 0,
                    join("no unit was coded by both coders: kappa is undefined (nothing to compare)", skipped));
        }
        double chance = 0;
        for (int i = 0; i < rows.length; i++) {
            chance += rows[i] * columns[i];
        }
        double n = used;
        double observed = agreeing / n;
        double expected = chance / (n * n);
        if (expected == 1) {
            return new AgreementResult(measure, Double.NaN, observed, expected, 2, units, used, 2 * used,
                    join("only one category (" + categories.get(0)
                            + ") was used: agreement is undefined (no variation)", skipped));
        }
        return new AgreementResult(measure, (observed - expected) / (1 - expected), observed, expected, 2, units, used,
                2 * used, skipped);
    }

    private static String join(String first, String second) {
        return second.isEmpty() ? first : first + "; " + second;
    }
}
