package org.attest.ui.editor;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.uima.cas.text.AnnotationFS;

/**
 * Where the relation arcs go, brat-style: each arc runs above the text from its from-span to its to-span, split into
 * one segment per visual line it touches, and each segment takes the lowest level of its line at which neither it nor
 * its label collides with another segment. Pure geometry over a {@link Geometry}, so it is computed and tested without
 * painting.
 */
public final class ArcLayout {

    /** Where characters are drawn: the only thing the layout asks of the text widget. */
    public interface Geometry {

        /** Returns a key of the visual line the character at {@code offset} is on; keys grow from top to bottom. */
        int line(int offset);

        /** Returns the x of the left edge of the character at {@code offset}. */
        int x(int offset);

        /** Returns the x of the left edge of the text area. */
        int left();

        /** Returns the x of the right edge of the text area. */
        int right();

        /** Returns the width of {@code label} when drawn. */
        int labelWidth(String label);
    }

    /**
     * One relation to draw: from the span [fromBegin, fromEnd) to the span [toBegin, toEnd), labelled {@code label}.
     */
    public record Arc(AnnotationFS relation, int fromBegin, int fromEnd, int toBegin, int toEnd, String label) {
    }

    /**
     * One piece of an arc on one visual line: a bar from {@code x1} to {@code x2} at {@code level}, with a leg down at
     * each end that is not open (an open end leaves the line towards the arc's other half), the arrow head on the
     * leg that ends at the to-span, and the label centred at {@code labelX}; {@code anchor} is an offset on the line.
     */
    public record Segment(Arc arc, int line, int anchor, int x1, int x2, boolean openLeft, boolean openRight,
            boolean arrowLeft, boolean arrowRight, int level, int labelX, int labelWidth) {

        /** Returns the leftmost and rightmost x this segment or its label takes, for collisions. */
        public int[] extent() {
            return new int[]{Math.min(x1, labelX - labelWidth / 2), Math.max(x2, labelX + labelWidth / 2)};
        }

        private Segment at(int newLevel) {
            return new Segment(arc, line, anchor, x1, x2, openLeft, openRight, arrowLeft, arrowRight, newLevel,
                    labelX, labelWidth);
        }
    }

    private static final int GAP = 4;
    private final List<Segment> segments;
    private final Map<Integer, Integer> levelsPerLine = new HashMap<>();

    /** Lays out {@code arcs} over {@code geometry}. */
    public ArcLayout(List<Arc> arcs, Geometry geometry) {
        List<Segment> pieces = new ArrayList<>();
        for (Arc arc : arcs) {
            pieces.addAll(split(arc, geometry));
        }
        // narrow segments first, so an arc that spans another one is drawn above it, as in brat
        pieces.sort(Comparator.comparingInt((Segment s) -> s.extent()[1] - s.extent()[0])
                .thenComparingInt(s -> s.extent()[0]));
        Map<Integer, List<Segment>> placedPerLine = new HashMap<>();
        List<Segment> placed = new ArrayList<>();
        for (Segment piece : pieces) {
            List<Segment> onLine = placedPerLine.computeIfAbsent(piece.line(), l -> new ArrayList<>());
            int level = 0;
            while (collides(piece, level, onLine)) {
                level++;
            }
            Segment at = piece.at(level);
            onLine.add(at);
            placed.add(at);
            levelsPerLine.merge(piece.line(), level + 1, Math::max);
        }
        placed.sort(Comparator.comparingInt(Segment::line).thenComparingInt(Segment::x1));
        this.segments = List.copyOf(placed);
    }

    /** Returns the segments, by line and from left to right. */
    public List<Segment> segments() {
        return segments;
    }

    /** Returns how many levels of arcs the visual line {@code line} carries; 0 when it carries none. */
    public int levels(int line) {
        return levelsPerLine.getOrDefault(line, 0);
    }

    /** Returns the lines that carry arcs, with their number of levels. */
    public Map<Integer, Integer> levelsPerLine() {
        return Map.copyOf(levelsPerLine);
    }

    private static boolean collides(Segment piece, int level, List<Segment> onLine) {
        int[] mine = piece.extent();
        for (Segment other : onLine) {
            int[] theirs = other.extent();
            if (other.level() == level && mine[0] < theirs[1] + GAP && theirs[0] < mine[1] + GAP) {
                return true;
            }
        }
        return false;
    }

    // one segment when both spans share a line; otherwise one leaving the first line to the right and one entering
    // the last line from the left (brat leaves the lines between empty too)
    private static List<Segment> split(Arc arc, Geometry g) {
        int fromX = centre(arc.fromBegin(), arc.fromEnd(), g);
        int toX = centre(arc.toBegin(), arc.toEnd(), g);
        int fromLine = g.line(arc.fromBegin());
        int toLine = g.line(arc.toBegin());
        int width = g.labelWidth(arc.label());
        if (fromLine == toLine) {
            int x1 = Math.min(fromX, toX);
            int x2 = Math.max(fromX, toX);
            boolean backwards = toX < fromX;
            return List.of(new Segment(arc, fromLine, arc.fromBegin(), x1, x2, false, false, backwards, !backwards, 0,
                    (x1 + x2) / 2, width));
        }
        boolean downwards = fromLine < toLine;
        int firstX = downwards ? fromX : toX;
        int lastX = downwards ? toX : fromX;
        int firstOffset = downwards ? arc.fromBegin() : arc.toBegin();
        int lastOffset = downwards ? arc.toBegin() : arc.fromBegin();
        int first = Math.min(fromLine, toLine);
        int last = Math.max(fromLine, toLine);
        int right = Math.max(g.right(), firstX + 1);
        int left = Math.min(g.left(), lastX - 1);
        return List.of(
                new Segment(arc, first, firstOffset, firstX, right, false, true, !downwards, false, 0,
                        labelX(firstX, right, width, true), width),
                new Segment(arc, last, lastOffset, left, lastX, true, false, false, downwards, 0,
                        labelX(left, lastX, width, false), width));
    }

    // the label stays near the span's end of an open segment, so it is seen next to the span it belongs to
    private static int labelX(int x1, int x2, int width, boolean nearLeft) {
        if (x2 - x1 <= 3 * width) {
            return (x1 + x2) / 2;
        }
        return nearLeft ? x1 + width : x2 - width;
    }

    private static int centre(int begin, int end, Geometry g) {
        if (end <= begin + 1 || g.line(begin) != g.line(end - 1)) {
            return g.x(begin) + 4;
        }
        return (g.x(begin) + g.x(end - 1)) / 2 + 3;
    }
}
