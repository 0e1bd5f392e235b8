package org.attest.imports;

import java.util.List;
import java.util.Map;

/** What an import did: documents added, texts already present, annotations brought in, types left out. */
public record ImportReport(List<Added> added, List<Duplicate> duplicates, List<AnnotationsImported> annotations,
        Map<String, Integer> ignoredTypes) {

    /** A new document: its id, title and the file it came from, and whether its id had to differ from the file's. */
    public record Added(String id, String title, String source, String renamedFrom) {
    }

    /**
     * An input whose text the corpus already holds, as document {@code existingId}.
     *
     * @param source the input's name
     * @param existingId the id of the document with the same text
     * @param tokensNotKept why the sentences and tokens the input fixed did not become the document's (it keeps its
     *     own), or {@code null} when the input fixed none or the same ones
     */
    public record Duplicate(String source, String existingId, String tokensNotKept) {

        /** Creates the report of an input that fixed no other tokens than the document's. */
        public Duplicate(String source, String existingId) {
            this(source, existingId, null);
        }
    }

    /**
     * Annotations put into {@code annotator}'s set of document {@code id}: counts per layer, or why they were kept out.
     */
    public record AnnotationsImported(String id, String annotator, Map<String, Integer> perLayer,
            String skippedBecause) {
    }

    /** Returns the number of input articles seen. */
    public int articles() {
        return added.size() + duplicates.size();
    }
}
