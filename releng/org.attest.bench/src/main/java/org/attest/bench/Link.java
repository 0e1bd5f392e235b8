package org.attest.bench;

/**
 * One relation of a synthetic document between two of its marks, given by their index in the annotator's mark list.
 *
 * @param layer the relation layer, such as "Attribution"
 * @param from the index of the mark the relation starts at
 * @param to the index of the mark it points to
 * @param cue the index of the Cue mark of an attribution, or -1 when there is none
 */
public record Link(String layer, int from, int to, int cue) {
}
