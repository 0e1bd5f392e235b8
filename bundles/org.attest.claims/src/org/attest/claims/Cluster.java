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
 * @param verdicts one verdict per pair of claims
 * @param joint per period (its text, "no period stated" for claims that state none) the values all its claims allow
 */
public record Cluster(String id, String proposition, List<ClaimFigure> claims, List<Verdict> verdicts,
        List<Joint> joint) {

    /** The values the claims of one period jointly allow. */
    public record Joint(String period, int claims, Optional<Interval> interval) {
    }

    /** Judges every pair of {@code claims} by {@code rules} and works out the joint intervals. */
    public static Cluster of(String id, String proposition, List<ClaimFigure> claims, ConflictRules rules) {
        List<Verdict> verdicts = new ArrayList<>();
        for (int i = 0; i < claims.size(); i++) {
            for (int j = i + 1; j < claims.size(); j++) {
                verdicts.add(rules.compare(claims.get(i), claims.get(j)));
            }
        }
        Map<String, List<Interval>> byPeriod = new LinkedHashMap<>();
        for (ClaimFigure claim : claims) {
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
        return new Cluster(id, proposition, List.copyOf(claims), List.copyOf(verdicts), List.copyOf(joint));
    }

    /** Returns the verdicts that are conflicts. */
    public List<Verdict> conflicts() {
        return verdicts.stream().filter(Verdict::conflict).toList();
    }
}
