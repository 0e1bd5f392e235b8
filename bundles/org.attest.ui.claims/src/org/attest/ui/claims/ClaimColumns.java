package org.attest.ui.claims;

import org.attest.claims.Verdict;
import org.attest.ui.claims.ClaimRows.ClusterRow;
import org.attest.ui.claims.ClaimRows.JointRow;
import org.attest.ui.claims.ClaimRows.VerdictRow;
import org.attest.ui.claims.ClaimTexts.Column;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.TreeViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Image;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;

/**
 * The columns of the Claims view's tree, a long cell's whole text in its tooltip: a conflict, and a cluster holding
 * one, in red with an error sign; pairs that are not comparable in grey; the interval claims jointly allow in blue.
 */
final class ClaimColumns {

    private ClaimTexts texts;

    /** Adds one column per {@link Column} to {@code tree}, worded by {@code texts}. */
    ClaimColumns(TreeViewer tree, ClaimTexts texts) {
        this.texts = texts;
        ColumnViewerToolTipSupport.enableFor(tree);
        for (Column column : Column.values()) {
            TreeViewerColumn c = new TreeViewerColumn(tree, SWT.LEFT);
            c.getColumn().setText(column.title);
            c.getColumn().setWidth(column.width);
            c.getColumn().setResizable(true);
            c.setLabelProvider(new ColumnLabelProvider() {

                @Override
                public String getText(Object row) {
                    return ClaimColumns.this.texts.text(row, column);
                }

                @Override
                public String getToolTipText(Object row) {
                    String text = getText(row);
                    return text.length() > column.width / 8 ? text : null;
                }

                @Override
                public Image getImage(Object row) {
                    return column == Column.CLAIM ? image(row) : null;
                }

                @Override
                public Color getForeground(Object row) {
                    return colour(row);
                }
            });
        }
    }

    /** Words the columns with {@code next}, such as after the documents' outlets were read. */
    void setTexts(ClaimTexts next) {
        texts = next;
    }

    private static boolean conflict(Object row) {
        return row instanceof VerdictRow v && v.verdict().conflict()
                || row instanceof ClusterRow c && c.cluster().hasConflicts();
    }

    private static Image image(Object row) {
        ISharedImages images = PlatformUI.getWorkbench().getSharedImages();
        if (conflict(row)) {
            return images.getImage(ISharedImages.IMG_OBJS_ERROR_TSK);
        }
        return row instanceof VerdictRow || row instanceof ClusterRow
                ? images.getImage(ISharedImages.IMG_OBJS_INFO_TSK)
                : null;
    }

    private static Color colour(Object row) {
        if (conflict(row)) {
            return system(SWT.COLOR_RED);
        }
        if (row instanceof VerdictRow v && v.verdict().kind() == Verdict.Kind.NOT_COMPARABLE) {
            return system(SWT.COLOR_DARK_GRAY);
        }
        return row instanceof JointRow ? system(SWT.COLOR_DARK_BLUE) : null;
    }

    private static Color system(int id) {
        return PlatformUI.getWorkbench().getDisplay().getSystemColor(id);
    }
}
