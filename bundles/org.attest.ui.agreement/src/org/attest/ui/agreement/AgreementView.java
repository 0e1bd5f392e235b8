package org.attest.ui.agreement;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;

import org.attest.agreement.corpus.AgreementInput;
import org.attest.agreement.corpus.AgreementReport;
import org.attest.agreement.corpus.AgreementRequest;
import org.attest.agreement.corpus.DocumentAgreement;
import org.attest.agreement.corpus.LayerAgreement;
import org.attest.agreement.corpus.NoAnnotation;
import org.attest.model.DocumentState;
import org.attest.store.CorpusStore;
import org.attest.ui.corpus.CorpusSession;
import org.attest.ui.editor.AnnotationEditor;
import org.attest.ui.editor.EditorCommands;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StackLayout;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.ViewPart;
import org.eclipse.ui.progress.IWorkbenchSiteProgressService;

/** The Agreement view: how far the annotators of the open corpus agree, per layer, pair, label and document. */
public final class AgreementView extends ViewPart {

    /** The view's identifier, as declared in plugin.xml. */
    public static final String ID = "org.attest.ui.views.agreement";

    private final Consumer<CorpusSession> onChange = s -> corpusChanged();
    private CorpusSession session;
    private Combo layers;
    private Button includeInProgress;
    private Composite body;
    private StackLayout stack;
    private Label message;
    private AgreementPanel panel;
    private AgreementReport report;
    private AgreementJob job;
    private int generation;

    /** Builds the layer selector, the in-progress check box, the message and the charts, then measures. */
    @Override
    public void createPartControl(Composite parent) {
        session = getSite().getService(CorpusSession.class);
        parent.setLayout(new GridLayout(3, false));
        new Label(parent, SWT.NONE).setText("Layer:");
        layers = new Combo(parent, SWT.READ_ONLY);
        layers.setLayoutData(new GridData(SWT.BEGINNING, SWT.CENTER, false, false));
        layers.addListener(SWT.Selection, e -> showLayer());
        includeInProgress = new Button(parent, SWT.CHECK);
        includeInProgress.setText("Include in-progress documents");
        includeInProgress
                .setToolTipText("Count annotators' unfinished work too; by default only finished documents count");
        includeInProgress.setLayoutData(new GridData(SWT.END, SWT.CENTER, true, false));
        includeInProgress.addListener(SWT.Selection, e -> refresh());
        body = new Composite(parent, SWT.NONE);
        body.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 3, 1));
        stack = new StackLayout();
        body.setLayout(stack);
        message = new Label(body, SWT.WRAP);
        panel = new AgreementPanel(body, this::open);
        Action refresh = new Action("Refresh") {

            @Override
            public void run() {
                refresh();
            }
        };
        refresh.setToolTipText("Measure agreement again from the saved annotations");
        getViewSite().getActionBars().getToolBarManager().add(refresh);
        session.addListener(onChange);
        refresh();
    }

    // the session may tell from any thread; the view measures again on the UI thread
    private void corpusChanged() {
        if (body != null && !body.isDisposed()) {
            body.getDisplay().asyncExec(this::refresh);
        }
    }

    /** Measures agreement again in a job, with the in-progress choice made in the view. */
    public void refresh() {
        if (body == null || body.isDisposed()) {
            return;
        }
        int current = ++generation;
        if (job != null) {
            job.cancel();
        }
        CorpusStore store = session.store().orElse(null);
        if (store == null) {
            job = null;
            report = null;
            layers.removeAll();
            say("No corpus open. Use File > Open Corpus... to measure how far its annotators agree.");
            return;
        }
        if (report == null) {
            say("Measuring agreement\u2026");
        }
        AgreementRequest request = new AgreementRequest(null, Set.of(), includeInProgress.getSelection(),
                NoAnnotation.CATEGORY);
        SnapshotInput input = SnapshotInput.of(store);
        job = new AgreementJob(input, request,
                outcome -> body.getDisplay().asyncExec(() -> show(current, input, outcome)));
        IWorkbenchSiteProgressService progress = getSite().getService(IWorkbenchSiteProgressService.class);
        if (progress != null) {
            progress.schedule(job);
        } else {
            job.schedule();
        }
    }

    private void show(int current, SnapshotInput input, AgreementJob.Outcome outcome) {
        if (current != generation || body.isDisposed()) {
            return;
        }
        job = null;
        if (outcome.error() != null) {
            report = null;
            say(outcome.error());
            return;
        }
        report = outcome.report();
        if (report.annotators().size() < 2 || report.documentsCounted() == 0) {
            say(tooFew(input, report.includeInProgress()));
            layers.removeAll();
            return;
        }
        String chosen = layers.getSelectionIndex() < 0 ? null : layers.getItem(layers.getSelectionIndex());
        layers.removeAll();
        for (LayerAgreement layer : report.layers()) {
            layers.add(layer.layer());
        }
        layers.select(Math.max(0, chosen == null ? 0 : layers.indexOf(chosen)));
        layers.getParent().layout();
        showLayer();
    }

    private static String tooFew(SnapshotInput input, boolean includeInProgress) {
        Set<String> working = new TreeSet<>();
        for (AgreementInput.Entry entry : input.documents()) {
            entry.states().forEach((annotator, state) -> {
                if (state == DocumentState.FINISHED || includeInProgress && state == DocumentState.IN_PROGRESS) {
                    working.add(annotator);
                }
            });
        }
        String what = includeInProgress ? "finished or have in progress" : "finished";
        return "Agreement needs two annotators who " + what + " the same document. "
                + (working.isEmpty()
                        ? "Nobody has " + (includeInProgress ? "worked on" : "finished") + " a document yet."
                        : working.size() == 1
                                ? "So far only " + working.iterator().next() + " has."
                                : String.join(", ", working) + " have, but never on the same document.")
                + (includeInProgress ? "" : "\n\nTick \"Include in-progress documents\" to count unfinished work too.");
    }

    private void showLayer() {
        if (report == null || layers.getSelectionIndex() < 0) {
            return;
        }
        panel.show(report, report.layers().get(layers.getSelectionIndex()));
        stack.topControl = panel.control();
        body.layout();
    }

    private void say(String text) {
        message.setText(text);
        stack.topControl = message;
        body.layout();
    }

    /** Opens {@code document} in the annotation editor and selects its first disagreement, if it has one. */
    void open(DocumentAgreement document) {
        try {
            AnnotationEditor editor = EditorCommands.open(getSite().getPage(), document.document());
            if (document.firstDisagreementBegin() >= 0) {
                editor.reveal(document.firstDisagreementBegin(), document.firstDisagreementEnd());
            }
        } catch (PartInitException e) {
            MessageDialog.openError(getSite().getShell(), "Cannot open " + document.document(), e.getMessage());
        }
    }

    /** Returns whether a measurement is under way. */
    public boolean isComputing() {
        return job != null;
    }

    /** Returns the report shown, or null when the view shows a message instead. */
    public AgreementReport report() {
        return stack.topControl == panel.control() ? report : null;
    }

    /** Returns the message shown instead of the charts, or null when the charts are shown. */
    public String message() {
        return stack.topControl == message ? message.getText() : null;
    }

    /** Shows the layer named {@code layer}, as the layer selector does. */
    public void selectLayer(String layer) {
        layers.select(layers.indexOf(layer));
        showLayer();
    }

    /** Sets whether in-progress work counts, as the check box does, and measures again. */
    public void setIncludeInProgress(boolean include) {
        includeInProgress.setSelection(include);
        refresh();
    }

    /** Returns the value in the heat map's cell of annotators {@code first} and {@code second}; NaN when undefined. */
    public double pairValue(String first, String second) {
        return panel.heatMap().value(first, second);
    }

    /** Returns the annotators on the heat map's axes. */
    public List<String> pairAnnotators() {
        return panel.heatMap().annotators();
    }

    /** Returns each label's bar value, top to bottom; NaN for a dash. */
    public Map<String, Double> labelValues() {
        Map<String, Double> values = new LinkedHashMap<>();
        panel.labelBars().bars().forEach(b -> values.put(b.label(), b.value()));
        return values;
    }

    /** Returns the documents in the table, in table order. */
    public List<DocumentAgreement> documents() {
        return panel.rows();
    }

    /** Returns the document table, whose double-click or Enter opens a document. */
    public Table documentTable() {
        return panel.table();
    }

    @Override
    public void setFocus() {
        layers.setFocus();
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
