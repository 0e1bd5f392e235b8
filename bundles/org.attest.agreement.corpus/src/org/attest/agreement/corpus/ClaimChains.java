package org.attest.agreement.corpus;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.attest.diff.Observation;
import org.attest.diff.Position;

/**
 * The attribution chains of one annotator's claims in one document, read from its Attribution (claim to source) and
 * Via (source to the source it was reported through) relations, each written as a key that is equal for two annotators
 * exactly when they attribute the claim through the same sequence of source spans.
 *
 * <p>A chain is written as its sources' offsets, {@code [10,17) > [30,42)}; a claim attributed to several sources, or
 * a source reported via several, gives the sorted alternatives in braces, and a source met again on its own path ends
 * with {@code (cycle)}, so that every annotation takes part in the key and no loop runs forever.
 */
final class ClaimChains {

    /** The chain of a claim its annotator attributed to no source. */
    static final String NO_ATTRIBUTION = "(no attribution)";

    private final Map<Span, Set<Span>> sources = new TreeMap<>();
    private final Map<Span, Set<Span>> via = new TreeMap<>();

    private ClaimChains(List<Observation> attributions, List<Observation> vias) {
        link(attributions, sources);
        link(vias, via);
    }

    /** Reads the chains from the observations of the Attribution and the Via layer (either may be empty). */
    static ClaimChains of(List<Observation> attributions, List<Observation> vias) {
        return new ClaimChains(attributions, vias);
    }

    /** Returns the key of the chain of the claim at [{@code begin},{@code end}). */
    String chain(int begin, int end) {
        Set<Span> first = sources.get(new Span(begin, end));
        if (first == null) {
            return NO_ATTRIBUTION;
        }
        return alternatives(first, new HashSet<>());
    }

    private String alternatives(Set<Span> next, Set<Span> path) {
        List<String> paths = new ArrayList<>(next.size());
        for (Span source : next) {
            paths.add(from(source, path));
        }
        return paths.size() == 1 ? paths.get(0) : "{" + String.join(" | ", paths) + "}";
    }

    private String from(Span source, Set<Span> path) {
        if (!path.add(source)) {
            return source + " (cycle)";
        }
        Set<Span> next = via.get(source);
        String written = next == null ? source.toString() : source + " > " + alternatives(next, path);
        path.remove(source);
        return written;
    }

    private static void link(List<Observation> relations, Map<Span, Set<Span>> links) {
        for (Observation relation : relations) {
            Position p = relation.position();
            links.computeIfAbsent(new Span(p.begin(), p.end()), s -> new TreeSet<>())
                    .add(new Span(p.toBegin(), p.toEnd()));
        }
    }

    /** The offsets of one span, ordered by begin, then end. */
    private record Span(int begin, int end) implements Comparable<Span> {

        @Override
        public int compareTo(Span other) {
            return begin != other.begin ? Integer.compare(begin, other.begin) : Integer.compare(end, other.end);
        }

        @Override
        public String toString() {
            return "[" + begin + "," + end + ")";
        }
    }
}
