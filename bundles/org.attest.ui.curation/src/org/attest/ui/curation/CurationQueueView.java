package org.attest.ui.curation;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.attest.curation.CurationService;
import org.attest.curation.DocumentStatus;
import org.attest.curation.MergePolicy;
import org.attest.curation.MergeReport;
import org.attest.curation.MergeRequest;
import org.attest.curation.QueueItem;
import org.attest.store.CorpusException;
import org.attest.store.CorpusStore;
import org.attest.ui.corpus.CorpusSession;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.ViewPart;

/**
 * The Curation queue view: every document with where its curation stands (open items, decided, auto-merged, state,
 * reviewer) and, for the selected document, the items still to settle; double-click opens the curation editor.
 */
public final class CurationQueueView extends ViewPart {

    /** The view's identifier, as declared in plugin.xml. */
    public static final String ID = "org.attest.ui.views.curationQueue";

    private final Consumer<CorpusSession> onChange = s -> corpusChanged();
    private CorpusSession session;
    private Label heading;
    private Button includeInProgress;
    private TableViewer documents;
    private OpenItemsPane items;
    private int generation;
    private int running;

    /** Builds the heading, the in-progress check box and the two tables, then reads the statuses. */
    @Override
    public void createPartControl(Composite parent) {
        session = getSite().getService(CorpusSession.class);
        parent.setLayout(new GridLayout(1, false));
        heading = new Label(parent, SWT.WRAP);
        heading.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        includeInProgress = new Button(parent, SWT.CHECK);
        includeInProgress.setText("Include work in progress");
        includeInProgress
                .setToolTipText("Compare annotators' unfinished work too; by default only finished documents count");
        includeInProgress.addListener(SWT.Selection, e -> refresh());
        SashForm sash = new SashForm(parent, SWT.VERTICAL);
        sash.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        documents = QueueTables.table(sash);
        QueueTables.column(documents, "Document", 130, o -> ((DocumentStatus) o).document());
        QueueTables.column(documents, "State", 80,
                o -> ((DocumentStatus) o).goldState().getLiteral().replace('-', ' '));
        QueueTables.column(documents, "Open", 45, o -> String.valueOf(((DocumentStatus) o).queued()));
        QueueTables.column(documents, "Decided", 55, o -> String.valueOf(((DocumentStatus) o).decided()));
        QueueTables.column(documents, "Auto", 45, o -> String.valueOf(((DocumentStatus) o).autoMerged()));
        QueueTables.column(documents, "Reviewer", 70, o -> ((DocumentStatus) o).reviewer());
        documents.getTable().getColumn(4).setToolTipText("Positions auto-merged because the annotators agree");
        items = new OpenItemsPane(sash, this::open);
        sash.setWeights(50, 50);
        documents.addSelectionChangedListener(e -> showItems());
        documents.addOpenListener(e -> open(null));
        ViewerSelection selection = new ViewerSelection(documents, items.viewer());
        getSite().setSelectionProvider(selection);
        MenuManager menu = new MenuManager();
        menu.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
        documents.getControl().setMenu(menu.createContextMenu(documents.getControl()));
        getSite().registerContextMenu(menu, selection);
        Action refresh = new Action("Refresh") {

            @Override
            public void run() {
                refresh();
            }
        };
        refresh.setToolTipText("Read the curation status of every document again");
        Action merge = new Action("Auto-merge") {

            @Override
            public void run() {
                mergeAll();
            }
        };
        merge.setToolTipText(
                "Merge into the gold what every annotator agrees on (unanimous), in every document; reviewer decisions are kept");
        getViewSite().getActionBars().getToolBarManager().add(merge);
        getViewSite().getActionBars().getToolBarManager().add(refresh);
        session.addListener(onChange);
        refresh();
    }

    private void corpusChanged() {
        if (heading != null && !heading.isDisposed()) {
            heading.getDisplay().asyncExec(this::refresh);
        }
    }

    /** Reads the curation status of every document again, in a job. */
    public void refresh() {
        if (heading == null || heading.isDisposed()) {
            return;
        }
        int current = ++generation;
        CorpusStore store = session.store().orElse(null);
        if (store == null) {
            heading.setText("No corpus open. Use File > Open Corpus... to curate its documents.");
            documents.setInput(List.of());
            items.clear("");
            return;
        }
        boolean include = includeInProgress.getSelection();
        heading.setText("Reading the curation status \u2026");
        running++;
        Job job = Job.create("Reading the curation status", monitor -> {
            List<DocumentStatus> statuses = null;
            String error = null;
            try {
                statuses = new CurationService(store).status(include, monitor::subTask);
            } catch (CorpusException | RuntimeException e) {
                error = "The curation status could not be read: " + e.getMessage();
                ILog.of(CurationQueueView.class).warn(error, e);
            }
            List<DocumentStatus> result = statuses;
            String failure = error;
            heading.getDisplay().asyncExec(() -> showStatuses(current, store, result, failure));
        });
        job.setUser(false);
        job.schedule();
    }

    /**
     * Auto-merges every document (unanimous) in a job, after offering to save open editors, then reads the statuses
     * again.
     */
    public void mergeAll() {
        CorpusStore store = session.store().orElse(null);
        if (store == null || !getSite().getPage().saveAllEditors(true)) {
            return;
        }
        if (session.readOnlyReason() != null) {
            MessageDialog.openError(getSite().getShell(), "Cannot auto-merge",
                    "The corpus is open read-only: " + session.readOnlyReason());
            return;
        }
        boolean include = includeInProgress.getSelection();
        heading.setText("Auto-merging \u2026");
        running++;
        Job job = Job.create("Auto-merging what the annotators agree on", monitor -> {
            String outcome;
            try {
                MergeReport report = new CurationService(store).merge(new MergeRequest(MergePolicy.UNANIMOUS, include),
                        monitor::subTask);
                outcome = "Auto-merge (unanimous) merged " + report.merged() + " position(s); " + report.queued()
                        + " open item(s) remain.";
            } catch (CorpusException | RuntimeException e) {
                outcome = "Auto-merge failed: " + e.getMessage();
                ILog.of(CurationQueueView.class).warn(outcome, e);
            }
            String message = outcome;
            heading.getDisplay().asyncExec(() -> {
                running--;
                if (!heading.isDisposed()) {
                    getViewSite().getActionBars().getStatusLineManager().setMessage(message);
                    session.changed();
                }
            });
        });
        job.setUser(true);
        job.schedule();
    }

    private void showStatuses(int current, CorpusStore store, List<DocumentStatus> statuses, String error) {
        running--;
        if (current != generation || heading.isDisposed()) {
            return;
        }
        if (error != null) {
            heading.setText(error);
            documents.setInput(List.of());
            return;
        }
        Object selected = documents.getStructuredSelection().getFirstElement();
        String selectedId = selected instanceof DocumentStatus s ? s.document() : null;
        documents.setInput(statuses);
        int open = statuses.stream().mapToInt(DocumentStatus::queued).sum();
        long curated = statuses.stream().filter(s -> s.goldState() == org.attest.model.GoldState.CURATED).count();
        heading.setText(store.corpus().getName() + ": " + open + " open item(s) in " + statuses.size() + " documents, "
                + curated
                + " curated. Double-click a document to curate it.");
        heading.getParent().layout();
        statuses.stream().filter(s -> s.document().equals(selectedId)).findFirst()
                .ifPresentOrElse(s -> documents.setSelection(new StructuredSelection(s)), this::showItems);
    }

    private void showItems() {
        CorpusStore store = session.store().orElse(null);
        if (store == null || !(documents.getStructuredSelection().getFirstElement() instanceof DocumentStatus status)) {
            items.clear("Select a document to see its open items.");
            return;
        }
        items.show(store, status.document(), includeInProgress.getSelection());
    }

    private void open(QueueItem item) {
        if (!(documents.getStructuredSelection().getFirstElement() instanceof DocumentStatus status)) {
            return;
        }
        boolean inProgress = includeInProgress.getSelection();
        org.attest.ui.sync.TakeForCuration.open(getSite().getWorkbenchWindow(), status.document(), () -> {
            try {
                CurationEditor editor = CurationCommands.open(getSite().getPage(), status.document(), inProgress);
                if (item != null) {
                    editor.go(item.position());
                }
            } catch (PartInitException e) {
                MessageDialog.openError(getSite().getShell(), "Cannot curate " + status.document(),
                        org.attest.ui.corpus.WorkbenchFixes.describe(e));
            }
        });
    }

    /** Returns whether statuses or items are being read. */
    public boolean isComputing() {
        return running > 0 || items.isComputing();
    }

    /** Returns the documents listed, in table order. */
    public List<DocumentStatus> documents() {
        List<DocumentStatus> rows = new ArrayList<>();
        for (int i = 0; i < documents.getTable().getItemCount(); i++) {
            rows.add((DocumentStatus) documents.getElementAt(i));
        }
        return rows;
    }

    /** Selects the document {@code id}, which lists its open items. */
    public void select(String id) {
        documents().stream().filter(s -> s.document().equals(id)).findFirst()
                .ifPresent(s -> documents.setSelection(new StructuredSelection(s), true));
    }

    /** Returns the open items listed for the selected document. */
    public List<QueueItem> items() {
        return items.items();
    }

    /** Returns the heading above the tables. */
    public String heading() {
        return heading.getText();
    }

    @Override
    public void setFocus() {
        documents.getControl().setFocus();
    }

    @Override
    public void dispose() {
        if (session != null) {
            session.removeListener(onChange);
        }
        super.dispose();
    }
}
