package org.attest.bench;

import java.util.List;

/**
 * One generated news article with the annotations of each synthetic annotator.
 *
 * @param id the document id, also the base name of its .txt file
 * @param text the article text
 * @param adversarial whether the document carries adversarial items (overlaps, zero-length spans, surrogate pairs)
 * @param marks the span annotations per annotator, in {@link SyntheticCorpus#ANNOTATORS} order
 * @param links the relations per annotator, referring to that annotator's marks by index
 */
public record SyntheticDocument(String id, String text, boolean adversarial, List<List<Mark>> marks,
        List<List<Link>> links) {

    /** Copies the lists so a document never changes. */
    public SyntheticDocument {
        marks = marks.stream().map(List::copyOf).toList();
        links = links.stream().map(List::copyOf).toList();
    }
}
