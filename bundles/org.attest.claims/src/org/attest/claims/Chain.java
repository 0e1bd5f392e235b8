package org.attest.claims;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The attribution chain of a claim along one path: the source it is attributed to, then each source that one was
 * reported through (Via), in order. A claim attributed to two sources, or a source reported through two, has one chain
 * per path; a claim attributed to no source has one chain without links.
 *
 * @param begin the offset of the claim's first character
 * @param end the offset after its last character
 * @param text the words of the claim
 * @param links the sources, the one the claim is attributed to first; empty when it is attributed to none
 * @param problems what is wrong with this path, empty when nothing is
 */
public record Chain(int begin, int end, String text, List<ChainLink> links, List<ChainProblem> problems) {

    /** Copies the lists. */
    public Chain {
        links = List.copyOf(links);
        problems = List.copyOf(problems);
    }

    /** Returns whether the claim is attributed to a source. */
    public boolean attributed() {
        return !links.isEmpty();
    }

    /**
     * Returns the sources as a reader follows them, such as {@code Minister Ana Rossi (person) <- Reuters (news
     * agency) <- social media}; empty when there are none.
     */
    public String describe() {
        return links.stream().map(ChainLink::describe).collect(Collectors.joining(" <- "));
    }
}
