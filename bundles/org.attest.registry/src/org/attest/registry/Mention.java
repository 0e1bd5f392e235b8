package org.attest.registry;

/**
 * One mention linked to a registry entity in an annotator's work: where it is, what it covers and the id it links to.
 *
 * @param document the document id
 * @param annotator the annotator whose CAS holds it
 * @param layer the span layer, such as Entity or Source
 * @param begin the first character
 * @param end the character after the last
 * @param text the covered text
 * @param entityId the entity id the mention holds, which may be one an entity took over in a merge
 */
public record Mention(String document, String annotator, String layer, int begin, int end, String text,
        String entityId) {

    /** Returns whether this is the mention of {@code document} by {@code annotator} at {@code begin}..{@code end}. */
    public boolean isAt(String document, String annotator, int begin, int end) {
        return this.document.equals(document) && this.annotator.equals(annotator) && this.begin == begin
                && this.end == end;
    }
}
