package org.attest.ui.curation;

import org.attest.diff.Position;
import org.attest.ui.colors.SchemaColor;

/**
 * One annotation as a lane draws it.
 *
 * @param position the compared position the annotation stands at
 * @param begin where the drawn box starts in the text (a relation's from-span)
 * @param end where the drawn box ends
 * @param label the text in the box
 * @param color the schema's colour, with whose colour it is
 * @param level the row inside the lane, so that overlapping annotations of one lane stay apart
 * @param kind whether it is an annotation, an open item or a rejection
 */
record Chip(Position position, int begin, int end, String label, SchemaColor color, int level, Kind kind) {

    /** What a chip stands for. */
    enum Kind {
        /** An annotation of the lane's annotator, or of the gold. */
        ANNOTATION,
        /** A position the reviewer still has to settle (gold lane only). */
        OPEN,
        /** A position the reviewer decided holds no annotation (gold lane only). */
        REJECTED
    }

    /** Returns a copy on another row. */
    Chip at(int newLevel) {
        return new Chip(position, begin, end, label, color, newLevel, kind);
    }
}
