package org.attest.curation;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.attest.diff.Configuration;

/**
 * Which configurations auto-merge copies into the gold: those all eligible annotators chose (unanimous), those more
 * than
 * half of them chose (majority), or those at least k of them chose ({@code min:K}); in every case only when no other
 * configuration at the position has as much support.
 *
 * @param kind the kind of rule
 * @param k the least number of supporting annotators for {@link Kind#MIN_K}; 0 for the other kinds
 */
public record MergePolicy(Kind kind, int k) {

    /** The kinds of merge rule. */
    public enum Kind {
        /** Every eligible annotator annotated the position with the same values. */
        UNANIMOUS,
        /** More than half of the eligible annotators chose the same values. */
        MAJORITY,
        /** At least k eligible annotators chose the same values. */
        MIN_K
    }

    /** The forms {@link #parse} accepts, K standing for a number of at least 1. */
    public static final List<String> RULES = List.of("unanimous", "majority", "min:K");

    /** The default policy: merge only what every eligible annotator agrees on. */
    public static final MergePolicy UNANIMOUS = new MergePolicy(Kind.UNANIMOUS, 0);

    /** Checks that {@code k} is at least 1 for {@code min:K} and 0 otherwise. */
    public MergePolicy {
        if (kind == null) {
            throw new IllegalArgumentException("a merge policy needs a kind");
        }
        if (kind == Kind.MIN_K ? k < 1 : k != 0) {
            throw new IllegalArgumentException("min:K needs K of at least 1, and only min:K takes a number");
        }
    }

    /**
     * Parses {@code unanimous}, {@code majority} or {@code min:K}, explaining the choices when {@code text} is none of
     * them.
     */
    public static MergePolicy parse(String text) {
        String value = text == null ? "" : text.trim().toLowerCase(java.util.Locale.ROOT);
        if (value.equals("unanimous")) {
            return UNANIMOUS;
        }
        if (value.equals("majority")) {
            return new MergePolicy(Kind.MAJORITY, 0);
        }
        if (value.startsWith("min:")) {
            try {
                int k = Integer.parseInt(value.substring(4));
                if (k >= 1) {
                    return new MergePolicy(Kind.MIN_K, k);
                }
            } catch (NumberFormatException e) {
                // reported below
            }
        }
        throw new IllegalArgumentException(
                "unknown merge policy '" + text + "'; use unanimous, majority or min:K with K >= 1 (e.g. min:2)");
    }

    /**
     * Returns the policy as it is written on the command line and in decision records: unanimous, majority or min:K.
     */
    public String rule() {
        return switch (kind) {
            case UNANIMOUS -> "unanimous";
            case MAJORITY -> "majority";
            case MIN_K -> "min:" + k;
        };
    }

    /**
     * Returns the configuration this policy merges at a position, given the configurations found there (by the eligible
     * annotators only) and the eligible annotators; empty when the position needs a reviewer.
     */
    public Optional<Configuration> pick(List<Configuration> configurations, Set<String> eligible) {
        if (configurations.isEmpty() || eligible.isEmpty()) {
            return Optional.empty();
        }
        Configuration top = configurations.get(0);
        for (Configuration c : configurations) {
            if (c.annotators().size() > top.annotators().size()) {
                top = c;
            }
        }
        int support = top.annotators().size();
        for (Configuration c : configurations) {
            if (c != top && c.annotators().size() >= support) {
                return Optional.empty();
            }
        }
        boolean enough = switch (kind) {
            case UNANIMOUS -> configurations.size() == 1 && top.annotators().containsAll(eligible);
            case MAJORITY -> 2 * support > eligible.size();
            case MIN_K -> support >= k;
        };
        return enough ? Optional.of(top) : Optional.empty();
    }

    /** Returns the rule as it is written on the command line. */
    @Override
    public String toString() {
        return rule();
    }
}
