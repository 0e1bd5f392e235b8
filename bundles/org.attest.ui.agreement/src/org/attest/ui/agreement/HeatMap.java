package org.attest.ui.agreement;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.attest.agreement.AgreementResult;
import org.attest.agreement.corpus.AgreementRequest;
import org.attest.agreement.corpus.PairAgreement;
import org.attest.agreement.measures.spanf1.SpanF1Result;
import org.attest.ui.colors.ColorCache;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;

/** A square grid of annotator pairs, each cell coloured red to green by the pair's agreement and showing the value. */
final class HeatMap {

    private static final int GAP = 2;
    private static final int MAX_CELL = 88;

    private final Canvas canvas;
    private final ColorCache colors;
    private final Font bold;
    private List<String> annotators = List.of();
    private final Map<String, Double> values = new TreeMap<>();
    private final Map<String, String> notes = new TreeMap<>();
    private String measure = AgreementRequest.COHEN;

    HeatMap(Composite parent) {
        canvas = new Canvas(parent, SWT.DOUBLE_BUFFERED);
        colors = new ColorCache(canvas);
        FontData data = parent.getFont().getFontData()[0];
        bold = new Font(parent.getDisplay(), data.getName(), data.getHeight(), SWT.BOLD);
        canvas.addListener(SWT.Dispose, e -> bold.dispose());
        canvas.addListener(SWT.Paint, e -> paint(e.gc));
        canvas.addListener(SWT.MouseMove, e -> canvas.setToolTipText(tooltip(e.x, e.y)));
    }

    /** Returns the control to lay out. */
    Control control() {
        return canvas;
    }

    /**
     * Shows the pairs of {@code annotators} by the measure with key {@code measure} (cohen, f1-exact or f1-overlap).
     */
    void show(List<String> annotators, List<PairAgreement> pairs, String measure) {
        this.annotators = List.copyOf(annotators);
        this.measure = measure;
        values.clear();
        notes.clear();
        for (PairAgreement pair : pairs) {
            double value = Double.NaN;
            String note = "";
            if (AgreementRequest.COHEN.equals(measure) && pair.cohen() != null) {
                AgreementResult cohen = pair.cohen();
                value = cohen.value();
                note = cohen.note();
            } else if (!AgreementRequest.COHEN.equals(measure)) {
                SpanF1Result f1 = AgreementRequest.F1_EXACT.equals(measure) ? pair.exact() : pair.overlap();
                if (f1 != null) {
                    value = f1.f1();
                    note = f1.note();
                }
            }
            values.put(key(pair.first(), pair.second()), value);
            notes.put(key(pair.first(), pair.second()), note);
        }
        canvas.redraw();
    }

    /** Returns the value shown in the cell of {@code first} and {@code second} (either order); NaN when undefined. */
    double value(String first, String second) {
        Double value = values.get(key(first, second));
        return value == null ? Double.NaN : value;
    }

    /** Returns the annotators on the axes, in order. */
    List<String> annotators() {
        return annotators;
    }

    private static String key(String a, String b) {
        return a.compareTo(b) <= 0 ? a + "\u0000" + b : b + "\u0000" + a;
    }

    private int labelWidth(GC gc) {
        int width = 0;
        for (String a : annotators) {
            width = Math.max(width, gc.textExtent(a).x);
        }
        return width + 8;
    }

    private int cell(GC gc, Rectangle area) {
        int n = Math.max(1, annotators.size());
        int labels = labelWidth(gc);
        int header = gc.getFontMetrics().getHeight() + 6;
        int legend = gc.getFontMetrics().getHeight() * 2 + 10;
        int size = Math.min((area.width - labels - 4) / n, (area.height - header - legend) / n);
        return Math.max(24, Math.min(MAX_CELL, size));
    }

    private void paint(GC gc) {
        Rectangle area = canvas.getClientArea();
        gc.setBackground(canvas.getDisplay().getSystemColor(SWT.COLOR_LIST_BACKGROUND));
        gc.fillRectangle(area);
        if (annotators.isEmpty()) {
            return;
        }
        gc.setAntialias(SWT.ON);
        gc.setTextAntialias(SWT.ON);
        int n = annotators.size();
        int size = cell(gc, area);
        int left = labelWidth(gc);
        int top = gc.getFontMetrics().getHeight() + 6;
        gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_LIST_FOREGROUND));
        for (int i = 0; i < n; i++) {
            String name = annotators.get(i);
            Point extent = gc.textExtent(name);
            gc.drawText(name, left + i * size + (size - extent.x) / 2, 2, true);
            gc.drawText(name, left - extent.x - 6, top + i * size + (size - extent.y) / 2, true);
        }
        gc.setFont(bold);
        for (int row = 0; row < n; row++) {
            for (int column = 0; column < n; column++) {
                int x = left + column * size;
                int y = top + row * size;
                boolean self = row == column;
                double value = self ? Double.NaN : value(annotators.get(row), annotators.get(column));
                gc.setBackground(self
                        ? canvas.getDisplay().getSystemColor(SWT.COLOR_WIDGET_BACKGROUND)
                        : Figures.color(colors, value));
                gc.fillRectangle(x, y, size - GAP, size - GAP);
                String text = self ? "" : Figures.number(value);
                Point extent = gc.textExtent(text);
                gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_BLACK));
                gc.drawText(text, x + (size - GAP - extent.x) / 2, y + (size - GAP - extent.y) / 2, true);
            }
        }
        gc.setFont(canvas.getFont());
        legend(gc, left, top + n * size + 8, Math.max(n * size - GAP, 120));
    }

    private void legend(GC gc, int x, int y, int width) {
        int steps = 40;
        int height = 8;
        for (int i = 0; i < steps; i++) {
            gc.setBackground(Figures.color(colors, i / (double) (steps - 1)));
            int from = x + i * width / steps;
            gc.fillRectangle(from, y, x + (i + 1) * width / steps - from, height);
        }
        gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
        String low = "\u2264 0";
        String high = "1";
        int textY = y + height + 2;
        gc.drawText(low, x, textY, true);
        gc.drawText(Figures.name(measure), x + (width - gc.textExtent(Figures.name(measure)).x) / 2, textY, true);
        gc.drawText(high, x + width - gc.textExtent(high).x, textY, true);
    }

    private String tooltip(int mouseX, int mouseY) {
        if (annotators.isEmpty()) {
            return null;
        }
        GC gc = new GC(canvas);
        try {
            int size = cell(gc, canvas.getClientArea());
            int column = Math.floorDiv(mouseX - labelWidth(gc), size);
            int row = Math.floorDiv(mouseY - gc.getFontMetrics().getHeight() - 6, size);
            if (row < 0 || column < 0 || row >= annotators.size() || column >= annotators.size() || row == column) {
                return null;
            }
            String a = annotators.get(row);
            String b = annotators.get(column);
            String note = notes.getOrDefault(key(a, b), "");
            return a + " \u00d7 " + b + ": " + Figures.name(measure) + " " + Figures.number(value(a, b))
                    + (note.isEmpty() ? "" : "\n" + note);
        } finally {
            gc.dispose();
        }
    }
}
