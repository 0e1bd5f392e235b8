package org.attest.core.info;

import java.util.List;
import java.util.Map;

/** A summary of a corpus: its documents with each annotator's state, and annotation counts per layer. */
public record CorpusSummary(String name, String schema, int schemaVersion, List<String> annotators,
        List<DocumentRow> documents,
        Map<String, Map<String, Integer>> countsPerAnnotator, Map<String, Map<String, Integer>> statesPerAnnotator) {

    /** One document: id, title, outlet, date, text length and each annotator's state. */
    public record DocumentRow(String id, String title, String outlet, String date, int length,
            Map<String, String> states,
            Map<String, Integer> annotations) {
    }
}
