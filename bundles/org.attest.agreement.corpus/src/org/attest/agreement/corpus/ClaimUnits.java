package org.attest.agreement.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.attest.agreement.AgreementResult;
import org.attest.agreement.Level;
import org.attest.agreement.corpus.LayerAccumulator.Unit;
import org.attest.agreement.measures.krippendorff.AlphaCounts;
import org.attest.diff.Observation;
import org.attest.diff.Position;
import org.attest.model.FeatureKind;
import org.attest.model.Layer;
import org.attest.model.Schema;
import org.attest.model.schema.DefaultSchema;
import org.attest.model.schema.Schemas;

/**
 * Collects, document by document, the claims the counted annotators marked, keyed by their offsets, with each
 * annotator's value, cluster and attribution chain there, and turns them into a {@link ClaimAgreement}.
 *
 * <p>Each claim span is a unit; an annotator who marked no claim there is missing, so only matched claims are
 * compared. An unset value is missing too (never 0); an unset cluster is the category {@value #NO_CLUSTER}, because
 * leaving a claim out of every cluster is a choice another annotator can disagree with. One annotator's claims stacked
 * on one span count once when they agree; when they differ, that annotator's value (or cluster) there is missing and
 * the note says how often.
 */
final class ClaimUnits {

    /** The cluster of a matched claim its annotator put in no cluster. */
    static final String NO_CLUSTER = "(no cluster)";

    private static final String VALUE = "value";
    // no feature value is empty (CasDiff leaves unset features out), so the empty text stands for one
    private static final String UNSET = "";

    private final String cluster;
    private final boolean chains;
    private final double tolerance;
    // each figure summed as the units come, so that no claim is kept to the end
    private final Figure values = new Figure(Level.INTERVAL);
    private final Figure clusters = new Figure(Level.NOMINAL);
    private final Figure chainUnits = new Figure(Level.NOMINAL);
    private int matched;
    private int ambiguous;

    private ClaimUnits(String cluster, boolean chains, double tolerance) {
        this.cluster = cluster;
        this.chains = chains;
        this.tolerance = tolerance;
    }

    /**
     * Returns the collector for {@code schema}, or null when the schema has no claim layer with a value feature; the
     * cluster and chain figures are left out when the schema lacks a cluster link or an Attribution layer.
     */
    static ClaimUnits of(Schema schema, double tolerance) {
        Layer claim = Schemas.layer(schema, DefaultSchema.CLAIM).orElse(null);
        if (claim == null || Schemas.feature(claim, VALUE).isEmpty()) {
            return null;
        }
        String cluster = claim.getFeatures().stream().filter(f -> f.getKind() == FeatureKind.CLUSTER_LINK)
                .map(f -> f.getName()).findFirst().orElse(null);
        boolean chains = Schemas.layer(schema, DefaultSchema.ATTRIBUTION).isPresent();
        return new ClaimUnits(cluster, chains, tolerance);
    }

    /** One document's claim units, computed apart from the others (on any thread) and added in corpus order. */
    record Part(List<Unit> values, List<Unit> clusters, List<Unit> chains, int matched, int ambiguous) {
    }

    /**
     * Reads the claims of one document whose counted annotators are {@code annotators} (sorted) from what each
     * annotator's CAS holds, reading nothing but its arguments, so documents may be read in parallel.
     */
    Part analyse(String document, List<String> annotators, Map<String, Observed> observed) {
        int n = annotators.size();
        // claim span -> per annotator: the values, clusters given there (stacked claims may give several)
        Map<Position, List<Set<String>>> valuesAt = new TreeMap<>();
        Map<Position, List<Set<String>>> clustersAt = new TreeMap<>();
        List<ClaimChains> chainsOf = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Observed mine = observed.get(annotators.get(i));
            for (Observation claim : mine.layer(DefaultSchema.CLAIM)) {
                add(valuesAt, claim, i, n, claim.features().get(VALUE));
                add(clustersAt, claim, i, n, clusterOf(claim));
            }
            chainsOf.add(chains
                    ? ClaimChains.of(mine.layer(DefaultSchema.CLAIM), layer(mine, DefaultSchema.SOURCE),
                            mine.layer(DefaultSchema.ATTRIBUTION), layer(mine, DefaultSchema.VIA))
                    : null);
        }
        List<Unit> docValues = new ArrayList<>(valuesAt.size());
        List<Unit> docClusters = new ArrayList<>(valuesAt.size());
        List<Unit> docChains = new ArrayList<>(valuesAt.size());
        int docAmbiguous = 0;
        int docMatched = 0;
        for (var entry : valuesAt.entrySet()) {
            Position span = entry.getKey();
            String name = document + " " + span;
            String[] value = new String[n];
            String[] inCluster = new String[n];
            String[] chain = new String[n];
            List<Set<String>> clusterSets = clustersAt.get(span);
            int marked = 0;
            for (int i = 0; i < n; i++) {
                Set<String> given = entry.getValue().get(i);
                if (given == null) {
                    continue;
                }
                marked++;
                docAmbiguous += given.size() > 1 ? 1 : 0;
                value[i] = single(given);
                inCluster[i] = single(clusterSets.get(i));
                docAmbiguous += clusterSets.get(i).size() > 1 ? 1 : 0;
                chain[i] = chains ? chainsOf.get(i).chain(span) : null;
            }
            docMatched += marked >= 2 ? 1 : 0;
            docValues.add(new Unit(name, annotators, value));
            docClusters.add(new Unit(name, annotators, inCluster));
            docChains.add(new Unit(name, annotators, chain));
        }
        return new Part(docValues, docClusters, docChains, docMatched, docAmbiguous);
    }

    /** Adds one document's claim units; documents must be added in corpus order for the report to be the same. */
    void add(Part part) {
        part.values().forEach(unit -> values.add(unit, tolerance));
        part.clusters().forEach(unit -> clusters.add(unit, Double.NaN));
        part.chains().forEach(unit -> chainUnits.add(unit, Double.NaN));
        matched += part.matched();
        ambiguous += part.ambiguous();
    }

    /** Computes the claim agreement of the annotators {@code coders} (sorted) over the units added. */
    ClaimAgreement finish(List<String> coders) {
        AgreementResult value = values.alpha.result(coders.size());
        AgreementResult clusterAlpha = cluster == null ? null : clusters.alpha.result(coders.size());
        PairShare clusterSame = cluster == null ? null : clusters.share();
        AgreementResult chainAlpha = chains ? chainUnits.alpha.result(coders.size()) : null;
        PairShare chainSame = chains ? chainUnits.share() : null;
        String note = ambiguous == 0
                ? ""
                : ambiguous + " time(s) one annotator stacked claims with different values or clusters on one span; "
                        + "those values are missing";
        return new ClaimAgreement(tolerance, values.alpha.units(), matched, value, values.share(), clusterAlpha,
                clusterSame, chainAlpha, chainSame, note);
    }

    /**
     * One figure of the claims summed unit by unit: alpha's sums, and per unit every two present values and those
     * that agree (within the tolerance of the larger magnitude for numbers, equal for labels when it is NaN).
     */
    private static final class Figure {

        final AlphaCounts alpha;
        int pairs;
        int agreeing;

        Figure(Level level) {
            this.alpha = new AlphaCounts(level);
        }

        void add(Unit unit, double tolerance) {
            alpha.add(unit.name(), unit.annotators(), unit.values());
            String[] present = java.util.Arrays.stream(unit.values()).filter(v -> v != null).toArray(String[]::new);
            for (int i = 0; i < present.length; i++) {
                for (int j = i + 1; j < present.length; j++) {
                    pairs++;
                    agreeing += agree(present[i], present[j], tolerance) ? 1 : 0;
                }
            }
        }

        PairShare share() {
            return new PairShare(pairs, agreeing);
        }
    }

    private static boolean agree(String a, String b, double tolerance) {
        if (Double.isNaN(tolerance)) {
            return a.equals(b);
        }
        double x = Double.parseDouble(a);
        double y = Double.parseDouble(b);
        return Math.abs(x - y) <= tolerance * Math.max(Math.abs(x), Math.abs(y));
    }

    private String clusterOf(Observation claim) {
        String id = cluster == null ? null : claim.features().get(cluster);
        return id == null || id.isBlank() ? NO_CLUSTER : id;
    }

    private static void add(Map<Position, List<Set<String>>> at, Observation claim, int annotator,
            int annotators, String given) {
        List<Set<String>> byAnnotator = at.computeIfAbsent(claim.position(), p -> {
            List<Set<String>> empty = new ArrayList<>(annotators);
            for (int i = 0; i < annotators; i++) {
                empty.add(null);
            }
            return empty;
        });
        if (byAnnotator.get(annotator) == null) {
            byAnnotator.set(annotator, new TreeSet<>());
        }
        // an unset value is kept as UNSET, so that a stacked claim without a value differs from one with a value
        byAnnotator.get(annotator).add(given == null ? UNSET : given);
    }

    private static List<Observation> layer(Observed observed, String layer) {
        return observed.layers().containsKey(layer) ? observed.layer(layer) : List.of();
    }

    // One value when the annotator's claims there agree; missing when they give none or differ.
    private static String single(Set<String> given) {
        String value = given.size() == 1 ? given.iterator().next() : null;
        return UNSET.equals(value) ? null : value;
    }
}
