package org.attest.ui.editor;

import java.util.Set;
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

/** Draws spans brat-style: a coloured bar under the text per stacking level, the label above the span's start. */
final class SpanPainter {

    /** Vertical room between lines: labels of a line above it, bars of the line above below that line. */
    static final int LINE_SPACING = 24;
    private static final int BAR = 2;
    private static final int BAR_STEP = 3;

    private final StyledText text;
    private final ColorCache colors;
    private final Font labelFont;
    private final Function<AnnotationFS, Layer> layerOf;
    private final Function<AnnotationFS, String> labelOf;
    private SpanLayout layout = new SpanLayout(java.util.List.of());
    private AnnotationFS selected;
    private Set<AnnotationFS> highlighted = Set.of();
    private final java.util.List<Rectangle> labelsPainted = new java.util.ArrayList<>();

    SpanPainter(StyledText text, ColorCache colors, Function<AnnotationFS, Layer> layerOf,
            Function<AnnotationFS, String> labelOf) {
        this.text = text;
        this.colors = colors;
        this.layerOf = layerOf;
        this.labelOf = labelOf;
        FontData data = text.getFont().getFontData()[0];
        this.labelFont = new Font(text.getDisplay(), data.getName(), Math.max(7, data.getHeight() - 3), SWT.BOLD);
        text.setLineSpacing(LINE_SPACING);
        text.setTopMargin(LINE_SPACING - 8);
        text.addPaintListener(this::paint);
        text.addDisposeListener(e -> labelFont.dispose());
    }

    void setLayout(SpanLayout layout) {
        this.layout = layout;
    }

    void setSelected(AnnotationFS selected) {
        this.selected = selected;
    }

    void setHighlighted(Set<AnnotationFS> highlighted) {
        this.highlighted = highlighted;
    }

    private void paint(PaintEvent e) {
        if (text.getCharCount() == 0) {
            return;
        }
        int top = text.getOffsetAtLine(Math.max(0, text.getLineIndex(0) - 1));
        int lastLine = Math.min(text.getLineCount() - 1, text.getLineIndex(text.getClientArea().height) + 1);
        int bottom = text.getOffsetAtLine(lastLine) + text.getLine(lastLine).length();
        GC gc = e.gc;
        gc.setFont(labelFont);
        labelsPainted.clear();
        for (AnnotationFS span : layout.between(top, bottom)) {
            paintSpan(gc, span);
        }
    }

    private void paintSpan(GC gc, AnnotationFS span) {
        Layer layer = layerOf.apply(span);
        if (layer == null) {
            return;
        }
        String label = labelOf.apply(span);
        Color color = colors.color(layer, label);
        int level = layout.level(span);
        boolean first = true;
        int pos = span.getBegin();
        int end = Math.min(span.getEnd(), text.getCharCount());
        if (end <= pos) {
            Rectangle r = text.getTextBounds(Math.min(pos, text.getCharCount() - 1),
                    Math.min(pos, text.getCharCount() - 1));
            gc.setBackground(color);
            gc.fillRectangle(r.x - 1, r.y, 2, r.height);
            return;
        }
        while (pos < end) {
            // one segment per visual line: wrapped paragraphs need their own bars, not one box around both lines
            int lo = VisualLines.lastOnLine(text, pos, end);
            Rectangle r = text.getTextBounds(pos, lo);
            if (r.width > 0 && !text.getText(pos, lo).isBlank()) {
                paintSegment(gc, span, color, level, r);
                if (first && label != null) {
                    paintLabel(gc, label, color, r.x, r.y);
                    first = false;
                }
            }
            pos = lo + 1;
        }
    }

    private void paintSegment(GC gc, AnnotationFS span, Color color, int level, Rectangle r) {
        gc.setBackground(color);
        gc.fillRectangle(r.x, r.y + r.height + 1 + level * BAR_STEP, r.width, BAR);
        if (span == selected) {
            gc.setAlpha(70);
            gc.fillRectangle(r.x, r.y, r.width, r.height);
            gc.setAlpha(255);
            gc.setForeground(text.getDisplay().getSystemColor(SWT.COLOR_BLACK));
            gc.drawRectangle(r.x - 1, r.y - 1, r.width + 1, r.height + 1);
        }
        if (highlighted.contains(span)) {
            gc.setForeground(color);
            gc.setLineWidth(2);
            gc.drawRectangle(r.x - 1, r.y - 1, r.width + 1, r.height + 1);
            gc.setLineWidth(1);
        }
    }

    private void paintLabel(GC gc, String label, Color color, int x, int y) {
        String shown = label.length() > 14 ? label.substring(0, 13) + "…" : label;
        var extent = gc.textExtent(shown);
        Rectangle box = new Rectangle(x, y - extent.y - 1, extent.x + 4, extent.y);
        // labels of spans starting at the same place (nested spans) move right instead of covering each other
        boolean moved = true;
        while (moved) {
            moved = false;
            for (Rectangle other : labelsPainted) {
                if (other.intersects(box)) {
                    box.x = other.x + other.width + 2;
                    moved = true;
                }
            }
        }
        labelsPainted.add(box);
        gc.setBackground(color);
        gc.fillRoundRectangle(box.x, box.y, box.width, box.height, 4, 4);
        gc.setForeground(text.getDisplay().getSystemColor(luminance(color) > 140 ? SWT.COLOR_BLACK : SWT.COLOR_WHITE));
        gc.drawText(shown, box.x + 2, box.y, true);
    }

    private static int luminance(Color c) {
        return (c.getRed() * 299 + c.getGreen() * 587 + c.getBlue() * 114) / 1000;
    }
}
