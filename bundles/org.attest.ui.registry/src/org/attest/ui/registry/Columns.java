package org.attest.ui.registry;

import java.util.function.Function;

import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;

/** Builds the view's tables: a viewer of a list, and columns from a title, a width and the text of a row. */
final class Columns {

    private Columns() {
    }

    /** Returns a viewer of a list filling {@code parent}'s grid cell, with headers and lines. */
    static TableViewer table(Composite parent, int style) {
        TableViewer viewer = new TableViewer(parent, SWT.BORDER | SWT.FULL_SELECTION | style);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        viewer.getTable().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        return viewer;
    }

    /** Adds a column titled {@code title} showing {@code text} of each row of {@code type}. */
    static <T> void add(TableViewer viewer, Class<T> type, String title, int width, Function<T, String> text) {
        add(viewer, type, title, width, text, row -> null);
    }

    /** Adds a column titled {@code title} showing {@code text} and {@code image} of each row of {@code type}. */
    static <T> void add(TableViewer viewer, Class<T> type, String title, int width, Function<T, String> text,
            Function<T, Image> image) {
        TableViewerColumn column = new TableViewerColumn(viewer, SWT.LEFT);
        column.getColumn().setText(title);
        column.getColumn().setWidth(width);
        column.getColumn().setResizable(true);
        column.setLabelProvider(new ColumnLabelProvider() {

            @Override
            public String getText(Object element) {
                String value = type.isInstance(element) ? text.apply(type.cast(element)) : null;
                return value == null ? "" : value;
            }

            @Override
            public Image getImage(Object element) {
                return type.isInstance(element) ? image.apply(type.cast(element)) : null;
            }
        });
    }
}
