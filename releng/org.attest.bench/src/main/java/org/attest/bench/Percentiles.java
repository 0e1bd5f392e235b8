package org.attest.bench;

import java.util.List;

/** Turns paired timings into p50/p95/p99 rows; the target applies to p50 and p95, p99 is reported for information. */
final class Percentiles {

    private Percentiles() {
    }

    static List<Result> rows(String operation, int docs, Timings attest, Timings baseline, double maxRatio,
            String note) {
        return List.of(
                new Result(operation + " (p50)", docs, "ms", attest.percentileMillis(50), baseline.percentileMillis(50),
                        maxRatio, note),
                new Result(operation + " (p95)", docs, "ms", attest.percentileMillis(95), baseline.percentileMillis(95),
                        maxRatio, ""),
                new Result(operation + " (p99)", docs, "ms", attest.percentileMillis(99), baseline.percentileMillis(99),
                        Double.NaN,
                        "tail; no target"));
    }
}
