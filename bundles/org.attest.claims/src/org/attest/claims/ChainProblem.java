package org.attest.claims;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Something wrong with an attribution chain, with where it is: the claim for a missing attribution, otherwise the first
 * source at fault, and the sources involved.
 *
 * @param kind what is wrong
 * @param begin the offset of the first character of the claim or source at fault
 * @param end the offset after its last character
 * @param text its words
 * @param sources the sources involved: the one reported via itself, the cycle in order, or the two that contradict
 */
public record ChainProblem(Kind kind, int begin, int end, String text, List<ChainLink> sources) {

    /** What can be wrong with a chain. */
    public enum Kind {
        /** A claim attributed to no source. */
        NO_ATTRIBUTION,
        /** A Via relation from a source to itself, or to another source over the same words. */
        SELF_VIA,
        /** Via relations that lead from a source back to it through others. */
        VIA_CYCLE,
        /** One source (one registry entity, or the same words when neither links one) tagged with two types. */
        CONTRADICTING_TYPES,
        /** A claim with more paths through its sources than are followed. */
        TOO_MANY_CHAINS
    }

    /** Copies the list. */
    public ChainProblem {
        sources = List.copyOf(sources);
    }

    /** Returns what is wrong in words a user can act on, naming {@code document} and the offsets. */
    public String message(String document) {
        return "in document '" + document + "', " + describe();
    }

    /** Returns what is wrong in words a user can act on, naming the offsets but not the document. */
    public String describe() {
        return switch (kind) {
            case NO_ATTRIBUTION -> "the claim '" + text + "' [" + begin + "," + end
                    + ") is attributed to no source; add an Attribution from it to the Source it comes from";
            case SELF_VIA -> "the source " + sources.get(0).where()
                    + " is reported via itself; delete that Via or point it to the source it was reported through";
            case VIA_CYCLE -> "the Via relations of the sources "
                    + sources.stream().map(ChainLink::where).collect(Collectors.joining(" -> ")) + " lead back to "
                    + sources.get(0).where() + ", a cycle; delete the Via that points back";
            case CONTRADICTING_TYPES -> "one chain has " + sources.get(0).where() + " tagged "
                    + sources.get(0).type() + " and " + sources.get(1).where() + " tagged " + sources.get(1).type()
                    + ", yet both are " + (sources.get(0).entity() == null
                            ? "the same words"
                            : "entity " + entityName(sources.get(0)))
                    + "; give them one source type";
            case TOO_MANY_CHAINS -> "the claim '" + text + "' [" + begin + "," + end + ") reaches its sources by"
                    + " more than " + ChainGraph.MAX_CHAINS + " paths, of which only the first "
                    + ChainGraph.MAX_CHAINS + " are followed; remove Via relations that repeat a path";
        };
    }

    private static String entityName(ChainLink link) {
        return link.entityName() == null ? link.entity() : link.entityName() + " (" + link.entity() + ")";
    }
}
