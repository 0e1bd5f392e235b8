package org.attest.ui.claims;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

import org.attest.claims.ClaimFigure;
import org.attest.claims.Cluster;
import org.attest.claims.ConflictRules;
import org.attest.claims.CorpusClaims;
import org.attest.model.Annotator;
import org.attest.model.Document;
import org.attest.store.CorpusStore;
import org.attest.ui.claims.ClaimRows.ClaimRow;
import org.attest.ui.claims.ClaimTexts.Column;
import org.attest.ui.corpus.CorpusSession;
import org.attest.ui.corpus.WorkbenchFixes;
import org.attest.ui.editor.AnnotationEditor;
import org.attest.ui.editor.DocumentEditorInput;
import org.attest.ui.preferences.AttestPreferences;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.ViewPart;

/**
 * The Claims view: the claim clusters of the open corpus, read from the gold or one annotator, each with its claims
 * side by side, the interval they jointly allow and the verdict on every pair with its reason; conflicts stand out.
 */
public final class ClaimsView extends ViewPart {

    /** The view's identifier, as declared in plugin.xml. */
    public static final String ID = "org.attest.ui.views.claims";

    private final Consumer<CorpusSession> onChange = s -> corpusChanged();
    private final ConflictRules rules = new ConflictRules();
    private final ClaimRows rows = new ClaimRows();
    private CorpusSession session;
    private Combo from;
    private Button conflictsOnly;
    private Label status;
    private TreeViewer tree;
    private ClaimColumns columns;
    private List<Cluster> clusters = List.of();
    private Job job;
    private int generation;
    private String pendingOutcome;

    /** Builds the source selector, the conflicts-only switch and the tree, then reads the claims. */
    @Override
    public void createPartControl(Composite parent) {
        session = getSite().getService(CorpusSession.class);
        parent.setLayout(new GridLayout(4, false));
        new Label(parent, SWT.NONE).setText("From:");
        from = new Combo(parent, SWT.READ_ONLY);
        from.setToolTipText("Read the claims of the curated gold or of one annotator");
        from.addListener(SWT.Selection, e -> refresh());
        conflictsOnly = new Button(parent, SWT.CHECK);
        conflictsOnly.setText("Conflicts only");
        conflictsOnly.setToolTipText("Show only the clusters with a conflict, and only their conflicting pairs");
        conflictsOnly.addListener(SWT.Selection, e -> showRows());
        status = new Label(parent, SWT.NONE);
        status.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        tree = new TreeViewer(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
        tree.getTree().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 4, 1));
        tree.getTree().setHeaderVisible(true);
        tree.getTree().setLinesVisible(true);
        tree.setContentProvider(rows);
        columns = new ClaimColumns(tree, new ClaimTexts(rules, Map.of()));
        tree.addDoubleClickListener(e -> {
            if (tree.getStructuredSelection().getFirstElement() instanceof ClaimRow row) {
                open(row.claim());
            }
        });
        Action refresh = new Action("Refresh") {

            @Override
            public void run() {
                refresh();
            }
        };
        refresh.setToolTipText("Read the claims again from the saved annotations");
        getViewSite().getActionBars().getToolBarManager().add(refresh);
        Action suggest = new Action("Suggest clusters") {

            @Override
            public void run() {
                suggestClusters(question -> MessageDialog.openQuestion(getSite().getShell(), "Suggest clusters",
                        question));
            }
        };
        suggest.setToolTipText("Link the chosen annotator's claims in no cluster to the cluster of claims with the same"
                + " unit and an overlapping period, after you confirm the list");
        getViewSite().getActionBars().getToolBarManager().add(suggest);
        session.addListener(onChange);
        refresh();
    }

    // the session may tell from any thread; the view reads again on the UI thread
    private void corpusChanged() {
        if (!tree.getTree().isDisposed()) {
            tree.getTree().getDisplay().asyncExec(this::refresh);
        }
    }

    /** Reads the claims again in a job, from the gold or the annotator chosen. */
    public void refresh() {
        if (tree.getTree().isDisposed()) {
            return;
        }
        int current = ++generation;
        if (job != null) {
            job.cancel();
        }
        CorpusStore store = session.store().orElse(null);
        if (store == null) {
            job = null;
            from.removeAll();
            show("No corpus open. Use File > Open Corpus... to compare the claims of its articles.", List.of(), null);
            return;
        }
        String chosen = fillSources(store);
        status.setText("Reading the claims of " + chosen + "\u2026");
        CorpusClaims reader = new CorpusClaims(store, rules);
        job = Job.create("Reading the claim clusters", monitor -> {
            try {
                CorpusClaims.Result result = reader.read(chosen);
                tree.getTree().getDisplay().asyncExec(() -> {
                    if (current == generation) {
                        show(message(chosen, result), result.clusters(), store);
                    }
                });
            } catch (Exception e) {
                tree.getTree().getDisplay().asyncExec(() -> {
                    if (current == generation) {
                        show("Cannot read the claims of " + chosen + ": " + WorkbenchFixes.describe(e), List.of(),
                                store);
                    }
                });
            }
            return Status.OK_STATUS;
        });
        job.setSystem(true);
        job.schedule();
    }

    private String fillSources(CorpusStore store) {
        String chosen = from.getSelectionIndex() < 0 ? AttestPreferences.annotator() : from.getText();
        List<String> sources = new ArrayList<>();
        sources.add(CorpusClaims.GOLD);
        store.corpus().getAnnotators().stream().map(Annotator::getName).forEach(sources::add);
        from.setItems(sources.toArray(String[]::new));
        from.select(Math.max(0, sources.indexOf(chosen)));
        from.getParent().layout();
        return from.getText();
    }

    private static String message(String chosen, CorpusClaims.Result result) {
        long conflicts = result.clusters().stream().mapToLong(Cluster::conflictCount).sum();
        return result.clusters().size() + " cluster(s) from " + chosen + ", " + conflicts + " conflicting pair(s)"
                + (result.unclustered() == 0 ? "" : ", " + result.unclustered() + " claim(s) in no cluster");
    }

    private void show(String message, List<Cluster> read, CorpusStore store) {
        if (tree.getTree().isDisposed()) {
            return;
        }
        job = null;
        String shown = pendingOutcome == null ? message : pendingOutcome + " " + message;
        pendingOutcome = null;
        status.setText(shown);
        status.setToolTipText(shown);
        clusters = read;
        Map<String, String> outlets = new HashMap<>();
        if (store != null) {
            for (Document d : store.corpus().getDocuments()) {
                if (d.getOutlet() != null && !d.getOutlet().isBlank()) {
                    outlets.put(d.getId(), d.getOutlet());
                }
            }
        }
        columns.setTexts(new ClaimTexts(rules, outlets));
        showRows();
    }

    private void showRows() {
        rows.setConflictsOnly(conflictsOnly.getSelection());
        tree.setInput(clusters);
        tree.expandAll();
    }

    /**
     * Suggests a cluster for each claim of the chosen annotator that links none, links them when {@code confirm} says
     * yes to the list, shows the outcome above the tree and reads the claims again; returns the outcome.
     */
    public String suggestClusters(Function<String, Boolean> confirm) {
        String outcome = new SuggestClusters(session, getSite().getPage()).run(from.getText(), confirm);
        pendingOutcome = outcome;
        refresh();
        return outcome;
    }

    /** Opens the claim's document in the annotation editor with the claim selected. */
    void open(ClaimFigure claim) {
        String annotator = CorpusClaims.GOLD.equals(from.getText()) ? AttestPreferences.annotator() : from.getText();
        try {
            AnnotationEditor editor = (AnnotationEditor) getSite().getPage()
                    .openEditor(new DocumentEditorInput(claim.document(), annotator), AnnotationEditor.ID);
            editor.reveal(claim.begin(), claim.end());
        } catch (PartInitException e) {
            MessageDialog.openError(getSite().getShell(), "Cannot open " + claim.document(),
                    WorkbenchFixes.describe(e));
        }
    }

    /** Chooses where the claims are read from, {@value CorpusClaims#GOLD} or an annotator, and reads them. */
    public void setFrom(String source) {
        from.select(from.indexOf(source));
        refresh();
    }

    /** Sets whether only conflicts are shown, as the check box does. */
    public void setConflictsOnly(boolean only) {
        conflictsOnly.setSelection(only);
        showRows();
    }

    /** Returns the clusters read, whether shown or filtered out. */
    public List<Cluster> clusters() {
        return clusters;
    }

    /** Returns the tree of clusters, claims, joint intervals and verdicts, one column per {@link Column}. */
    public Tree tree() {
        return tree.getTree();
    }

    /** Returns the message above the tree. */
    public String status() {
        return status.getText();
    }

    /** Returns whether the claims are being read. */
    public boolean isLoading() {
        return job != null;
    }

    @Override
    public void setFocus() {
        tree.getTree().setFocus();
    }

    @Override
    public void dispose() {
        if (session != null) {
            session.removeListener(onChange);
        }
        if (job != null) {
            job.cancel();
        }
        super.dispose();
    }
}
