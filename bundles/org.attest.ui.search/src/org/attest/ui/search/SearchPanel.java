package org.attest.ui.search;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.attest.search.SearchHit;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.TreeViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Tree;

/** The Search view's widgets: the query field with its history, the limit, the status line and the tree of hits. */
final class SearchPanel {

    private static final int HISTORY = 20;

    private final Composite root;
    private final Combo query;
    private final Spinner limit;
    private final Label status;
    private final TreeViewer tree;
    private List<DocumentHits> shown = List.of();
    private boolean error;

    /**
     * Builds the panel in {@code parent}; Enter in the field runs {@code search}, a hit's double-click {@code open}.
     */
    SearchPanel(Composite parent, Consumer<String> search, Consumer<SearchHit> open) {
        root = new Composite(parent, SWT.NONE);
        root.setLayout(new GridLayout(4, false));
        new Label(root, SWT.NONE).setText("&Query:");
        query = new Combo(root, SWT.DROP_DOWN);
        query.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        query.setToolTipText("Words, \"phrases\", layer:Claim, label:statistic, entity:\"a name\", annotator:anna, "
                + "value:[100 TO 500], via:\"social media\", AND OR NOT; Enter searches");
        query.addListener(SWT.DefaultSelection, e -> search.accept(query.getText()));
        new Label(root, SWT.NONE).setText("&Limit:");
        limit = new Spinner(root, SWT.BORDER);
        limit.setValues(500, 1, 100_000, 0, 50, 500);
        status = new Label(root, SWT.WRAP);
        status.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 4, 1));
        tree = new TreeViewer(root, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
        Tree control = tree.getTree();
        control.setHeaderVisible(true);
        control.setLinesVisible(true);
        control.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 4, 1));
        column("Document / hit in context", 520, HitLabels.Column.CONTEXT);
        column("Annotator", 90, HitLabels.Column.ANNOTATOR);
        column("Layer / label", 150, HitLabels.Column.LABEL);
        column("Offsets", 90, HitLabels.Column.OFFSETS);
        // the words in context take the width the other columns leave
        control.addListener(SWT.Resize, e -> {
            int others = 0;
            for (int i = 1; i < control.getColumnCount(); i++) {
                others += control.getColumn(i).getWidth();
            }
            control.getColumn(0).setWidth(Math.max(300, control.getClientArea().width - others));
        });
        tree.setContentProvider(new ITreeContentProvider() {

            @Override
            public Object[] getElements(Object input) {
                return shown.toArray();
            }

            @Override
            public Object[] getChildren(Object parentElement) {
                return parentElement instanceof DocumentHits d ? d.hits().toArray() : new Object[0];
            }

            @Override
            public Object getParent(Object element) {
                return null;
            }

            @Override
            public boolean hasChildren(Object element) {
                return element instanceof DocumentHits d && !d.hits().isEmpty();
            }
        });
        tree.addOpenListener(e -> {
            if (((IStructuredSelection) e.getSelection()).getFirstElement() instanceof SearchHit hit) {
                open.accept(hit);
            }
        });
    }

    private void column(String title, int width, HitLabels.Column what) {
        TreeViewerColumn column = new TreeViewerColumn(tree, SWT.LEFT);
        column.getColumn().setText(title);
        column.getColumn().setWidth(width);
        column.setLabelProvider(new HitLabels(what, tree.getTree()));
    }

    /** Shows {@code message} in the status line, in red when {@code error}. */
    void say(String message, boolean error) {
        this.error = error;
        status.setText(message);
        status.setForeground(error ? root.getDisplay().getSystemColor(SWT.COLOR_RED) : null);
        root.layout(true);
    }

    /** Shows {@code documents}, each expanded to its hits. */
    void show(List<DocumentHits> documents) {
        shown = List.copyOf(documents);
        tree.setInput(shown);
        tree.expandAll();
    }

    /** Puts {@code text} first in the query history, once, keeping the latest {@value #HISTORY}. */
    void remember(String text) {
        List<String> items = new ArrayList<>(List.of(query.getItems()));
        items.remove(text);
        items.add(0, text);
        query.setItems(items.subList(0, Math.min(HISTORY, items.size())).toArray(String[]::new));
        query.setText(text);
    }

    /** Returns the documents shown, in tree order. */
    List<DocumentHits> shown() {
        return shown;
    }

    /** Returns the query field. */
    Combo query() {
        return query;
    }

    /** Returns the highest number of hits to show. */
    int limit() {
        return limit.getSelection();
    }

    /** Returns the status line's text. */
    String status() {
        return status.getText();
    }

    /** Returns whether the status line shows an error. */
    boolean error() {
        return error;
    }

    /** Returns the tree of hits. */
    Tree tree() {
        return tree.getTree();
    }

    /** Returns the display of the panel. */
    Display display() {
        return root.getDisplay();
    }

    /** Returns whether the panel's widgets are gone. */
    boolean isDisposed() {
        return root.isDisposed();
    }

    /** Puts the focus on the query field. */
    void setFocus() {
        query.setFocus();
    }
}
