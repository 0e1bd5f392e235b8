package org.attest.claims;

import java.util.Optional;

/**
 * The values a claimed figure allows: from {@code lower} to {@code upper}, each bound included unless open; an
 * unbounded side is infinite and open.
 *
 * @param lower the lower bound
 * @param lowerOpen whether the lower bound itself is excluded
 * @param upper the upper bound, possibly {@link Double#POSITIVE_INFINITY}
 * @param upperOpen whether the upper bound itself is excluded
 */
public record Interval(double lower, boolean lowerOpen, double upper, boolean upperOpen) {

    /** Returns the interval of one exact value. */
    public static Interval exactly(double value) {
        return new Interval(value, false, value, false);
    }

    /** Returns whether no value lies in both this interval and {@code other}. */
    public boolean disjoint(Interval other) {
        return intersection(other).isEmpty();
    }

    /** Returns the values this interval and {@code other} both allow, or empty when there are none. */
    public Optional<Interval> intersection(Interval other) {
        double low = Math.max(lower, other.lower);
        boolean lowOpen = lower == other.lower
                ? lowerOpen || other.lowerOpen
                : (low == lower ? lowerOpen : other.lowerOpen);
        double high = Math.min(upper, other.upper);
        boolean highOpen = upper == other.upper
                ? upperOpen || other.upperOpen
                : (high == upper ? upperOpen : other.upperOpen);
        if (low > high || low == high && (lowOpen || highOpen)) {
            return Optional.empty();
        }
        return Optional.of(new Interval(low, lowOpen, high, highOpen));
    }

    /**
     * Returns whether every value of this interval exceeds every value of {@code other}: whether a figure counted over
     * a shorter period, read as this interval, cannot fit in one counted over a longer period, read as {@code other}.
     */
    public boolean above(Interval other) {
        return lower > other.upper || lower == other.upper && (lowerOpen || other.upperOpen);
    }

    /** Returns the interval in mathematical notation, such as {@code [100, 200]} or {@code (7000, inf)}. */
    @Override
    public String toString() {
        return (lowerOpen ? "(" : "[") + number(lower) + ", " + number(upper) + (upperOpen ? ")" : "]");
    }

    /** Returns {@code value} as a reader writes it: whole numbers without a fraction, infinity as {@code inf}. */
    static String number(double value) {
        if (Double.isInfinite(value)) {
            return value > 0 ? "inf" : "-inf";
        }
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return Double.toString(value);
    }
}
