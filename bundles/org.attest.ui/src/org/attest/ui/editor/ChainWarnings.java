package org.attest.ui.editor;

import java.util.ArrayList;
import java.util.List;

import org.attest.claims.ChainProblem;
import org.attest.claims.Chains;
import org.attest.ui.colors.ColorCache;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.events.PaintEvent;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;

/**
 * What is wrong with the document's attribution chains, as {@code attest validate} reports it: listed under the
 * relations, each problem's claim or source underlined with a wave in the text, a click on a row going to it.
 */
public final class ChainWarnings {

    private static final int WAVE = 2;
    private final AnnotationEditor editor;
    private final StyledText text;
    private final Label title;
    private final Table table;
    private final Color wave;
    private List<ChainProblem> problems = List.of();

    ChainWarnings(Composite parent, AnnotationEditor editor, StyledText text, ColorCache colors) {
        this.editor = editor;
        this.text = text;
        this.wave = colors.color("#dc2626");
        title = new Label(parent, SWT.NONE);
        title.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        table = new Table(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
        GridData data = new GridData(SWT.FILL, SWT.FILL, true, false);
        data.heightHint = 90;
        table.setLayoutData(data);
        new TableColumn(table, SWT.NONE).setWidth(900);
        table.addListener(SWT.MouseHover, e -> {
            // the list is narrow beside the text: the whole warning shows as the hovered row's tooltip
            TableItem item = table.getItem(new org.eclipse.swt.graphics.Point(e.x, e.y));
            table.setToolTipText(item == null ? null : item.getText());
        });
        table.addListener(SWT.Selection, e -> {
            int i = table.getSelectionIndex();
            if (i >= 0) {
                ChainProblem p = problems.get(i);
                editor.reveal(p.begin(), p.end());
            }
        });
        text.addPaintListener(this::paint);
        text.setData(ChainWarnings.class.getName(), this);
        show();
    }

    /** Re-reads the chains of the editor's CAS, with the registry's names, and shows what is wrong with them. */
    void refresh() {
        problems = Chains.read(editor.cas(), editor.schema(), editor.store().corpus().getEntities()).problems();
        show();
    }

    /** Returns the chain warnings listed beside {@code text}, an annotation editor's text, in validate's words. */
    public static List<String> listedBeside(StyledText text) {
        return ((ChainWarnings) text.getData(ChainWarnings.class.getName())).shown();
    }

    /** Returns the warnings as listed, each in the words {@code attest validate} uses without the document. */
    List<String> shown() {
        List<String> result = new ArrayList<>();
        problems.forEach(p -> result.add(p.describe()));
        return result;
    }

    /** Returns the warnings about the claim or source at {@code offset}, for the text's tooltip. */
    List<String> at(int offset) {
        List<String> result = new ArrayList<>();
        problems.stream().filter(p -> p.begin() <= offset && offset < p.end()).forEach(p -> result.add(p.describe()));
        return result;
    }

    private void show() {
        title.setText(problems.isEmpty() ? "Chain warnings: none" : "Chain warnings (" + problems.size() + ")");
        table.removeAll();
        for (ChainProblem p : problems) {
            new TableItem(table, SWT.NONE).setText(p.describe());
        }
        text.redraw();
    }

    private void paint(PaintEvent e) {
        if (problems.isEmpty() || text.getCharCount() == 0) {
            return;
        }
        int top = text.getOffsetAtLine(text.getLineIndex(0));
        int lastLine = Math.min(text.getLineCount() - 1, text.getLineIndex(text.getClientArea().height) + 1);
        int bottom = text.getOffsetAtLine(lastLine) + text.getLine(lastLine).length();
        GC gc = e.gc;
        gc.setForeground(wave);
        gc.setLineWidth(1);
        for (ChainProblem p : problems) {
            int b = Math.max(p.begin(), top);
            int end = Math.min(Math.min(p.end(), bottom), text.getCharCount());
            if (b < end) {
                underline(gc, b, end);
            }
        }
    }

    // one wave per visual line the range covers, along the bottom of the glyphs, above the span bars
    private void underline(GC gc, int begin, int end) {
        int pos = begin;
        while (pos < end) {
            int lo = VisualLines.lastOnLine(text, pos, end);
            Rectangle r = text.getTextBounds(pos, lo);
            zigzag(gc, r.x, r.x + r.width, r.y + r.height - WAVE - 1);
            pos = lo + 1;
        }
    }

    private static void zigzag(GC gc, int left, int right, int y) {
        int[] points = new int[((right - left) / WAVE + 2) * 2];
        int n = 0;
        for (int x = left; x <= right && n + 1 < points.length; x += WAVE) {
            points[n++] = x;
            points[n++] = y + ((x - left) / WAVE % 2 == 0 ? 0 : WAVE);
        }
        gc.drawPolyline(java.util.Arrays.copyOf(points, n));
    }
}
