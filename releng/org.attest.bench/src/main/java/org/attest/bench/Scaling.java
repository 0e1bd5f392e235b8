package org.attest.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The log-log slope of time against corpus size per operation, fitted over all measured sizes (1.0 is linear). */
final class Scaling {

    /** The largest acceptable slope. */
    static final double TARGET = 1.1;

    /** Marks rows derived from another row by scaling to a fixed size; their slope would only repeat that row's. */
    static final String EXTRAPOLATED = "extrapolated";

    /**
     * One operation's slope.
     *
     * @param operation the operation
     * @param attest Attest's slope
     * @param baseline the baseline's slope
     */
    record Slope(String operation, double attest, double baseline) {

        String verdict() {
            return Double.isNaN(attest) ? "n/a" : attest <= TARGET ? "OK" : "MISSED";
        }
    }

    private Scaling() {
    }

    /**
     * Returns the slopes of the operations measured at two sizes or more, leaving out p95/p99 tails, extrapolations and
     * rates such as MB/s (a throughput is not a time).
     */
    static List<Slope> slopes(List<Result> results) {
        return fitted(results.stream()
                .filter(r -> !r.operation().contains("(p95)") && !r.operation().contains("(p99)")
                        && !r.operation().contains(EXTRAPOLATED) && Double.isNaN(r.atLeast())
                        && !r.unit().contains("/") && !r.unit().equals(HEAP_UNIT))
                .toList());
    }

    /** The unit of the heap rows, whose slopes {@link #heapSlopes} gives apart from the times'. */
    static final String HEAP_UNIT = "MB";

    /**
     * Returns the log-log slopes of the heap rows (MB against documents) measured at two sizes or more: about 0 when
     * memory does not grow with the corpus, 1 when it grows in proportion.
     */
    static List<Slope> heapSlopes(List<Result> results) {
        return fitted(results.stream().filter(r -> r.unit().equals(HEAP_UNIT)).toList());
    }

    private static List<Slope> fitted(List<Result> results) {
        Map<String, List<Result>> byOperation = new LinkedHashMap<>();
        for (Result r : results) {
            if (!Double.isNaN(r.attest())) {
                byOperation.computeIfAbsent(r.operation(), k -> new ArrayList<>()).add(r);
            }
        }
        List<Slope> slopes = new ArrayList<>();
        byOperation.forEach((operation, rows) -> {
            if (rows.stream().map(Result::docs).distinct().count() >= 2) {
                slopes.add(new Slope(operation, fit(rows, true),
                        rows.stream().anyMatch(r -> Double.isNaN(r.baseline())) ? Double.NaN : fit(rows, false)));
            }
        });
        return slopes;
    }

    /** Least-squares slope of ln(time) on ln(docs). */
    private static double fit(List<Result> rows, boolean attest) {
        double n = rows.size();
        double sx = 0;
        double sy = 0;
        double sxx = 0;
        double sxy = 0;
        for (Result r : rows) {
            double x = Math.log(r.docs());
            double y = Math.log(attest ? r.attest() : r.baseline());
            sx += x;
            sy += y;
            sxx += x * x;
            sxy += x * y;
        }
        return (n * sxy - sx * sy) / (n * sxx - sx * sx);
    }
}
