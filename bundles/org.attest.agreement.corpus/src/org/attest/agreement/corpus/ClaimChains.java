package org.attest.agreement.corpus;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.attest.claims.Chain;
import org.attest.claims.ChainGraph;
import org.attest.diff.Observation;
import org.attest.diff.Position;

/**
 * The attribution chains of one annotator's claims in one document, as {@link ChainGraph} follows them (claim, its
 * source, each source that one was reported through), built from what agreement read of the CAS, each written as a
 * key that is equal for two annotators exactly when they attribute the claim through the same sequences of source
 * spans.
 *
 * <p>A chain is written as its sources' offsets, {@code [10,17) > [30,42)}; a claim with several chains (attributed
 * to two sources, or a source reported via two) gives them all, sorted, joined by {@code |}. Sources compare by their
 * offsets only: their type and entity are the Source layer's agreement.
 */
final class ClaimChains {

    /** The chain of a claim its annotator attributed to no source. */
    static final String NO_ATTRIBUTION = "(no attribution)";

    private final ChainGraph graph = new ChainGraph(List.of());
    private final Map<Position, Integer> claims = new HashMap<>();

    private ClaimChains(List<Observation> claimSpans, List<Observation> sourceSpans, List<Observation> attributions,
            List<Observation> vias) {
        Map<Position, Integer> sources = new HashMap<>();
        for (Observation claim : claimSpans) {
            claims.computeIfAbsent(span(claim.position(), false), p -> graph.claim(p.begin(), p.end(), ""));
        }
        for (Observation source : sourceSpans) {
            sources.computeIfAbsent(span(source.position(), false),
                    p -> graph.source(p.begin(), p.end(), "", null, null));
        }
        for (Observation attribution : attributions) {
            Integer claim = claims.get(span(attribution.position(), false));
            Integer source = sources.get(span(attribution.position(), true));
            // a relation whose end is missing is the CAS doctor's to report, not a chain
            if (claim != null && source != null) {
                graph.attribution(claim, source);
            }
        }
        for (Observation via : vias) {
            Integer from = sources.get(span(via.position(), false));
            Integer to = sources.get(span(via.position(), true));
            if (from != null && to != null) {
                graph.via(from, to);
            }
        }
    }

    /** Reads the chains from the observations of the Claim, Source, Attribution and Via layers (any may be empty). */
    static ClaimChains of(List<Observation> claims, List<Observation> sources, List<Observation> attributions,
            List<Observation> vias) {
        return new ClaimChains(claims, sources, attributions, vias);
    }

    /** Returns the key of the chains of the claim at {@code span}. */
    String chain(Position span) {
        Integer claim = claims.get(span(span, false));
        List<String> chains = new ArrayList<>();
        for (Chain chain : claim == null ? List.<Chain>of() : graph.chains(claim)) {
            if (chain.attributed()) {
                chains.add(chain.links().stream().map(l -> "[" + l.begin() + "," + l.end() + ")")
                        .collect(Collectors.joining(" > ")));
            }
        }
        if (chains.isEmpty()) {
            return NO_ATTRIBUTION;
        }
        chains.sort(null);
        return String.join(" | ", chains);
    }

    // A span's offsets, or a relation's target offsets, without the layer, so that relations find their ends.
    private static Position span(Position position, boolean target) {
        return target
                ? Position.span("", position.toBegin(), position.toEnd())
                : Position.span("", position.begin(), position.end());
    }
}
