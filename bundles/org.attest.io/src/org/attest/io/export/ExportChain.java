package org.attest.io.export;

import java.util.List;
import java.util.Objects;

/**
 * One attribution chain of a claim to export: the source the claim is attributed to, then each source that one was
 * reported through.
 *
 * @param claim the index of the claim's span in {@link ExportDocument#spans()}
 * @param sources the sources in order; empty for a claim attributed to none
 */
public record ExportChain(int claim, List<Source> sources) {

    /**
     * One source of a chain.
     *
     * @param begin the offset of its first character
     * @param end the offset after its last character
     * @param text its words
     * @param type its source type, or null when unset
     * @param entityId the registry entity id it links, or null
     * @param entityName that entity's canonical name, or null when the registry does not know the id
     */
    public record Source(int begin, int end, String text, String type, String entityId, String entityName) {

        /** Checks the text. */
        public Source {
            Objects.requireNonNull(text, "text");
        }
    }

    /** Copies the sources. */
    public ExportChain {
        sources = List.copyOf(sources);
    }
}
