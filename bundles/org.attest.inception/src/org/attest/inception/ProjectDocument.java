package org.attest.inception;

import java.util.Map;

import org.attest.io.Article;
import org.attest.model.DocumentState;
import org.attest.model.GoldState;

/**
 * One source document of a project export as read: its text, each user's annotations and state, and the curation.
 *
 * @param name the source document's name in INCEpTION
 * @param id the document id it gets in the corpus
 * @param text the document's text
 * @param annotations each user's annotations, by user name (users without a file have none)
 * @param states each user's state, by user name
 * @param gold the curated annotations, or null when the document has no curation
 * @param goldState the state of the curation
 */
record ProjectDocument(String name, String id, String text, Map<String, Article> annotations,
        Map<String, DocumentState> states, Article gold, GoldState goldState) {

    /** Copies the maps. */
    ProjectDocument {
        annotations = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(annotations));
        states = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(states));
    }
}
