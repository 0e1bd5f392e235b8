package org.attest.agreement.measures.fleisskappa;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.attest.agreement.AgreementResult;
import org.attest.agreement.ReliabilityData;

/**
 * Fleiss' (1971) kappa for many coders over nominal categories: kappa = (P&#772; - P&#772;<sub>e</sub>) /
 * (1 - P&#772;<sub>e</sub>), with P&#772; the mean agreement among the ratings of a unit and
 * P&#772;<sub>e</sub> = &Sigma; p<sub>j</sub>&sup2; from the overall category proportions.
 *
 * <p>Fleiss' formula assumes every unit has the same number of ratings. Here a unit enters only when
 * every coder rated it; units with a missing value are excluded and counted in the result (use
 * Krippendorff's alpha to use incomplete units). Undefined results (no complete unit, one coder,
 * or one category only) are NaN with a note.
 */
public final class FleissKappa {

    private FleissKappa() {
    }

    /** Computes Fleiss' kappa over the units of {@code data} that every coder rated. */
    public static AgreementResult compute(ReliabilityData data) {
        Objects.requireNonNull(data, "data");
        int raters = data.coderCount();
        List<Integer> complete = new ArrayList<>();
        Map<String, Integer> index = new HashMap<>();
        for (int u = 0; u < data.unitCount(); u++) {
            int present = 0;
            for (int c = 0; c < raters; c++) {
                present += data.value(u, c) == null ? 0 : 1;
            }
            if (present == raters) {
                complete.add(u);
                for (int c = 0; c < raters; c++) {
                    index.putIfAbsent(data.value(u, c), index.size());
                }
            }
        }
        List<String> categories = new ArrayList<>(index.keySet());
        Collections.sort(categories);
        for (int j = 0; j < categories.size(); j++) {
            index.put(categories.get(j), j);
        }
        double[] counts = new double[categories.size()];
        double agreementSum = 0;
        int[] codes = new int[raters];
        for (int u : complete) {
            // a unit's ratings counted per category by sorting them: memory grows with the raters, not the categories
            for (int c = 0; c < raters; c++) {
                codes[c] = index.get(data.value(u, c));
                counts[codes[c]]++;
            }
            java.util.Arrays.sort(codes);
            double squares = 0;
            for (int i = 0; i < raters;) {
                int j = i;
                while (j < raters && codes[j] == codes[i]) {
                    j++;
                }
                squares += (double) (j - i) * (j - i);
                i = j;
            }
            agreementSum += unitAgreement(squares, raters);
        }
        return outcome(raters, data.unitCount(), complete.size(), agreementSum, counts,
                categories.isEmpty() ? null : categories.get(0));
    }

    /** Returns P_i, the share of agreeing pairs among the n(n-1) ordered pairs of one unit's ratings. */
    static double unitAgreement(double squares, int raters) {
        return (squares - raters) / ((double) raters * (raters - 1));
    }

    /**
     * Returns kappa from its sums over the complete units: how often each category was rated (in sorted order, the
     * first being {@code first}) and the units' agreement; the one place both the per-unit and the streamed form end
     * in, so they give the same figures.
     */
    static AgreementResult outcome(int raters, int units, int complete, double agreementSum, double[] counts,
            String first) {
        String measure = "fleiss-kappa";
        int excluded = units - complete;
        String excludedNote = excluded == 0
                ? ""
                : excluded + " unit(s) not rated by all " + raters + " coders were excluded";
        if (raters < 2) {
            return undefined(measure, raters, units, complete, "Fleiss' kappa needs at least two coders, but there "
                    + (raters == 1 ? "is one" : "are none"), excludedNote);
        }
        if (complete == 0) {
            return undefined(measure, raters, units, 0, "no unit was rated by all " + raters
                    + " coders: kappa is undefined (nothing to compare)", excludedNote);
        }
        double ratings = (double) complete * raters;
        double expected = 0;
        for (double count : counts) {
            double proportion = count / ratings;
            expected += proportion * proportion;
        }
        double observed = agreementSum / complete;
        int pairable = (int) ratings;
        if (expected == 1) {
            return new AgreementResult(measure, Double.NaN, observed, expected, raters, units, complete, pairable,
                    join("only one category (" + first + ") was used: agreement is undefined (no variation)",
                            excludedNote));
        }
        return new AgreementResult(measure, (observed - expected) / (1 - expected), observed, expected, raters, units,
                complete, pairable, excludedNote);
    }

    private static AgreementResult undefined(String measure, int raters, int units, int used, String why,
            String excluded) {
        return new AgreementResult(measure, Double.NaN, Double.NaN, Double.NaN, raters, units, used, 0,
                join(why, excluded));
    }

    private static String join(String first, String second) {
        return second.isEmpty() ? first : first + "; " + second;
    }
}
