package org.attest.claims;

import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.uima.cas.CAS;
import org.apache.uima.cas.text.AnnotationFS;
import org.attest.cas.AttestTypes;
import org.attest.cas.Layers;
import org.attest.model.Entity;
import org.attest.model.Layer;
import org.attest.model.Schema;
import org.attest.model.schema.DefaultSchema;
import org.attest.model.schema.Schemas;

/**
 * The attribution chains of one CAS: every Claim span followed through its Attribution to a Source and along Via to
 * the sources that one was reported through, with what is wrong on the way. A schema without the Claim, Source,
 * Attribution or Via layer has no chains for what it lacks.
 */
public final class Chains {

    private final ChainGraph graph;
    private final Map<AnnotationFS, Integer> claims;

    private Chains(ChainGraph graph, Map<AnnotationFS, Integer> claims) {
        this.graph = graph;
        this.claims = claims;
    }

    /** Reads the chains of {@code cas}, made for {@code schema}, leaving the sources' entity names unresolved. */
    public static List<Chain> of(CAS cas, Schema schema) {
        return read(cas, schema, EntityIds.none()).all();
    }

    /** Reads the chains of {@code cas}, made for {@code schema}, resolving entity ids among {@code registry}. */
    public static Chains read(CAS cas, Schema schema, Collection<Entity> registry) {
        return read(cas, schema, EntityIds.of(registry));
    }

    /** Reads the chains of {@code cas}, made for {@code schema}, resolving entity ids by {@code entities}. */
    public static Chains read(CAS cas, Schema schema, EntityIds entities) {
        ChainGraph graph = new ChainGraph(entities);
        Map<AnnotationFS, Integer> claims = new IdentityHashMap<>();
        Map<AnnotationFS, Integer> sources = new IdentityHashMap<>();
        Layers layers = new Layers(cas, schema);
        Optional<Layer> claim = Schemas.layer(schema, DefaultSchema.CLAIM);
        Optional<Layer> source = Schemas.layer(schema, DefaultSchema.SOURCE);
        if (claim.isEmpty()) {
            return new Chains(graph, claims);
        }
        for (AnnotationFS fs : layers.spans(DefaultSchema.CLAIM)) {
            claims.put(fs, graph.claim(fs.getBegin(), fs.getEnd(), fs.getCoveredText()));
        }
        if (source.isPresent()) {
            for (AnnotationFS fs : layers.spans(DefaultSchema.SOURCE)) {
                sources.put(fs, graph.source(fs.getBegin(), fs.getEnd(), fs.getCoveredText(),
                        text(layers, source.get(), fs, "type"), text(layers, source.get(), fs, "entity")));
            }
            relate(layers, schema, DefaultSchema.ATTRIBUTION, claims, sources, graph::attribution);
            relate(layers, schema, DefaultSchema.VIA, sources, sources, graph::via);
        }
        return new Chains(graph, claims);
    }

    /** Returns every claim's chains, claim by claim in offset order. */
    public List<Chain> all() {
        return graph.chains();
    }

    /** Returns the chains of {@code claim}, a Claim span of the CAS read, or an empty list for any other. */
    public List<Chain> of(AnnotationFS claim) {
        Integer index = claims.get(claim);
        return index == null ? List.of() : graph.chains(index);
    }

    /** Returns what is wrong with the chains, each problem once however many chains share it. */
    public List<ChainProblem> problems() {
        LinkedHashSet<ChainProblem> problems = new LinkedHashSet<>();
        all().forEach(chain -> problems.addAll(chain.problems()));
        return new ArrayList<>(problems);
    }

    private interface Edge {

        void add(int from, int to);
    }

    private static void relate(Layers layers, Schema schema, String name, Map<AnnotationFS, Integer> from,
            Map<AnnotationFS, Integer> to, Edge edge) {
        if (Schemas.layer(schema, name).isEmpty()) {
            return;
        }
        for (AnnotationFS fs : layers.relations(name)) {
            Integer a = from.get(layers.value(fs, AttestTypes.RELATION_FROM));
            Integer b = to.get(layers.value(fs, AttestTypes.RELATION_TO));
            // a relation whose end is missing or on another layer is the CAS doctor's to report, not a chain
            if (a != null && b != null) {
                edge.add(a, b);
            }
        }
    }

    private static String text(Layers layers, Layer layer, AnnotationFS fs, String feature) {
        Object value = Schemas.feature(layer, feature).isPresent() ? layers.value(fs, feature) : null;
        return value instanceof String s && !s.isBlank() ? s : null;
    }
}
