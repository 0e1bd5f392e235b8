package org.attest.ui.search;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.attest.search.SearchHit;

/**
 * The hits of one document, a row of the Search view's tree.
 *
 * @param documentId the document
 * @param title its title, or null when it has none
 * @param hits its hits in offset order
 */
public record DocumentHits(String documentId, String title, List<SearchHit> hits) {

    /** Keeps an unmodifiable copy of the hits. */
    public DocumentHits {
        hits = List.copyOf(hits);
    }

    /** Groups {@code hits} by document, in the order the documents first appear. */
    public static List<DocumentHits> group(List<SearchHit> hits) {
        Map<String, List<SearchHit>> byDocument = new LinkedHashMap<>();
        Map<String, String> titles = new LinkedHashMap<>();
        for (SearchHit hit : hits) {
            byDocument.computeIfAbsent(hit.documentId(), id -> new ArrayList<>()).add(hit);
            titles.putIfAbsent(hit.documentId(), hit.title());
        }
        List<DocumentHits> grouped = new ArrayList<>();
        byDocument.forEach((id, its) -> grouped.add(new DocumentHits(id, titles.get(id), its)));
        return grouped;
    }

    /** Returns the row's text: the document id, its title when it has one, and the number of hits. */
    public String heading() {
        return documentId + (title == null || title.isBlank() ? "" : " \u2014 " + title) + " (" + hits.size()
                + (hits.size() == 1 ? " hit)" : " hits)");
    }
}
