package org.attest.claims;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.attest.model.Entity;

/**
 * The claims, sources, Attribution and Via relations of one document as plain data, and the attribution chains they
 * make: one chain per path from a claim through the source it is attributed to and each source that one was reported
 * through. Cycles end where a source would repeat and are reported, never followed twice.
 */
public final class ChainGraph {

    /** The most paths followed from one claim; more are reported as {@link ChainProblem.Kind#TOO_MANY_CHAINS}. */
    public static final int MAX_CHAINS = 100;

    private static final Comparator<ChainLink> ORDER = Comparator.comparingInt(ChainLink::begin)
            .thenComparingInt(ChainLink::end);

    private record Claim(int begin, int end, String text) {
    }

    private final EntityIds entities;
    private final List<Claim> claims = new ArrayList<>();
    private final List<ChainLink> sources = new ArrayList<>();
    private final List<Set<Integer>> attributions = new ArrayList<>();
    private final List<Set<Integer>> vias = new ArrayList<>();

    /** Creates an empty graph whose sources' entity ids are resolved among {@code registry}, merged ids included. */
    public ChainGraph(Collection<Entity> registry) {
        this(EntityIds.of(registry));
    }

    /** Creates an empty graph whose sources' entity ids are resolved by {@code entities}. */
    public ChainGraph(EntityIds entities) {
        this.entities = entities;
    }

    /** Adds a claim and returns its index, to name it in {@link #attribution}. */
    public int claim(int begin, int end, String text) {
        claims.add(new Claim(begin, end, text));
        attributions.add(new LinkedHashSet<>());
        return claims.size() - 1;
    }

    /** Adds a source with its type tag and registry entity id (each may be null) and returns its index. */
    public int source(int begin, int end, String text, String type, String entity) {
        String id = entity == null || entity.isBlank() ? null : entity;
        Entity known = id == null ? null : entities.find(id);
        sources.add(new ChainLink(begin, end, text, type == null || type.isBlank() ? null : type, id,
                known == null ? null : known.getCanonicalName()));
        vias.add(new LinkedHashSet<>());
        return sources.size() - 1;
    }

    /** Adds an Attribution from claim {@code claim} to source {@code source}, both indexes as returned when added. */
    public void attribution(int claim, int source) {
        check(source);
        attributions.get(claim).add(source);
    }

    /** Adds a Via: source {@code from} was reported through source {@code to}. */
    public void via(int from, int to) {
        check(from);
        check(to);
        vias.get(from).add(to);
    }

    /** Returns the chains of claim {@code claim}, one per path, in the offset order of their sources. */
    public List<Chain> chains(int claim) {
        Claim c = claims.get(claim);
        List<Chain> chains = new ArrayList<>();
        if (attributions.get(claim).isEmpty()) {
            chains.add(new Chain(c.begin(), c.end(), c.text(), List.of(), List.of(new ChainProblem(
                    ChainProblem.Kind.NO_ATTRIBUTION, c.begin(), c.end(), c.text(), List.of()))));
            return chains;
        }
        for (int source : ordered(attributions.get(claim))) {
            List<Integer> path = new ArrayList<>(List.of(source));
            if (!follow(c, path, new ArrayList<>(), chains)) {
                break;
            }
        }
        return chains;
    }

    /** Returns the chains of every claim, claim by claim in the order they were added. */
    public List<Chain> chains() {
        List<Chain> all = new ArrayList<>();
        for (int i = 0; i < claims.size(); i++) {
            all.addAll(chains(i));
        }
        return all;
    }

    // Extends the path along each Via of its last source; returns false once MAX_CHAINS paths have been made.
    private boolean follow(Claim claim, List<Integer> path, List<ChainProblem> found, List<Chain> chains) {
        int last = path.get(path.size() - 1);
        List<ChainProblem> problems = new ArrayList<>(found);
        List<Integer> next = new ArrayList<>();
        for (int to : ordered(vias.get(last))) {
            ChainLink a = sources.get(last);
            ChainLink b = sources.get(to);
            if (to == last || a.begin() == b.begin() && a.end() == b.end()) {
                problems.add(new ChainProblem(ChainProblem.Kind.SELF_VIA, a.begin(), a.end(), a.text(), List.of(a)));
            } else if (path.contains(to)) {
                problems.add(cycle(path.subList(path.indexOf(to), path.size())));
            } else {
                next.add(to);
            }
        }
        if (next.isEmpty()) {
            if (chains.size() == MAX_CHAINS) {
                Chain previous = chains.remove(chains.size() - 1);
                List<ChainProblem> more = new ArrayList<>(previous.problems());
                more.add(new ChainProblem(ChainProblem.Kind.TOO_MANY_CHAINS, claim.begin(), claim.end(), claim.text(),
                        List.of()));
                chains.add(new Chain(previous.begin(), previous.end(), previous.text(), previous.links(), more));
                return false;
            }
            List<ChainLink> links = path.stream().map(sources::get).toList();
            problems.addAll(contradictions(links));
            chains.add(new Chain(claim.begin(), claim.end(), claim.text(), links, distinct(problems)));
            return true;
        }
        for (int to : next) {
            path.add(to);
            boolean more = follow(claim, path, problems, chains);
            path.remove(path.size() - 1);
            if (!more) {
                return false;
            }
        }
        return true;
    }

    // A cycle starts at its source with the lowest offsets, so that it reads the same from wherever it was entered.
    private ChainProblem cycle(List<Integer> members) {
        int start = 0;
        for (int i = 1; i < members.size(); i++) {
            if (ORDER.compare(sources.get(members.get(i)), sources.get(members.get(start))) < 0) {
                start = i;
            }
        }
        List<ChainLink> ring = new ArrayList<>();
        for (int i = 0; i < members.size(); i++) {
            ring.add(sources.get(members.get((start + i) % members.size())));
        }
        ChainLink first = ring.get(0);
        return new ChainProblem(ChainProblem.Kind.VIA_CYCLE, first.begin(), first.end(), first.text(), ring);
    }

    private List<ChainProblem> contradictions(List<ChainLink> links) {
        List<ChainProblem> problems = new ArrayList<>();
        for (int i = 0; i < links.size(); i++) {
            for (int j = i + 1; j < links.size(); j++) {
                ChainLink a = links.get(i);
                ChainLink b = links.get(j);
                if (a.type() != null && b.type() != null && !a.type().equals(b.type()) && sameSource(a, b)) {
                    problems.add(new ChainProblem(ChainProblem.Kind.CONTRADICTING_TYPES, a.begin(), a.end(), a.text(),
                            List.of(a, b)));
                }
            }
        }
        return problems;
    }

    // One registry entity (through a merge too), or the same words when neither links an entity.
    private boolean sameSource(ChainLink a, ChainLink b) {
        if (a.entity() == null || b.entity() == null) {
            return a.entity() == null && b.entity() == null && words(a.text()).equals(words(b.text()));
        }
        Entity x = entities.find(a.entity());
        Entity y = entities.find(b.entity());
        return x == null || y == null ? a.entity().equals(b.entity()) : x == y;
    }

    private static String words(String text) {
        return String.join(" ", text.strip().toLowerCase(Locale.ROOT).split("\\s+"));
    }

    private List<Integer> ordered(Set<Integer> indexes) {
        return indexes.stream().sorted(Comparator.comparing((Integer i) -> sources.get(i), ORDER)
                .thenComparingInt(i -> i)).toList();
    }

    private static List<ChainProblem> distinct(List<ChainProblem> problems) {
        return List.copyOf(new LinkedHashSet<>(problems));
    }

    private void check(int source) {
        if (source < 0 || source >= sources.size()) {
            throw new IndexOutOfBoundsException(
                    "no source " + source + "; the graph has " + sources.size() + " source(s)");
        }
    }
}
