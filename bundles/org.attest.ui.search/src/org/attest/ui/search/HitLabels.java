package org.attest.ui.search;

import org.attest.search.SearchHit;
import org.eclipse.jface.viewers.StyledCellLabelProvider;
import org.eclipse.jface.viewers.StyledString;
import org.eclipse.jface.viewers.ViewerCell;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.widgets.Control;

/** The Search view's columns: document headings, hits in context with the match in bold, annotator, label, offsets. */
final class HitLabels extends StyledCellLabelProvider {

    /** What one column shows. */
    enum Column {
        CONTEXT, ANNOTATOR, LABEL, OFFSETS
    }

    private final Column column;
    private final Font bold;
    private final Color highlight;

    /** Creates the labels of {@code column} of the tree {@code control}. */
    HitLabels(Column column, Control control) {
        this.column = column;
        FontData[] data = control.getFont().getFontData();
        for (FontData d : data) {
            d.setStyle(SWT.BOLD);
        }
        this.bold = new Font(control.getDisplay(), data);
        this.highlight = new Color(255, 236, 150);
        control.addDisposeListener(e -> bold.dispose());
    }

    @Override
    public void update(ViewerCell cell) {
        Object element = cell.getElement();
        if (element instanceof DocumentHits document) {
            cell.setText(column == Column.CONTEXT ? document.heading() : "");
            cell.setStyleRanges(column == Column.CONTEXT
                    ? new StyleRange[]{bold(0, document.documentId().length(), null)}
                    : null);
        } else if (element instanceof SearchHit hit) {
            if (column == Column.CONTEXT) {
                StyledString context = new StyledString(hit.before());
                int start = context.length();
                context.append(hit.match());
                StyleRange match = bold(start, hit.match().length(), highlight);
                context.append(hit.after());
                cell.setText(context.getString());
                cell.setStyleRanges(new StyleRange[]{match});
            } else {
                cell.setText(text(hit, column));
                cell.setStyleRanges(null);
            }
        }
        super.update(cell);
    }

    private StyleRange bold(int start, int length, Color background) {
        StyleRange range = new StyleRange(start, length, null, background);
        range.font = bold;
        return range;
    }

    /** Returns what {@code column} shows for {@code hit}: an unset annotator or label stays empty. */
    static String text(SearchHit hit, Column column) {
        return switch (column) {
            case CONTEXT -> hit.before() + "[" + hit.match() + "]" + hit.after();
            case ANNOTATOR -> hit.annotator() == null ? "(text)" : hit.annotator();
            case LABEL -> hit.layer() == null ? "" : hit.layer() + (hit.label() == null ? "" : " / " + hit.label());
            case OFFSETS -> hit.begin() + "\u2013" + hit.end();
        };
    }
}
