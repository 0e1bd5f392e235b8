package org.attest.claims;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A claim cluster as the conflict logic sees it: its claims side by side, a verdict on every pair, and per period the
 * interval its claims jointly allow.
 *
 * @param id the cluster's id, the name claims link it by
 * @param proposition what the cluster's claims state, such as "people killed in the flood", or null
 * @param claims the claims in document and offset order
 * @param verdicts one verdict per pair of claims; {@link #of} gives a list that judges each pair when it is read, so
 *     that a cluster's verdicts, quadratic in its size, are never all kept
 * @param joint per period (its text, "no period stated" for claims that state none) the values all its claims allow
 */
public record Cluster(String id, String proposition, List<ClaimFigure> claims, List<Verdict> verdicts,
        List<Joint> joint) {

    /** The values the claims of one period jointly allow. */
    public record Joint(String period, int claims, Optional<Interval> interval) {
    }

    /**
     * Makes the cluster of {@code claims}, whose verdicts {@code rules} gives pair by pair as they are read, and works
     * out the joint intervals.
     */
    public static Cluster of(String id, String proposition, List<ClaimFigure> claims, ConflictRules rules) {
        List<ClaimFigure> kept = List.copyOf(claims);
        Map<String, List<Interval>> byPeriod = new LinkedHashMap<>();
        for (ClaimFigure claim : kept) {
            Optional<Interval> interval = rules.interval(claim);
            String period = claim.timeless()
                    ? "no period stated"
                    : claim.days() == null ? null : claim.days().toString();
            if (interval.isPresent() && period != null) {
                byPeriod.computeIfAbsent(period, p -> new ArrayList<>()).add(interval.get());
            }
        }
        List<Joint> joint = new ArrayList<>();
        byPeriod.forEach((period, intervals) -> {
            Optional<Interval> all = Optional.of(intervals.get(0));
            for (Interval next : intervals.subList(1, intervals.size())) {
                all = all.flatMap(a -> a.intersection(next));
            }
            joint.add(new Joint(period, intervals.size(), all));
        });
        return new Cluster(id, proposition, kept, new PairVerdicts(kept, rules), List.copyOf(joint));
    }

    /**
     * Returns the verdicts that are conflicts (kept once found, when the cluster judges its pairs as they are read).
     */
    public List<Verdict> conflicts() {
        return verdicts instanceof PairVerdicts pairs
                ? pairs.conflicts()
                : verdicts.stream().filter(Verdict::conflict).toList();
    }

    /**
     * Returns how many verdicts are conflicts, without keeping them (the count itself is kept, as every pair is judged
     * to make it).
     */
    public long conflictCount() {
        if (verdicts instanceof PairVerdicts pairs) {
            return pairs.conflictCount();
        }
        return verdicts.stream().filter(Verdict::conflict).count();
    }

    /** Tells whether any pair of the cluster's claims conflicts, as {@link #conflictCount} counts them. */
    public boolean hasConflicts() {
        return conflictCount() > 0;
    }
}
