package org.attest.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.attest.claims.ClaimFigure;
import org.attest.claims.Cluster;
import org.attest.claims.ClusterSuggestions;
import org.attest.claims.ConflictRules;
import org.attest.claims.CorpusClaims;
import org.attest.claims.Verdict;
import org.attest.demo.ClaimScript;
import org.attest.model.ClaimCluster;
import org.attest.model.CorpusFactory;
import org.attest.store.CorpusStore;

/**
 * The demo's claims step: registers the clusters the scripted annotators link, then prints anna's claims cluster by
 * cluster, each with the sources it came through, the conflict rules' verdict on every pair, and the clusters
 * suggested for her unclustered claims.
 */
final class DemoClaims {

    private DemoClaims() {
    }

    /** Runs the step on {@code store}, open for writing, and returns how many pairs of claims truly conflict. */
    static long run(CorpusStore store, String annotator, PrintWriter out) throws Exception {
        out.println("10. claims: " + annotator
                + "'s figures across the three outlets, clustered by proposition; a verdict on every pair");
        out.println("    (same period: a conflict when the intervals are disjoint; nested periods: a conflict only when"
                + " the shorter one's lower bound exceeds the longer one's upper bound)");
        for (Map.Entry<String, String> c : ClaimScript.CLUSTERS.entrySet()) {
            if (store.corpus().getClaimClusters().stream().noneMatch(k -> c.getKey().equals(k.getId()))) {
                ClaimCluster cluster = CorpusFactory.eINSTANCE.createClaimCluster();
                cluster.setId(c.getKey());
                cluster.setProposition(c.getValue());
                store.corpus().getClaimClusters().add(cluster);
            }
        }
        store.saveModel("attest demo: claim clusters");
        CorpusClaims.Result result = new CorpusClaims(store, new ConflictRules()).read(annotator);
        Map<Verdict.Kind, Integer> kinds = new TreeMap<>();
        for (Cluster cluster : result.clusters()) {
            out.printf("   %s: %s%n", cluster.id(), cluster.proposition());
            for (ClaimFigure c : cluster.claims()) {
                out.printf("     %-28s %-16s %-46s \"%s\"%n", c.where(), figure(c),
                        c.period() == null ? "no period stated" : c.period() + " (" + c.days() + ")", c.text());
                ChainOutput.lines(c.chains()).forEach(line -> out.printf("     %-28s %s%n", "", line));
            }
            for (Verdict v : cluster.verdicts()) {
                kinds.merge(v.kind(), 1, Integer::sum);
                out.printf("     %-14s %s x %s: %s%n", kind(v.kind()), v.a().where(), v.b().where(), v.reason());
            }
        }
        out.printf("   %d conflict(s), %d pair(s) that agree, %d not comparable%n",
                kinds.getOrDefault(Verdict.Kind.CONFLICT, 0), kinds.getOrDefault(Verdict.Kind.AGREE, 0),
                kinds.getOrDefault(Verdict.Kind.NOT_COMPARABLE, 0));
        var suggestions = new ClusterSuggestions(store).suggest(annotator);
        out.printf("   %d claim(s) in no cluster%s%n", result.unclustered(),
                suggestions.isEmpty() ? "" : "; suggested (attest claims DIR --from " + annotator + " --suggest):");
        suggestions.forEach(s -> out.printf("     %s \"%s\" -> %s (%s)%n", s.claim().where(), s.claim().text(),
                s.cluster(), s.reason()));
        out.println();
        return kinds.getOrDefault(Verdict.Kind.CONFLICT, 0);
    }

    private static String figure(ClaimFigure c) {
        return (c.qualifier() == null ? "" : c.qualifier() + " ")
                + (c.value() == null ? "-" : String.format(Locale.ROOT, "%,.0f", c.value()));
    }

    static String kind(Verdict.Kind kind) {
        return kind.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
