package org.attest.ui.agreement;

import java.util.ArrayList;
import java.util.List;

import org.attest.agreement.AgreementResult;
import org.attest.agreement.corpus.LabelAgreement;
import org.attest.ui.colors.ColorCache;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;

/** One horizontal bar per label, as long as the label's agreement on a 0 to 1 scale, with the value printed. */
final class LabelBars {

    /** One bar: the label, its value (NaN when undefined) and the note that explains it. */
    record Bar(String label, double value, String note) {
    }

    private static final int MAX_ROW = 28;
    private static final int VALUE_WIDTH = 56;

    private final Canvas canvas;
    private final ColorCache colors;
    private List<Bar> bars = List.of();
    private String measure = "";

    LabelBars(Composite parent) {
        canvas = new Canvas(parent, SWT.DOUBLE_BUFFERED);
        colors = new ColorCache(canvas);
        canvas.addListener(SWT.Paint, e -> paint(e.gc));
        canvas.addListener(SWT.MouseMove, e -> canvas.setToolTipText(tooltip(e.y)));
    }

    /** Returns the control to lay out. */
    Control control() {
        return canvas;
    }

    /** Shows each label's result for the measure with key {@code measure}; labels without it show a dash. */
    void show(List<LabelAgreement> labels, String measure) {
        this.measure = measure;
        List<Bar> next = new ArrayList<>();
        for (LabelAgreement label : labels) {
            AgreementResult result = label.results().get(measure);
            next.add(result == null
                    ? new Bar(label.label(), Double.NaN, Figures.name(measure) + " is not measured for this label")
                    : new Bar(label.label(), result.value(), result.note()));
        }
        bars = List.copyOf(next);
        canvas.redraw();
    }

    /** Returns the bars shown, top to bottom. */
    List<Bar> bars() {
        return bars;
    }

    private int row(GC gc) {
        int text = gc.getFontMetrics().getHeight() + 4;
        int available = canvas.getClientArea().height - 4 - text;
        return Math.max(text, Math.min(MAX_ROW, bars.isEmpty() ? MAX_ROW : available / bars.size()));
    }

    private void paint(GC gc) {
        Rectangle area = canvas.getClientArea();
        gc.setBackground(canvas.getDisplay().getSystemColor(SWT.COLOR_LIST_BACKGROUND));
        gc.fillRectangle(area);
        gc.setAntialias(SWT.ON);
        gc.setTextAntialias(SWT.ON);
        if (bars.isEmpty()) {
            gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
            gc.drawText("No label of this layer was annotated in the counted documents.", 8, 8, true);
            return;
        }
        int labelWidth = 0;
        for (Bar bar : bars) {
            labelWidth = Math.max(labelWidth, gc.textExtent(bar.label()).x);
        }
        labelWidth += 10;
        int row = row(gc);
        int trackWidth = Math.max(40, area.width - labelWidth - VALUE_WIDTH - 8);
        for (int i = 0; i < bars.size(); i++) {
            Bar bar = bars.get(i);
            int y = 2 + i * row;
            Point extent = gc.textExtent(bar.label());
            gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_LIST_FOREGROUND));
            gc.drawText(bar.label(), labelWidth - 8 - extent.x, y + (row - extent.y) / 2, true);
            int barHeight = Math.max(6, row - 8);
            int barY = y + (row - barHeight) / 2;
            gc.setBackground(canvas.getDisplay().getSystemColor(SWT.COLOR_WIDGET_BACKGROUND));
            gc.fillRectangle(labelWidth, barY, trackWidth, barHeight);
            if (!Double.isNaN(bar.value())) {
                // a value at or below zero keeps a red stub, so it does not read as "not measured"
                int length = Math.max(3, (int) Math.round(trackWidth * Math.max(0, Math.min(1, bar.value()))));
                gc.setBackground(Figures.color(colors, bar.value()));
                gc.fillRectangle(labelWidth, barY, length, barHeight);
            }
            String value = Figures.number(bar.value());
            gc.setForeground(canvas.getDisplay()
                    .getSystemColor(Double.isNaN(bar.value()) ? SWT.COLOR_DARK_GRAY : SWT.COLOR_LIST_FOREGROUND));
            Point valueExtent = gc.textExtent(value);
            gc.drawText(value, labelWidth + trackWidth + 6, y + (row - valueExtent.y) / 2, true);
        }
        int bottom = 2 + bars.size() * row;
        for (double tick : new double[]{0, 0.5, 1.0}) {
            int x = labelWidth + (int) Math.round(trackWidth * tick);
            gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_GRAY));
            gc.setLineStyle(SWT.LINE_DOT);
            gc.drawLine(x, 2, x, bottom);
            String label = tick == 0 ? "0" : tick == 1 ? "1" : "0.5";
            gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
            gc.drawText(label, x - gc.textExtent(label).x / 2, bottom + 2, true);
        }
        gc.setLineStyle(SWT.LINE_SOLID);
    }

    private String tooltip(int mouseY) {
        if (bars.isEmpty()) {
            return null;
        }
        GC gc = new GC(canvas);
        int row;
        try {
            row = row(gc);
        } finally {
            gc.dispose();
        }
        int index = (mouseY - 2) / row;
        if (mouseY < 2 || index >= bars.size()) {
            return null;
        }
        Bar bar = bars.get(index);
        String text = bar.label() + ": " + Figures.name(measure) + " " + Figures.number(bar.value());
        return bar.note().isEmpty() ? text : text + "\n" + bar.note();
    }
}
