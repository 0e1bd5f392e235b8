package org.attest.claims;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.attest.model.ClaimCluster;
import org.attest.store.CorpusException;
import org.attest.store.CorpusNames;
import org.attest.store.CorpusStore;

/**
 * Suggests a cluster for each claim that links none: an existing cluster holding a claim of the same unit lemma
 * ({@link UnitLemma}) whose period overlaps, else a new cluster shared with other unclustered claims of that lemma and
 * overlapping periods. Periods overlap when their days share one, or when either claim states no period at all; a
 * period written but not understood overlaps nothing. A claim without a unit, or alone with its lemma, gets none.
 */
public final class ClusterSuggestions {

    /**
     * One claim and the cluster suggested for it.
     *
     * @param claim the unclustered claim
     * @param cluster the id of the suggested cluster
     * @param proposition the proposition of a new cluster (the claim's unit as written), null for an existing one
     * @param reason why, naming the lemma and the claims it matched
     */
    public record Suggestion(ClaimFigure claim, String cluster, String proposition, String reason) {

        /** Returns whether the suggested cluster does not exist yet. */
        public boolean newCluster() {
            return proposition != null;
        }
    }

    private final CorpusStore store;

    /** Creates the suggestions over an open corpus. */
    public ClusterSuggestions(CorpusStore store) {
        this.store = Objects.requireNonNull(store, "store");
    }

    /** Returns a suggestion for each unclustered claim of {@code from} (an annotator or the gold) that fits one. */
    public List<Suggestion> suggest(String from) throws CorpusException {
        return suggest(new CorpusClaims(store, new ConflictRules()).figures(from));
    }

    /** Returns a suggestion for each unclustered claim among {@code claims} that fits one. */
    public List<Suggestion> suggest(List<ClaimFigure> claims) {
        Map<String, List<ClaimFigure>> clusters = new LinkedHashMap<>();
        List<ClaimFigure> loose = new ArrayList<>();
        for (ClaimFigure claim : claims) {
            if (claim.cluster() != null) {
                clusters.computeIfAbsent(claim.cluster(), c -> new ArrayList<>()).add(claim);
            } else if (UnitLemma.of(claim.unit()) != null) {
                loose.add(claim);
            }
        }
        List<Suggestion> found = new ArrayList<>();
        List<ClaimFigure> homeless = new ArrayList<>();
        for (ClaimFigure claim : loose) {
            String lemma = UnitLemma.of(claim.unit());
            String best = null;
            long bestCount = 0;
            for (Map.Entry<String, List<ClaimFigure>> cluster : clusters.entrySet()) {
                long count = cluster.getValue().stream()
                        .filter(c -> lemma.equals(UnitLemma.of(c.unit())) && overlap(claim, c)).count();
                if (count > bestCount) {
                    best = cluster.getKey();
                    bestCount = count;
                }
            }
            if (best == null) {
                homeless.add(claim);
            } else {
                found.add(new Suggestion(claim, best, null, "same unit lemma '" + lemma + "' as " + bestCount
                        + " claim(s) of the cluster" + periods(claim)));
            }
        }
        found.addAll(newClusters(homeless, clusters.keySet()));
        found.sort(java.util.Comparator.comparing((Suggestion s) -> s.claim().document())
                .thenComparingInt(s -> s.claim().begin()));
        return List.copyOf(found);
    }

    // unclustered claims of one lemma whose periods overlap become a new cluster, named after the first one's unit
    private List<Suggestion> newClusters(List<ClaimFigure> homeless, Set<String> linked) {
        Set<String> taken = new HashSet<>(linked);
        for (ClaimCluster c : store.corpus().getClaimClusters()) {
            taken.add(String.valueOf(c.getId()).toLowerCase(Locale.ROOT));
        }
        linked.forEach(id -> taken.add(id.toLowerCase(Locale.ROOT)));
        List<Suggestion> found = new ArrayList<>();
        Set<ClaimFigure> placed = new HashSet<>();
        for (ClaimFigure first : homeless) {
            if (placed.contains(first)) {
                continue;
            }
            String lemma = UnitLemma.of(first.unit());
            List<ClaimFigure> group = new ArrayList<>(List.of(first));
            for (ClaimFigure other : homeless) {
                if (other != first && !placed.contains(other) && lemma.equals(UnitLemma.of(other.unit()))
                        && group.stream().allMatch(g -> overlap(g, other))) {
                    group.add(other);
                }
            }
            if (group.size() < 2) {
                continue;
            }
            placed.addAll(group);
            String id = CorpusNames.derive(first.unit(), "cluster", taken);
            taken.add(id.toLowerCase(Locale.ROOT));
            for (ClaimFigure claim : group) {
                found.add(new Suggestion(claim, id, first.unit().strip(), "new cluster: " + group.size()
                        + " unclustered claims of the unit lemma '" + lemma + "'" + periods(claim)));
            }
        }
        return found;
    }

    /** Returns whether the periods of {@code a} and {@code b} may overlap, as the suggestions read them. */
    static boolean overlap(ClaimFigure a, ClaimFigure b) {
        if (a.timeless() || b.timeless()) {
            return true;
        }
        Period pa = a.days();
        Period pb = b.days();
        return pa != null && pb != null && pa.relationTo(pb) != Period.Relation.APART;
    }

    private static String periods(ClaimFigure claim) {
        return claim.timeless()
                ? "; the claim states no period"
                : "; periods overlap (" + claim.days() + ")";
    }
}
