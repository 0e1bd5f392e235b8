package org.attest.ui.curation;

import java.util.List;

/**
 * One row of the curation editor under each line of text: an annotator's annotations, or the gold.
 *
 * @param name the annotator's name, or "gold"
 * @param key the digit that takes this annotator's version, or 0 for the gold lane
 * @param chips the annotations, by begin offset
 * @param rows how many rows overlapping annotations need (at least 1)
 */
record Lane(String name, int key, List<Chip> chips, int rows) {

    /** Copies the chips. */
    Lane {
        chips = List.copyOf(chips);
    }

    /** Returns whether this is the gold lane. */
    boolean gold() {
        return key == 0;
    }

    /** Returns the lane's caption as the gutter shows it, e.g. "1 anna" or "gold". */
    String caption() {
        return gold() ? "gold" : key + " " + name;
    }
}
