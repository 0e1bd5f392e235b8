package org.attest.ui.curation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.attest.diff.Position;
import org.attest.ui.colors.ColorCache;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.events.PaintEvent;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Composite;

/**
 * The document text with a lane per annotator and one for the gold under every line: each annotation a box in its
 * lane, labelled and coloured as the schema says, the current item outlined in all lanes and highlighted in the text.
 */
final class LaneView {

    /** Room left of the text for the lane captions. */
    static final int GUTTER = 78;
    private static final int GAP = 10;

    private final StyledText text;
    private final Font small;
    private final Font bold;
    private final int rowHeight;
    private final ColorCache colors;
    private final List<Hit> hits = new ArrayList<>();
    private List<Lane> lanes = List.of();
    private Position current;

    /** A box painted for an item, so that a click can find the item. */
    private record Hit(Rectangle box, Position position) {
    }

    LaneView(Composite parent) {
        text = new StyledText(parent, SWT.V_SCROLL | SWT.WRAP | SWT.READ_ONLY | SWT.BORDER);
        text.setLeftMargin(GUTTER);
        text.setRightMargin(10);
        text.setTopMargin(6);
        colors = new ColorCache(text);
        FontData data = text.getFont().getFontData()[0];
        small = new Font(text.getDisplay(), data.getName(), Math.max(7, data.getHeight() - 2), SWT.NORMAL);
        bold = new Font(text.getDisplay(), data.getName(), Math.max(7, data.getHeight() - 2), SWT.BOLD);
        GC gc = new GC(text);
        gc.setFont(small);
        rowHeight = gc.getFontMetrics().getHeight() + 4;
        gc.dispose();
        text.addPaintListener(this::paint);
        text.addDisposeListener(e -> {
            small.dispose();
            bold.dispose();
        });
    }

    /** Returns the text widget, which takes the keys and clicks. */
    StyledText widget() {
        return text;
    }

    /** Shows {@code lanes}, making room for all of them under every line. */
    void setLanes(List<Lane> newLanes) {
        lanes = List.copyOf(newLanes);
        // one spacing for every line: a per-line spacing provider makes StyledText measure lines while painting, which
        // repaints forever when the painter asks for text bounds
        text.setLineSpacing(lanesHeight() + GAP);
        text.redraw();
    }

    /** Returns the captions of the lanes, top to bottom. */
    List<String> captions() {
        return lanes.stream().map(Lane::caption).toList();
    }

    /** Returns the labels the lane of {@code caption} shows at {@code position}. */
    List<String> labelsAt(String caption, Position position) {
        return lanes.stream().filter(l -> l.caption().equals(caption)).flatMap(l -> l.chips().stream())
                .filter(c -> c.position().equals(position)).map(Chip::label).toList();
    }

    /** Outlines {@code position} in every lane and highlights its text (and a relation's to-span). */
    void setCurrent(Position position) {
        current = position;
        List<StyleRange> ranges = new ArrayList<>();
        if (position != null) {
            ranges.add(background(position.begin(), position.end(), "#fff0a0"));
            if (position.isRelation()) {
                ranges.add(background(position.toBegin(), position.toEnd(), "#d8ecff"));
            }
            ranges.sort((a, b) -> Integer.compare(a.start, b.start));
        }
        text.setStyleRanges(ranges.toArray(StyleRange[]::new));
        text.redraw();
    }

    /** Scrolls so that {@code offset} and the lanes under its line are in view, a third down from the top. */
    void reveal(int offset) {
        if (text.getCharCount() == 0) {
            return;
        }
        Rectangle r = text.getTextBounds(clamp(offset), clamp(offset));
        int client = text.getClientArea().height;
        if (r.y < 0 || r.y + r.height + lanesHeight() > client) {
            text.setTopPixel(Math.max(0, text.getTopPixel() + r.y - client / 3));
        }
    }

    /** Returns whether {@code offset} and the lanes under it are inside the visible area. */
    boolean isVisible(int offset) {
        Rectangle r = text.getTextBounds(clamp(offset), clamp(offset));
        return r.y >= 0 && r.y + r.height + lanesHeight() <= text.getClientArea().height;
    }

    /** Returns the position of the box at a point, if a lane box was painted there. */
    Position positionAt(int x, int y) {
        for (Hit hit : hits) {
            if (hit.box.contains(x, y)) {
                return hit.position;
            }
        }
        return null;
    }

    private int lanesHeight() {
        return lanes.stream().mapToInt(l -> l.rows() * rowHeight).sum() + 2;
    }

    private int clamp(int offset) {
        return Math.max(0, Math.min(offset, text.getCharCount() - 1));
    }

    private StyleRange background(int begin, int end, String hex) {
        int b = Math.max(0, Math.min(begin, text.getCharCount()));
        StyleRange range = new StyleRange(b, Math.max(0, Math.min(end, text.getCharCount()) - b), null,
                colors.color(hex));
        range.fontStyle = SWT.BOLD;
        return range;
    }

    private void paint(PaintEvent e) {
        hits.clear();
        if (text.getCharCount() == 0 || lanes.isEmpty()) {
            return;
        }
        int topLine = Math.max(0, text.getLineIndex(0) - 1);
        int lastLine = Math.min(text.getLineCount() - 1, text.getLineIndex(text.getClientArea().height) + 1);
        int from = text.getOffsetAtLine(topLine);
        int to = text.getOffsetAtLine(lastLine) + text.getLine(lastLine).length();
        GC gc = e.gc;
        gc.setFont(small);
        java.util.SortedSet<Integer> rowsUsed = new java.util.TreeSet<>();
        int laneTop = 0;
        for (Lane lane : lanes) {
            List<Chip> visible = new ArrayList<>();
            for (Chip chip : lane.chips()) {
                if (chip.begin() <= to && chip.end() >= from) {
                    visible.add(chip);
                }
            }
            // right to left, so each label knows where the next box on its row starts and stops before it
            Map<Integer, Integer> limits = new HashMap<>();
            for (int i = visible.size() - 1; i >= 0; i--) {
                paintChip(gc, visible.get(i), laneTop, limits, rowsUsed);
            }
            laneTop += lane.rows() * rowHeight;
        }
        paintCaptions(gc, rowsUsed);
    }

    private void paintChip(GC gc, Chip chip, int laneTop, Map<Integer, Integer> limits,
            java.util.Set<Integer> rowsUsed) {
        int pos = Math.min(chip.begin(), text.getCharCount() - 1);
        int end = Math.min(chip.end(), text.getCharCount());
        boolean first = true;
        do {
            Rectangle line = text.getTextBounds(pos, pos);
            int lo = org.attest.ui.editor.VisualLines.lastOnLine(text, pos, end);
            Rectangle r = end > pos ? text.getTextBounds(pos, lo) : new Rectangle(line.x, line.y, 3, line.height);
            if (end <= pos || !text.getText(pos, lo).isBlank()) {
                int y = r.y + r.height + 3 + laneTop + chip.level() * rowHeight;
                rowsUsed.add(r.y + r.height + 3);
                paintBox(gc, chip, new Rectangle(r.x, y, Math.max(3, r.width), rowHeight - 2), first, limits);
                first = false;
            }
            pos = lo + 1;
        } while (pos < end);
    }

    private void paintBox(GC gc, Chip chip, Rectangle box, boolean labelled, Map<Integer, Integer> limits) {
        String label = ItemTexts.shorten(chip.label(), 48);
        Point extent = gc.textExtent(label);
        int limit = limits.getOrDefault(box.y, Integer.MAX_VALUE) - 2;
        int width = labelled ? Math.max(box.width, Math.min(extent.x + 6, limit - box.x)) : box.width;
        Rectangle shown = new Rectangle(box.x, box.y, Math.max(3, width), box.height);
        limits.put(box.y, box.x);
        Color color = colors.color(chip.color());
        boolean isCurrent = chip.position().equals(current);
        switch (chip.kind()) {
            case ANNOTATION -> {
                gc.setBackground(color);
                gc.fillRoundRectangle(shown.x, shown.y, shown.width, shown.height, 5, 5);
                gc.setForeground(
                        text.getDisplay().getSystemColor(luminance(color) > 140 ? SWT.COLOR_BLACK : SWT.COLOR_WHITE));
            }
            case OPEN -> {
                gc.setForeground(color);
                gc.setLineStyle(SWT.LINE_DASH);
                gc.drawRectangle(shown.x, shown.y, shown.width - 1, shown.height - 1);
                gc.setLineStyle(SWT.LINE_SOLID);
            }
            case REJECTED -> gc.setForeground(color);
        }
        if (labelled) {
            Rectangle clip = gc.getClipping();
            gc.setClipping(shown.intersection(clip));
            gc.drawText(label, shown.x + 3, shown.y + 1, true);
            gc.setClipping(clip);
        }
        if (isCurrent) {
            gc.setForeground(text.getDisplay().getSystemColor(SWT.COLOR_BLACK));
            gc.setLineWidth(2);
            gc.drawRoundRectangle(shown.x - 1, shown.y - 1, shown.width + 1, shown.height + 1, 5, 5);
            gc.setLineWidth(1);
        }
        hits.add(new Hit(shown, chip.position()));
    }

    // the lane captions beside each line that has boxes, and a rule above the gold lane
    private void paintCaptions(GC gc, Iterable<Integer> rows) {
        Color grey = text.getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY);
        Color rule = colors.color("#d0d0d0");
        int right = text.getClientArea().width - 8;
        for (int top : rows) {
            int y = top;
            for (Lane lane : lanes) {
                if (lane.gold()) {
                    gc.setForeground(rule);
                    gc.drawLine(6, y - 1, right, y - 1);
                }
                gc.setFont(lane.gold() ? bold : small);
                gc.setForeground(grey);
                gc.drawText(ItemTexts.shorten(lane.caption(), 11), 6, y + 1, true);
                y += lane.rows() * rowHeight;
            }
        }
        gc.setFont(small);
    }

    private static int luminance(Color c) {
        return (c.getRed() * 299 + c.getGreen() * 587 + c.getBlue() * 114) / 1000;
    }
}
