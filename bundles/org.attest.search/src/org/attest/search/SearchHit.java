package org.attest.search;

/**
 * One place a query found: an annotation (by an annotator or the gold) or a passage of a document's text, with its
 * words in context.
 *
 * @param documentId the document
 * @param title the document's title, or null when it has none
 * @param begin where the match begins in the document's text (UTF-16 offset)
 * @param end where the match ends
 * @param annotator who made the annotation, "gold" for the curated gold, null for a text hit outside any annotation
 * @param layer the annotation's layer, null for a text hit
 * @param label the annotation's label, null when it has none or for a text hit
 * @param before the text just before the match, on one line
 * @param match the matched text, on one line
 * @param after the text just after the match, on one line
 */
public record SearchHit(String documentId, String title, int begin, int end, String annotator, String layer,
        String label, String before, String match, String after) {
}
