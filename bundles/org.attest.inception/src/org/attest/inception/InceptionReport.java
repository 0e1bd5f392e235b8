package org.attest.inception;

import java.util.List;
import java.util.Map;

/**
 * What an import of an INCEpTION project brought into the corpus and what it could not map.
 *
 * @param project the project's name
 * @param documents each document imported, in the project's order
 * @param unmappedLayers the project's layers that no schema layer took, by INCEpTION type name, with the reason
 * @param leftOut annotations the schema has no place for, by type (or {@code type:feature}), with their count
 * @param notes other things a user should know, such as a user's document that came without an annotation file
 */
public record InceptionReport(String project, List<Document> documents, Map<String, String> unmappedLayers,
        Map<String, Integer> leftOut, List<String> notes) {

    /**
     * One imported document.
     *
     * @param id its id in the corpus
     * @param name its name in INCEpTION
     * @param annotators each annotator's state, by name
     * @param goldSpans the gold's annotations, or -1 when the document has no curation
     * @param goldState the gold state, such as {@code curated}
     */
    public record Document(String id, String name, Map<String, String> annotators, int goldSpans, String goldState) {
    }

    /** Copies the collections. */
    public InceptionReport {
        documents = List.copyOf(documents);
        unmappedLayers = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(unmappedLayers));
        leftOut = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(leftOut));
        notes = List.copyOf(notes);
    }
}
