package org.attest.agreement.measures.cohenkappa;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.attest.agreement.AgreementResult;
import org.attest.agreement.ReliabilityData;

/**
 * Cohen's (1960) kappa for two coders over nominal categories: kappa = (p<sub>o</sub> - p<sub>e</sub>) /
 * (1 - p<sub>e</sub>), where p<sub>e</sub> comes from each coder's own category proportions.
 *
 * <p>Only units both coders coded count; the others are skipped and reported. When chance agreement
 * is already perfect (p<sub>e</sub> = 1: both coders used one and the same category throughout) kappa
 * is undefined and reported as NaN with a note.
 */
public final class CohenKappa {

    private CohenKappa() {
    }

    /** Computes kappa for the coders named {@code first} and {@code second} in {@code data}. */
    public static CohenKappaResult compute(ReliabilityData data, String first, String second) {
        Objects.requireNonNull(data, "data");
        return compute(data, data.coderIndex(first), data.coderIndex(second));
    }

    /** Computes kappa for the coders at indices {@code first} and {@code second} in {@code data}. */
    public static CohenKappaResult compute(ReliabilityData data, int first, int second) {
        Objects.requireNonNull(data, "data");
        if (first < 0 || first >= data.coderCount() || second < 0 || second >= data.coderCount()) {
            throw new IllegalArgumentException("coder indices " + first + " and " + second + " are outside 0.."
                    + (data.coderCount() - 1));
        }
        if (first == second) {
            throw new IllegalArgumentException("Cohen's kappa compares two different coders, but both are '"
                    + data.coders().get(first) + "'");
        }
        Map<String, Integer> categories = new HashMap<>();
        for (int u = 0; u < data.unitCount(); u++) {
            if (data.value(u, first) != null && data.value(u, second) != null) {
                categories.putIfAbsent(data.value(u, first), categories.size());
                categories.putIfAbsent(data.value(u, second), categories.size());
            }
        }
        List<String> sorted = new ArrayList<>(categories.keySet());
        Collections.sort(sorted);
        for (int i = 0; i < sorted.size(); i++) {
            categories.put(sorted.get(i), i);
        }
        int[][] counts = new int[sorted.size()][sorted.size()];
        int used = 0;
        for (int u = 0; u < data.unitCount(); u++) {
            String a = data.value(u, first);
            String b = data.value(u, second);
            if (a != null && b != null) {
                counts[categories.get(a)][categories.get(b)]++;
                used++;
            }
        }
        String firstName = data.coders().get(first);
        String secondName = data.coders().get(second);
        ConfusionMatrix confusion = new ConfusionMatrix(firstName, secondName, sorted, counts);
        return new CohenKappaResult(kappa(confusion, data.unitCount(), used), confusion);
    }

    /** Computes kappa from a confusion matrix alone, for example one copied from a paper. */
    public static AgreementResult compute(ConfusionMatrix confusion) {
        Objects.requireNonNull(confusion, "confusion");
        int total = confusion.total();
        return kappa(confusion, total, total);
    }

    private static AgreementResult kappa(ConfusionMatrix confusion, int units, int used) {
        String measure = "cohen-kappa (" + confusion.first() + ", " + confusion.second() + ")";
        String skipped = units == used ? ""
                : (units - used) + " unit(s) not coded by both coders were skipped";
        if (used == 0) {
            return new AgreementResult(measure, Double.NaN, Double.NaN, Double.NaN, 2, units, 0, 0,
                    join("no unit was coded by both coders: kappa is undefined (nothing to compare)", skipped));
        }
        int[][] counts = confusion.counts();
        int size = counts.length;
        double agreeing = 0;
        double chance = 0;
        for (int i = 0; i < size; i++) {
            agreeing += counts[i][i];
            double row = 0;
            double column = 0;
            for (int j = 0; j < size; j++) {
                row += counts[i][j];
                column += counts[j][i];
            }
            chance += row * column;
        }
        double n = used;
        double observed = agreeing / n;
        double expected = chance / (n * n);
        if (expected == 1) {
            return new AgreementResult(measure, Double.NaN, observed, expected, 2, units, used, 2 * used,
                    join("only one category (" + confusion.categories().get(0)
                            + ") was used: agreement is undefined (no variation)", skipped));
        }
        return new AgreementResult(measure, (observed - expected) / (1 - expected), observed, expected, 2, units, used,
                2 * used, skipped);
    }

    private static String join(String first, String second) {
        return second.isEmpty() ? first : first + "; " + second;
    }
}
