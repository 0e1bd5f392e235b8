package org.attest.claims;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The days a claimed figure is about, both included.
 *
 * @param start the first day
 * @param end the last day, not before {@code start}
 */
public record Period(LocalDate start, LocalDate end) {

    /** Checks that the period has both days and does not end before it starts. */
    public Period {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("the period ends on " + end + ", before it starts on " + start);
        }
    }

    /** How two periods lie to each other. */
    public enum Relation {
        /** The same days. */
        SAME,
        /** The first period lies inside the second, which is longer. */
        INSIDE,
        /** The second period lies inside the first, which is longer. */
        AROUND,
        /** The periods share some days but neither holds the other. */
        PARTLY,
        /** The periods share no day. */
        APART
    }

    /** Returns how this period lies to {@code other}. */
    public Relation relationTo(Period other) {
        if (equals(other)) {
            return Relation.SAME;
        }
        if (end.isBefore(other.start) || other.end.isBefore(start)) {
            return Relation.APART;
        }
        if (!start.isBefore(other.start) && !end.isAfter(other.end)) {
            return Relation.INSIDE;
        }
        if (!other.start.isBefore(start) && !other.end.isAfter(end)) {
            return Relation.AROUND;
        }
        return Relation.PARTLY;
    }

    /** Returns the period as {@code 2024-05-02..2024-05-03}, or the one day when it starts and ends on it. */
    @Override
    public String toString() {
        return start.equals(end) ? start.toString() : start + ".." + end;
    }
}
