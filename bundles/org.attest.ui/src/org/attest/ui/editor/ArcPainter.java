package org.attest.ui.editor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.apache.uima.cas.text.AnnotationFS;
import org.attest.model.Layer;
import org.attest.ui.colors.ColorCache;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.events.PaintEvent;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Rectangle;

/**
 * Draws the relations as labelled arcs above the text lines (the {@link ArcLayout}), makes room for them with extra
 * spacing above the lines that carry arcs, and tells which relation is under the mouse.
 */
final class ArcPainter {

    /**
     * Lines of text around the visible ones whose arcs are laid out, so that scrolling a little needs no new layout.
     */
    private static final int MARGIN_LINES = 100;
    private static final int SPAN_LABEL_ROOM = 16;

    private final StyledText text;
    private final ColorCache colors;
    private final Font labelFont;
    private final Function<AnnotationFS, Layer> layerOf;
    private final int step;
    private List<ArcLayout.Arc> arcs = List.of();
    private ArcLayout layout = new ArcLayout(List.of(), null);
    private int firstLine = -1;
    private int lastLine = -1;
    private AnnotationFS selected;
    private Map<Integer, Integer> room = Map.of();
    private final Map<AnnotationFS, Rectangle> labels = new IdentityHashMap<>();
    private final List<Hit> bars = new ArrayList<>();

    private record Hit(AnnotationFS relation, Rectangle area) {
    }

    ArcPainter(StyledText text, ColorCache colors, Function<AnnotationFS, Layer> layerOf) {
        this.text = text;
        this.colors = colors;
        this.layerOf = layerOf;
        FontData data = text.getFont().getFontData()[0];
        this.labelFont = new Font(text.getDisplay(), data.getName(), Math.max(7, data.getHeight() - 3), SWT.NORMAL);
        GC gc = new GC(text);
        gc.setFont(labelFont);
        this.step = gc.getFontMetrics().getHeight() + 3;
        gc.dispose();
        text.addPaintListener(this::paint);
        text.addListener(SWT.Resize, e -> relayoutLater());
        text.addDisposeListener(e -> labelFont.dispose());
    }

    /** Shows {@code newArcs} from now on. */
    void setArcs(List<ArcLayout.Arc> newArcs) {
        if (newArcs.isEmpty() && arcs.isEmpty()) {
            return;
        }
        this.arcs = List.copyOf(newArcs);
        relayout();
    }

    /** Marks {@code relation} (or nothing) as the selected one. */
    void setSelected(AnnotationFS relation) {
        this.selected = relation;
    }

    /** Returns the current layout of the arcs near the visible lines. */
    ArcLayout layout() {
        return layout;
    }

    /** Returns the relation whose arc or label is at ({@code x}, {@code y}) of the text, or null. */
    AnnotationFS relationAt(int x, int y) {
        for (Map.Entry<AnnotationFS, Rectangle> label : labels.entrySet()) {
            if (label.getValue().contains(x, y)) {
                return label.getKey();
            }
        }
        for (Hit bar : bars) {
            if (bar.area().contains(x, y)) {
                return bar.relation();
            }
        }
        return null;
    }

    /** Returns where the label of {@code relation} was last painted, in the text's coordinates, or null. */
    Rectangle labelBounds(AnnotationFS relation) {
        Rectangle r = labels.get(relation);
        return r == null ? null : new Rectangle(r.x, r.y, r.width, r.height);
    }

    private void relayoutLater() {
        text.getDisplay().asyncExec(() -> {
            if (!text.isDisposed()) {
                relayout();
            }
        });
    }

    private void relayout() {
        if (text.isDisposed() || text.getCharCount() == 0) {
            return;
        }
        firstLine = Math.max(0, text.getTopIndex() - MARGIN_LINES);
        lastLine = Math.min(text.getLineCount() - 1,
                text.getLineIndex(text.getClientArea().height) + MARGIN_LINES);
        int from = text.getOffsetAtLine(firstLine);
        int to = text.getOffsetAtLine(lastLine) + text.getLine(lastLine).length();
        List<ArcLayout.Arc> near = arcs.stream().filter(a -> within(a.fromBegin(), from, to)
                || within(a.toBegin(), from, to)).toList();
        GC gc = new GC(text);
        gc.setFont(labelFont);
        try {
            layout = new ArcLayout(near, new WidgetGeometry(gc));
        } finally {
            gc.dispose();
        }
        makeRoom();
        text.redraw();
    }

    private static boolean within(int offset, int from, int to) {
        return offset >= from && offset <= to;
    }

    // the room above a visual line is the spacing below the line before it: the model line's own spacing for a
    // wrapped continuation, the previous model line's for the first visual line, the top margin for the very first
    private void makeRoom() {
        Map<Integer, Integer> extra = new HashMap<>();
        WidgetGeometry geometry = new WidgetGeometry(null);
        for (ArcLayout.Segment s : layout.segments()) {
            int model = text.getLineAtOffset(s.anchor());
            boolean firstVisual = geometry.line(text.getOffsetAtLine(model)) == s.line();
            extra.merge(firstVisual ? model - 1 : model, layout.levels(s.line()) * step + 6, Math::max);
        }
        if (extra.equals(room)) {
            // a new provider makes the widget measure every line again, which costs seconds on a large document
            return;
        }
        room = extra;
        text.setTopMargin(SpanPainter.LINE_SPACING - 8 + extra.getOrDefault(-1, 0));
        text.setLineSpacingProvider(extra.isEmpty() ? null : line -> {
            Integer more = extra.get(line);
            return more == null ? null : SpanPainter.LINE_SPACING + more;
        });
    }

    private void paint(PaintEvent e) {
        labels.clear();
        bars.clear();
        if (text.getCharCount() == 0 || layout.segments().isEmpty()) {
            return;
        }
        int top = text.getTopIndex();
        int bottom = text.getLineIndex(text.getClientArea().height);
        if (top < firstLine || bottom > lastLine) {
            relayoutLater();
        }
        GC gc = e.gc;
        gc.setFont(labelFont);
        gc.setAntialias(SWT.ON);
        int height = text.getClientArea().height;
        for (ArcLayout.Segment s : layout.segments()) {
            int lineTop = text.getLocationAtOffset(s.anchor()).y;
            if (lineTop > -step && lineTop < height + step * (layout.levels(s.line()) + 2)) {
                paintSegment(gc, s, lineTop);
            }
        }
    }

    private void paintSegment(GC gc, ArcLayout.Segment s, int lineTop) {
        AnnotationFS relation = s.arc().relation();
        Layer layer = layerOf.apply(relation);
        Color color = layer == null
                ? text.getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY)
                : colors.color(layer, null);
        int legBottom = lineTop - SPAN_LABEL_ROOM;
        int barY = legBottom - 4 - s.level() * step - step / 2;
        boolean chosen = relation == selected;
        gc.setForeground(chosen ? text.getDisplay().getSystemColor(SWT.COLOR_BLACK) : color);
        gc.setLineWidth(chosen ? 3 : 1);
        int r = 4;
        int x1 = s.x1();
        int x2 = s.x2();
        List<Integer> points = new ArrayList<>();
        if (!s.openLeft()) {
            points.addAll(List.of(x1, legBottom, x1, barY + r, x1 + r, barY));
        } else {
            points.addAll(List.of(x1, barY));
        }
        if (!s.openRight()) {
            points.addAll(List.of(x2 - r, barY, x2, barY + r, x2, legBottom));
        } else {
            points.addAll(List.of(x2, barY));
        }
        gc.drawPolyline(points.stream().mapToInt(Integer::intValue).toArray());
        gc.setBackground(gc.getForeground());
        if (s.arrowLeft()) {
            gc.fillPolygon(new int[]{x1 - 4, legBottom - 6, x1 + 4, legBottom - 6, x1, legBottom});
        }
        if (s.arrowRight()) {
            gc.fillPolygon(new int[]{x2 - 4, legBottom - 6, x2 + 4, legBottom - 6, x2, legBottom});
        }
        gc.setLineWidth(1);
        bars.add(new Hit(relation, new Rectangle(x1, barY - 3, x2 - x1, 7)));
        paintLabel(gc, s, barY, color, chosen);
    }

    private void paintLabel(GC gc, ArcLayout.Segment s, int barY, Color color, boolean chosen) {
        String label = s.arc().label();
        int h = gc.getFontMetrics().getHeight();
        Rectangle box = new Rectangle(s.labelX() - s.labelWidth() / 2, barY - h / 2, s.labelWidth(), h);
        gc.setBackground(chosen ? color : text.getBackground());
        gc.fillRoundRectangle(box.x, box.y, box.width, box.height, 6, 6);
        gc.setForeground(chosen ? text.getDisplay().getSystemColor(SWT.COLOR_WHITE) : color);
        gc.drawRoundRectangle(box.x, box.y, box.width - 1, box.height - 1, 6, 6);
        gc.drawText(label, box.x + 4, box.y, true);
        labels.putIfAbsent(s.arc().relation(), box);
    }

    /** The text widget as the layout sees it; a visual line's key is its y in the whole text. */
    private final class WidgetGeometry implements ArcLayout.Geometry {

        private final GC gc;

        WidgetGeometry(GC gc) {
            this.gc = gc;
        }

        @Override
        public int line(int offset) {
            return text.getLocationAtOffset(Math.min(offset, text.getCharCount())).y + text.getTopPixel();
        }

        @Override
        public int x(int offset) {
            return text.getLocationAtOffset(Math.min(offset, text.getCharCount())).x;
        }

        @Override
        public int left() {
            return text.getLeftMargin();
        }

        @Override
        public int right() {
            return text.getClientArea().width - text.getRightMargin();
        }

        @Override
        public int labelWidth(String label) {
            return gc.textExtent(label).x + 8;
        }
    }
}
