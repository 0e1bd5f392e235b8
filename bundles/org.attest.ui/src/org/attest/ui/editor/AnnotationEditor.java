package org.attest.ui.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.apache.uima.cas.CAS;
import org.apache.uima.cas.text.AnnotationFS;
import org.attest.core.CorpusException;
import org.attest.core.edit.AnnotationEditing;
import org.attest.core.edit.AnnotationNavigator;
import org.attest.core.edit.DocumentWorkflow;
import org.attest.core.edit.EditCommand;
import org.attest.core.edit.Editability;
import org.attest.core.store.CorpusStore;
import org.attest.model.Document;
import org.attest.model.DocumentState;
import org.attest.model.Layer;
import org.attest.model.Schema;
import org.attest.model.schema.Schemas;
import org.attest.ui.corpus.CorpusSession;
import org.attest.ui.preferences.AttestPreferences;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.commands.operations.IOperationHistory;
import org.eclipse.core.commands.operations.IUndoContext;
import org.eclipse.core.commands.operations.ObjectUndoContext;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.operations.RedoActionHandler;
import org.eclipse.ui.operations.UndoActionHandler;
import org.eclipse.ui.part.EditorPart;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;

/** The annotation editor: one annotator's annotations of one document, edited by keyboard and mouse. */
public final class AnnotationEditor extends EditorPart {

    /** The editor's identifier, as declared in plugin.xml. */
    public static final String ID = "org.attest.ui.editors.annotation";


    private CorpusSession session;
    private CorpusStore store;
    private Document document;
    private String annotator;
    private CAS cas;
    private AnnotationEditing editing;
    private final IUndoContext undoContext = new ObjectUndoContext(this, "annotation editor");
    private IOperationHistory history;
    private int changes;
    private int savedAt;
    private Editability editability;
    private StyledText text;
    private Label banner;
    private SpanPainter painter;
    private SpanStyles styles;
    private AnnotationFS selected;
    private final EditorSelection selection = new EditorSelection(this);
    private RelationPanel relations;
    private AnnotationOutlinePage outline;
    private final Runnable autosave = this::autosave;
    private boolean outlinePending;
    private int[] pendingReveal;
    private org.attest.cas.Layers layers;

    /** Loads the annotator's CAS of the document from the session's corpus. */
    @Override
    public void init(IEditorSite site, IEditorInput input) throws PartInitException {
        if (!(input instanceof DocumentEditorInput in)) {
            throw new PartInitException("The annotation editor opens documents of a corpus, not " + input.getName());
        }
        setSite(site);
        setInput(input);
        session = site.getService(CorpusSession.class);
        store = session.store().orElseThrow(() -> new PartInitException("No corpus is open; open one with File > Open Corpus..."));
        document = store.document(in.documentId())
                .orElseThrow(() -> new PartInitException("The corpus has no document '" + in.documentId() + "'"));
        annotator = in.annotator();
        history = PlatformUI.getWorkbench().getOperationSupport().getOperationHistory();
        setPartName(document.getId() + " (" + annotator + ")");
        setTitleToolTip((document.getTitle() == null ? document.getId() : document.getTitle()) + " — annotator " + annotator);
        updateEditability();
    }

    /** Builds the read-only banner, the text with its spans and the relation list. */
    @Override
    public void createPartControl(Composite parent) {
        parent.setLayout(new GridLayout(1, false));
        banner = new Label(parent, SWT.WRAP);
        GridData bannerData = new GridData(SWT.FILL, SWT.TOP, true, false);
        bannerData.exclude = true;
        banner.setLayoutData(bannerData);
        banner.setVisible(false);
        styles = new SpanStyles(parent.getDisplay());
        banner.setBackground(styles.color("#fff1b8"));
        banner.setForeground(parent.getDisplay().getSystemColor(SWT.COLOR_BLACK));
        SashForm sash = new SashForm(parent, SWT.HORIZONTAL);
        GridData sashData = new GridData(SWT.FILL, SWT.FILL, true, true);
        // size hints keep the layout from measuring the wrapped text's natural size, which costs seconds for 1 MB
        sashData.widthHint = 200;
        sashData.heightHint = 200;
        sash.setLayoutData(sashData);
        text = new StyledText(sash, SWT.V_SCROLL | SWT.WRAP | SWT.READ_ONLY | SWT.BORDER);
        text.setText("Loading " + document.getId() + " …");
        text.setLeftMargin(8);
        text.setRightMargin(8);
        painter = new SpanPainter(text, styles, this::layerOf, fs -> labelOf(fs));
        relations = new RelationPanel(sash, this);
        sash.setWeights(75, 25);
        getSite().setSelectionProvider(selection);
        var bars = getEditorSite().getActionBars();
        bars.setGlobalActionHandler(ActionFactory.UNDO.getId(), new UndoActionHandler(getSite(), undoContext));
        bars.setGlobalActionHandler(ActionFactory.REDO.getId(), new RedoActionHandler(getSite(), undoContext));
        load();
    }

    /** Reads the CAS in a background job, so that opening a large document never freezes the workbench. */
    private void load() {
        Job job = Job.create("Opening " + document.getId(), monitor -> {
            try {
                CAS loaded = store.readCas(document, annotator);
                text.getDisplay().asyncExec(() -> install(loaded));
            } catch (CorpusException e) {
                text.getDisplay().asyncExec(() -> {
                    if (!text.isDisposed()) {
                        editability = Editability.no("the document could not be opened: " + e.getMessage());
                        text.setText("");
                        showBanner();
                    }
                });
            }
        });
        job.setUser(false);
        job.schedule();
    }

    private void install(CAS loaded) {
        if (text.isDisposed()) {
            return;
        }
        cas = loaded;
        layers = new org.attest.cas.Layers(cas, schema());
        editing = new AnnotationEditing(cas, schema());
        text.setText(cas.getDocumentText());
        new EditorInput(this, text);
        // spans, then the outline, each in a slice of its own, so no single step keeps the UI thread long
        text.getDisplay().asyncExec(() -> {
            if (text.isDisposed()) {
                return;
            }
            refresh();
            if (pendingReveal != null) {
                reveal(pendingReveal[0], pendingReveal[1]);
                pendingReveal = null;
            }
            text.getDisplay().asyncExec(() -> {
                if (outline != null && !text.isDisposed()) {
                    outline.refresh();
                }
            });
        });
    }

    /** Returns whether the document's annotations have been loaded into the editor. */
    public boolean loaded() {
        return cas != null;
    }

    /** Returns the schema of the corpus. */
    public Schema schema() {
        return store.corpus().getSchema();
    }

    /** Returns the edited CAS. */
    public CAS cas() {
        return cas;
    }

    /** Returns the text widget. */
    public StyledText textWidget() {
        return text;
    }

    /** Returns the document being annotated. */
    public Document document() {
        return document;
    }

    /** Returns the corpus store. */
    CorpusStore store() {
        return store;
    }

    /** Returns the layer access of the loaded CAS. */
    public org.attest.cas.Layers layers() {
        return layers;
    }

    /** Returns the command factory for this CAS. */
    AnnotationEditing editing() {
        return editing;
    }

    /** Returns whether edits are allowed, with the reason when they are not. */
    public Editability editability() {
        return editability;
    }

    /** Returns the selected annotation, or null. */
    public AnnotationFS selected() {
        return selected;
    }

    /** Selects {@code fs} (or nothing), reveals it and tells the Properties view and outline. */
    public void select(AnnotationFS fs) {
        selected = fs;
        painter.setSelected(fs);
        if (fs != null) {
            text.showSelection();
            text.setCaretOffset(Math.min(fs.getEnd(), text.getCharCount()));
            text.setSelection(fs.getBegin(), fs.getEnd());
            text.setSelection(fs.getBegin());
        }
        text.redraw();
        selection.fire();
    }

    /** Scrolls to and selects the text between {@code begin} and {@code end}, e.g. where annotators disagree. */
    public void reveal(int begin, int end) {
        if (!loaded()) {
            // the document is still loading in the background; reveal the range once it is there
            pendingReveal = new int[] { begin, end };
            return;
        }
        int b = Math.max(0, Math.min(begin, text.getCharCount()));
        int e = Math.max(b, Math.min(end, text.getCharCount()));
        java.util.List<AnnotationFS> here = AnnotationNavigator.at(cas, schema(), b);
        select(here.stream().filter(fs -> fs.getBegin() == b && fs.getEnd() == e).findFirst().orElse(null));
        text.setSelection(b, e);
        text.showSelection();
    }

    /** Highlights the spans of a relation chosen in the relation list. */
    void highlight(Set<AnnotationFS> spans) {
        painter.setHighlighted(spans);
        text.redraw();
    }

    /** Runs {@code command} through the operation history, unless the document may not be edited. */
    public boolean run(EditCommand command) {
        if (!loaded() || !editability.editable()) {
            status("Read-only: " + editability.reason());
            text.getDisplay().beep();
            return false;
        }
        try {
            history.execute(new CommandOperation(command, undoContext, this::changed), null, null);
            return true;
        } catch (ExecutionException | IllegalArgumentException e) {
            status(e.getMessage());
            return false;
        }
    }

    /** Returns the operation history's undo context of this editor. */
    public IUndoContext undoContext() {
        return undoContext;
    }

    private void changed() {
        changes++;
        refresh();
        firePropertyChange(PROP_DIRTY);
        int seconds = Math.max(0, org.eclipse.core.runtime.Platform.getPreferencesService()
                .getInt(AttestPreferences.NODE, AttestPreferences.AUTOSAVE_SECONDS, AttestPreferences.DEFAULT_AUTOSAVE_SECONDS, null));
        text.getDisplay().timerExec(-1, autosave);
        if (seconds > 0) {
            text.getDisplay().timerExec(seconds * 1000, autosave);
        }
    }

    private void autosave() {
        if (!text.isDisposed() && isDirty()) {
            doSave(null);
            status("Autosaved at " + java.time.LocalTime.now().withNano(0));
        }
    }

    /** Re-reads the spans from the CAS and repaints. */
    void refresh() {
        if (!loaded()) {
            return;
        }
        List<AnnotationFS> spans = new ArrayList<>();
        for (var layer : Schemas.spanLayers(schema())) {
            spans.addAll(layers.spans(layer.getName()));
        }
        if (selected != null && !spans.contains(selected) && !isRelation(selected)) {
            selected = null;
            painter.setSelected(null);
        }
        painter.setLayout(new SpanLayout(spans));
        relations.refresh();
        if (outline != null && !outlinePending) {
            // the outline follows a moment later, so typing a hot key repaints the text first
            outlinePending = true;
            text.getDisplay().asyncExec(() -> {
                outlinePending = false;
                if (outline != null) {
                    outline.refresh();
                }
            });
        }
        showBanner();
        text.redraw();
    }

    private void showBanner() {
        String message = editability.editable() ? "" : "Read-only: " + editability.reason();
        if (!message.equals(banner.getText()) || banner.getVisible() == editability.editable()) {
            // relayout only when the banner changes: laying out a wrapped 1 MB text costs seconds
            banner.setText(message);
            ((GridData) banner.getLayoutData()).exclude = editability.editable();
            banner.setVisible(!editability.editable());
            banner.getParent().layout(new org.eclipse.swt.widgets.Control[] { banner });
        }
    }

    private boolean isRelation(AnnotationFS fs) {
        Layer layer = layerOf(fs);
        return layer instanceof org.attest.model.RelationLayer;
    }

    /** Returns the schema layer of an annotation, or null for segmentation and other types. */
    public Layer layerOf(AnnotationFS fs) {
        String name = fs.getType().getShortName();
        return Schemas.layer(schema(), name).filter(l -> Schemas.typeName(l).equals(fs.getType().getName())).orElse(null);
    }

    /** Returns the label of an annotation, or its layer's name when it has none. */
    public String labelOf(AnnotationFS fs) {
        Layer layer = layerOf(fs);
        if (layer == null) {
            return null;
        }
        Object label = layer.getLabelFeature() == null ? null : layers.label(fs);
        return label == null ? layer.getName() : label.toString();
    }

    /** Walks to the next (or previous) annotation, as Tab and Shift+Tab do. */
    void walk(boolean forward) {
        (forward ? AnnotationNavigator.next(cas, schema(), selected) : AnnotationNavigator.previous(cas, schema(), selected)).ifPresent(this::select);
    }

    /** Shows {@code message} in the status line. */
    void status(String message) {
        getEditorSite().getActionBars().getStatusLineManager().setMessage(message);
    }

    /** Marks the document finished for this annotator (saving first) and makes the editor read-only. */
    public void markFinished() throws CorpusException {
        if (isDirty()) {
            doSave(null);
        }
        DocumentWorkflow.markFinished(store, document, annotator);
        updateEditability();
        refresh();
        session.changed();
    }

    /** Reopens a finished document for editing. */
    public void reopen() throws CorpusException {
        DocumentWorkflow.reopen(store, document, annotator);
        updateEditability();
        refresh();
        session.changed();
    }

    private void updateEditability() {
        editability = DocumentWorkflow.editable(store, document, annotator, session.readOnlyReason());
    }

    /** Saves the CAS atomically and records that the annotator has started the document. */
    @Override
    public void doSave(IProgressMonitor monitor) {
        try {
            store.ensureAnnotator(annotator);
            store.writeCas(document, annotator, cas);
            if (CorpusStore.state(document, annotator) == DocumentState.NEW) {
                store.setState(document, store.annotator(annotator).orElseThrow(), DocumentState.IN_PROGRESS);
            }
            store.saveModel();
            savedAt = changes;
            firePropertyChange(PROP_DIRTY);
            session.changed();
        } catch (CorpusException e) {
            MessageDialog.openError(getSite().getShell(), "Cannot save " + document.getId(), e.getMessage());
        }
    }

    /** Save As is not offered: a document's annotations belong to its corpus. */
    @Override
    public void doSaveAs() {
        // not supported
    }

    /** Returns whether the CAS changed since it was loaded or saved. */
    @Override
    public boolean isDirty() {
        return changes != savedAt;
    }

    /** Returns false. */
    @Override
    public boolean isSaveAsAllowed() {
        return false;
    }

    /** Puts the focus on the text. */
    @Override
    public void setFocus() {
        text.setFocus();
    }

    /** Offers the outline page of the document's annotations. */
    @Override
    public <T> T getAdapter(Class<T> adapter) {
        if (IContentOutlinePage.class.equals(adapter)) {
            if (outline == null) {
                outline = new AnnotationOutlinePage(this);
            }
            return adapter.cast(outline);
        }
        return super.getAdapter(adapter);
    }

    /** Releases colours and the editor's undo history. */
    @Override
    public void dispose() {
        if (history != null) {
            history.dispose(undoContext, true, true, true);
        }
        if (styles != null) {
            styles.dispose();
        }
        if (text != null && !text.isDisposed()) {
            text.getDisplay().timerExec(-1, autosave);
        }
        super.dispose();
    }
}
