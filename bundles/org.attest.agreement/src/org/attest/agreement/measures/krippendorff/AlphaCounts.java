package org.attest.agreement.measures.krippendorff;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import org.attest.agreement.AgreementResult;
import org.attest.agreement.Level;

/**
 * Krippendorff's alpha summed unit by unit, for data too large to keep: each unit adds its share of the observed
 * disagreement and its values to the marginals of the coincidence matrix, so memory grows with the distinct values,
 * not with the units.
 *
 * <p>Nominal and interval data only (their per-unit disagreement depends on the unit's own values; the ordinal metric
 * needs every value's rank first). For nominal data it also keeps, per value, what one-vs-rest alpha needs. The results
 * are exactly those of {@link KrippendorffAlpha#compute} and {@link KrippendorffAlpha#computeOneVersusRest} over the
 * same units in the same order, down to the last bit, because the sums are taken in the same order.
 */
public final class AlphaCounts {

    /** What is known of one distinct value. */
    private static final class Counts {

        // values in units with two or more values (the marginal n_c), and anywhere
        long pairable;
        long anywhere;
        // the observed disagreement of this value against all others, summed over units
        double versusRest;
    }

    private final Level level;
    private final Map<Object, Counts> byValue;
    private final Map<String, Integer> codes = new HashMap<>();
    private double observedSum;
    private int units;
    private int unitsUsed;
    private long presentAnywhere;

    /** Creates empty sums for data of {@code level}, which must be nominal or interval. */
    public AlphaCounts(Level level) {
        this.level = Objects.requireNonNull(level, "level");
        if (level != Level.NOMINAL && level != Level.INTERVAL) {
            throw new IllegalArgumentException("alpha is summed unit by unit for nominal and interval data, not "
                    + level.label() + "; compute it over the reliability data");
        }
        // nominal values sort as text, interval values as numbers, as KrippendorffAlpha orders them
        this.byValue = new TreeMap<>();
    }

    /**
     * Adds one unit: {@code values[i]} is coder {@code coders.get(i)}'s value, null when missing; {@code unit} and the
     * coders name a value that is not a number of an interval level in the error.
     */
    public void add(String unit, List<String> coders, String[] values) {
        units++;
        int m = 0;
        for (String value : values) {
            m += value == null ? 0 : 1;
        }
        presentAnywhere += m;
        if (level == Level.INTERVAL) {
            addInterval(unit, coders, values, m);
        } else {
            addNominal(values, m);
        }
    }

    private void addInterval(String unit, List<String> coders, String[] values, int m) {
        double[] xs = new double[m];
        int k = 0;
        for (int i = 0; i < values.length; i++) {
            if (values[i] != null) {
                xs[k] = KrippendorffAlpha.parse(level, coders.get(i), unit, values[i]);
                Counts counts = byValue.computeIfAbsent(xs[k], x -> new Counts());
                counts.anywhere++;
                counts.pairable += m >= 2 ? 1 : 0;
                k++;
            }
        }
        if (m >= 2) {
            unitsUsed++;
            observedSum += Metric.intervalPairSum(xs) / (m - 1);
        }
    }

    private void addNominal(String[] values, int m) {
        int[] unitCodes = new int[m];
        String[] present = new String[m];
        int k = 0;
        for (String value : values) {
            if (value != null) {
                present[k] = value;
                unitCodes[k++] = codes.computeIfAbsent(value, v -> codes.size());
                Counts counts = byValue.computeIfAbsent(value, v -> new Counts());
                counts.anywhere++;
                counts.pairable += m >= 2 ? 1 : 0;
            }
        }
        if (m < 2) {
            return;
        }
        unitsUsed++;
        observedSum += Metric.nominalPairSum(unitCodes) / (m - 1);
        // each value of the unit against the rest: a two-category disagreement, none when all the unit's values are one
        for (int i = 0; i < m; i++) {
            if (firstOfItsValue(unitCodes, i)) {
                int a = 0;
                for (int code : unitCodes) {
                    a += code == unitCodes[i] ? 1 : 0;
                }
                if (a < m) {
                    double squares = (double) a * a + (double) (m - a) * (m - a);
                    byValue.get(present[i]).versusRest += ((double) m * m - squares) / (m - 1);
                }
            }
        }
    }

    private static boolean firstOfItsValue(int[] unitCodes, int i) {
        for (int j = 0; j < i; j++) {
            if (unitCodes[j] == unitCodes[i]) {
                return false;
            }
        }
        return true;
    }

    /** Returns the number of units added. */
    public int units() {
        return units;
    }

    /** Returns alpha over the units added, with {@code coders} coders in the data (the columns of the matrix). */
    public AgreementResult result(int coders) {
        double[] marginals = new double[byValue.size()];
        double[] numbers = level == Level.INTERVAL ? new double[byValue.size()] : null;
        String first = null;
        int c = 0;
        for (Map.Entry<Object, Counts> entry : byValue.entrySet()) {
            marginals[c] = entry.getValue().pairable;
            if (numbers != null) {
                numbers[c] = (Double) entry.getKey();
            }
            if (c == 0) {
                first = entry.getKey() instanceof Double d ? KrippendorffAlpha.format(d) : (String) entry.getKey();
            }
            c++;
        }
        return outcome(coders, marginals, numbers, observedSum, byValue.size(), first == null ? "none" : first);
    }

    /**
     * Returns nominal alpha for {@code label} against all other values, each of them replaced by {@code rest}: the
     * result of {@link KrippendorffAlpha#computeOneVersusRest} over the units added.
     */
    public AgreementResult oneVersusRest(String label, String rest, int coders) {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(rest, "rest");
        if (level != Level.NOMINAL) {
            throw new IllegalStateException("one-vs-rest alpha is for nominal data, not " + level.label());
        }
        Counts counts = byValue.get(label);
        long labelAnywhere = counts == null ? 0 : counts.anywhere;
        long labelPairable = counts == null ? 0 : counts.pairable;
        double n = pairableValues();
        if (label.equals(rest) || labelAnywhere == 0 || labelAnywhere == presentAnywhere) {
            // one category at most: every value is the label, or every value is the rest
            boolean any = presentAnywhere > 0;
            String only = label.equals(rest) || labelAnywhere > 0 ? label : rest;
            return outcome(coders, any ? new double[]{n} : new double[0], null, 0, any ? 1 : 0, any ? only : "none");
        }
        double labelMarginal = labelPairable;
        double restMarginal = n - labelPairable;
        boolean labelFirst = label.compareTo(rest) < 0;
        double[] marginals = labelFirst
                ? new double[]{labelMarginal, restMarginal}
                : new double[]{restMarginal, labelMarginal};
        return outcome(coders, marginals, null, counts.versusRest, 2, labelFirst ? label : rest);
    }

    private double pairableValues() {
        double n = 0;
        for (Counts counts : byValue.values()) {
            n += counts.pairable;
        }
        return n;
    }

    private AgreementResult outcome(int coders, double[] marginals, double[] numbers, double observed, int valueCount,
            String first) {
        double n = 0;
        for (double marginal : marginals) {
            n += marginal;
        }
        Metric metric = unitsUsed == 0 ? null : new Metric(level, numbers, marginals);
        return KrippendorffAlpha.outcome("krippendorff-alpha (" + level.label() + ")", coders, units, unitsUsed, n,
                observed, metric, valueCount, first);
    }
}
