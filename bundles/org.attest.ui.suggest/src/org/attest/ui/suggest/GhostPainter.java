package org.attest.ui.suggest;

import java.util.function.Function;

import org.attest.model.Layer;
import org.attest.suggest.api.Suggestion;
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
 * Paints ghost spans over the editor's text: a dashed outline in the layer's colour around each visual line of a
 * suggestion, its label and score in small italics above its start, the current one with a thicker outline.
 */
final class GhostPainter {

    private final StyledText text;
    private final GhostSuggestions ghosts;
    private final ColorCache colors;
    private final Function<String, Layer> layerNamed;
    private final Font font;
    // where the last label drawn in this paint ends, so that the next one on its line starts after it
    private int labelRight;
    private int labelY;

    /** Paints the suggestions of {@code ghosts} on {@code text}, coloured by the layer {@code layerNamed} gives. */
    GhostPainter(StyledText text, GhostSuggestions ghosts, Function<String, Layer> layerNamed) {
        this.text = text;
        this.ghosts = ghosts;
        this.colors = new ColorCache(text);
        this.layerNamed = layerNamed;
        FontData data = text.getFont().getFontData()[0];
        this.font = new Font(text.getDisplay(), data.getName(), Math.max(7, data.getHeight() - 3), SWT.ITALIC);
        text.addDisposeListener(e -> font.dispose());
        text.addPaintListener(this::paint);
    }

    private void paint(PaintEvent e) {
        int chars = text.getCharCount();
        if (chars == 0 || ghosts.shown().isEmpty()) {
            return;
        }
        // the lines on screen only: measuring a line the text has not laid out costs it a layout per call
        int first = text.getLineIndex(0);
        int last = Math.min(text.getLineCount() - 1, text.getLineIndex(text.getClientArea().height));
        int top = text.getOffsetAtLine(first);
        int bottom = text.getOffsetAtLine(last) + text.getLine(last).length();
        GC gc = e.gc;
        gc.setLineStyle(SWT.LINE_DASH);
        labelRight = Integer.MIN_VALUE;
        labelY = Integer.MIN_VALUE;
        for (Suggestion s : ghosts.between(top, bottom)) {
            if (s.end() <= chars && s.end() > s.begin()) {
                paint(gc, s);
            }
        }
        gc.setLineStyle(SWT.LINE_SOLID);
        gc.setLineWidth(1);
    }

    private void paint(GC gc, Suggestion s) {
        Layer layer = layerNamed.apply(s.layer());
        Color color = layer == null ? text.getForeground() : colors.color(layer, s.label());
        gc.setForeground(color);
        gc.setLineWidth(s.equals(ghosts.current()) ? 2 : 1);
        // one box per visual line: a suggestion wrapped over two lines gets two boxes, not one around both lines;
        // few bounds per box, as each one costs the text layout a measurement
        Rectangle whole = text.getTextBounds(s.begin(), s.end() - 1);
        if (whole.height <= text.getLineHeight(s.begin())) {
            gc.drawRectangle(whole.x - 1, whole.y - 1, whole.width + 1, whole.height + 1);
            label(gc, s, color, whole);
            return;
        }
        int pos = s.begin();
        while (pos < s.end()) {
            int last = org.attest.ui.editor.VisualLines.lastOnLine(text, pos, s.end());
            Rectangle r = text.getTextBounds(pos, last);
            gc.drawRectangle(r.x - 1, r.y - 1, r.width + 1, r.height + 1);
            if (pos == s.begin()) {
                label(gc, s, color, r);
            }
            pos = last + 1;
        }
    }

    private void label(GC gc, Suggestion s, Color color, Rectangle r) {
        String shown = (s.label() == null ? s.layer() : s.label()) + " " + Math.round(s.score() * 100) + "%";
        gc.setFont(font);
        var extent = gc.textExtent(shown);
        // above the span like the editor's labels, but unfilled and in italics: a proposal, not an annotation; labels
        // of suggestions that start at the same place (or close by) go side by side instead of over each other
        int y = r.y - extent.y - 1;
        int x = y == labelY ? Math.max(r.x, labelRight + 4) : r.x;
        gc.setForeground(color);
        gc.drawText(shown, x, y, SWT.DRAW_TRANSPARENT);
        labelRight = x + extent.x;
        labelY = y;
    }
}
