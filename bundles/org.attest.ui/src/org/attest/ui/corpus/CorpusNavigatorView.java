package org.attest.ui.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

import org.attest.model.Document;
import org.attest.store.CorpusStore;
import org.attest.ui.preferences.AttestPreferences;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.part.ViewPart;

/** The corpus navigator: the open corpus's documents with title, outlet, date and the current annotator's state. */
public final class CorpusNavigatorView extends ViewPart {

    /** The view's identifier, as declared in plugin.xml. */
    public static final String ID = "org.attest.ui.views.corpus";

    private final Consumer<CorpusSession> onChange = s -> getSite().getShell().getDisplay().asyncExec(this::refresh);
    private CorpusSession session;
    private TableViewer viewer;
    private Combo filter;
    private Label heading;

    /** Builds the heading, the state filter and the document table. */
    @Override
    public void createPartControl(Composite parent) {
        session = getSite().getService(CorpusSession.class);
        parent.setLayout(new GridLayout(2, false));
        heading = new Label(parent, SWT.WRAP);
        GridData wrapped = new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1);
        // the view is often narrow: the heading wraps at the view's width instead of asking for its own
        wrapped.widthHint = 1;
        heading.setLayoutData(wrapped);
        new Label(parent, SWT.NONE).setText("Filter:");
        filter = new Combo(parent, SWT.READ_ONLY);
        for (StateFilter f : StateFilter.values()) {
            filter.add(f.label());
        }
        filter.select(0);
        filter.addListener(SWT.Selection, e -> refresh());
        viewer = new TableViewer(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL);
        viewer.getTable().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1));
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        column("Document", 150, r -> r.document().getId());
        column("Title", 260, r -> r.document().getTitle());
        column("Outlet", 130, r -> r.document().getOutlet());
        column("Date", 90, r -> r.document().getPublicationDate());
        column("State", 90, DocumentRow::stateLabel);
        getSite().setSelectionProvider(viewer);
        // other bundles add their commands (Curate ...) to this menu through popup:org.attest.ui.views.corpus
        org.eclipse.jface.action.MenuManager menu = new org.eclipse.jface.action.MenuManager();
        menu.add(new org.eclipse.jface.action.Separator(org.eclipse.ui.IWorkbenchActionConstants.MB_ADDITIONS));
        viewer.getControl().setMenu(menu.createContextMenu(viewer.getControl()));
        getSite().registerContextMenu(menu, viewer);
        viewer.addOpenListener(e -> {
            for (Object o : viewer.getStructuredSelection().toList()) {
                try {
                    org.attest.ui.editor.EditorCommands.open(getSite().getPage(), ((DocumentRow) o).document().getId());
                } catch (org.eclipse.ui.PartInitException ex) {
                    org.eclipse.jface.dialogs.MessageDialog.openError(getSite().getShell(), "Cannot open the document",
                            WorkbenchFixes.describe(ex));
                }
            }
        });
        session.addListener(onChange);
        refresh();
    }

    private void column(String title, int width, Function<DocumentRow, String> text) {
        TableViewerColumn column = new TableViewerColumn(viewer, SWT.NONE);
        column.getColumn().setText(title);
        column.getColumn().setWidth(width);
        column.setLabelProvider(new ColumnLabelProvider() {

            @Override
            public String getText(Object element) {
                String value = text.apply((DocumentRow) element);
                return value == null ? "" : value;
            }
        });
    }

    /** Re-reads the documents and the annotator's states from the open corpus. */
    public void refresh() {
        if (viewer == null || viewer.getControl().isDisposed()) {
            return;
        }
        String annotator = AttestPreferences.annotator();
        StateFilter chosen = StateFilter.values()[Math.max(0, filter.getSelectionIndex())];
        List<DocumentRow> rows = new ArrayList<>();
        CorpusStore store = session.store().orElse(null);
        if (store == null) {
            heading.setText("No corpus open. Use File > Open Corpus..., or start the workbench with --corpus DIR.");
        } else {
            for (Document d : store.corpus().getDocuments()) {
                DocumentRow row = new DocumentRow(d, CorpusStore.state(d, annotator));
                if (chosen.accepts(row.state())) {
                    rows.add(row);
                }
            }
            heading.setText(store.corpus().getName() + ": " + store.corpus().getDocuments().size()
                    + " documents, annotator " + annotator);
        }
        heading.getParent().layout();
        viewer.setInput(rows);
    }

    /** Selects the filter by state; used by the filter drop-down and by tests. */
    public void setFilter(StateFilter value) {
        filter.select(value.ordinal());
        refresh();
    }

    /** Returns the rows shown now, in table order. */
    public List<DocumentRow> rows() {
        List<DocumentRow> rows = new ArrayList<>();
        for (int i = 0; i < viewer.getTable().getItemCount(); i++) {
            rows.add((DocumentRow) viewer.getElementAt(i));
        }
        return rows;
    }

    /** Puts the keyboard focus on the document table. */
    @Override
    public void setFocus() {
        viewer.getControl().setFocus();
    }

    /** Stops listening to the corpus session. */
    @Override
    public void dispose() {
        if (session != null) {
            session.removeListener(onChange);
        }
        super.dispose();
    }
}
