package org.attest.bench;

import java.util.Arrays;

/** Durations in nanoseconds collected for one operation, summarised as percentiles. */
final class Timings {

    private long[] nanos = new long[64];
    private int count;

    void add(long duration) {
        if (count == nanos.length) {
            nanos = Arrays.copyOf(nanos, count * 2);
        }
        nanos[count++] = duration;
    }

    int count() {
        return count;
    }

    /** Returns the p-th percentile (nearest rank, 0 < p <= 100) in milliseconds. */
    double percentileMillis(double p) {
        if (count == 0) {
            throw new IllegalStateException("no timings recorded");
        }
        long[] sorted = Arrays.copyOf(nanos, count);
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * count);
        return sorted[Math.max(0, Math.min(count - 1, rank - 1))] / 1e6;
    }

    /** Returns the median of {@code nanos} (the mean of the middle two for an even count). */
    static long median(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return sorted.length % 2 == 1
                ? sorted[sorted.length / 2]
                : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
    }

    /** One run of an operation, returning how long it took in nanoseconds. */
    interface Run {

        /** Runs the operation once and returns its duration in nanoseconds. */
        long nanos() throws Exception;
    }

    /**
     * Runs {@code attest} and {@code plain} twice each to warm up, then {@code rounds} times each, alternating which
     * goes first so neither always finds the other's files in the page cache; returns their medians, attest's first.
     */
    static long[] alternatingMedians(int rounds, Run attest, Run plain) throws Exception {
        for (int pass = 0; pass < 2; pass++) {
            attest.nanos();
            plain.nanos();
        }
        long[] attestNanos = new long[rounds];
        long[] plainNanos = new long[rounds];
        for (int round = 0; round < rounds; round++) {
            boolean attestFirst = round % 2 == 0;
            if (!attestFirst) {
                plainNanos[round] = plain.nanos();
            }
            attestNanos[round] = attest.nanos();
            if (attestFirst) {
                plainNanos[round] = plain.nanos();
            }
        }
        return new long[]{median(attestNanos), median(plainNanos)};
    }

    double totalMillis() {
        long total = 0;
        for (int i = 0; i < count; i++) {
            total += nanos[i];
        }
        return total / 1e6;
    }
}
