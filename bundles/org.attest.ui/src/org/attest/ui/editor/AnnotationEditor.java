package org.attest.ui.editor;

import org.apache.uima.cas.CAS;
import org.apache.uima.cas.text.AnnotationFS;
import org.attest.edit.AnnotationEditing;
import org.attest.edit.EditCommand;
import org.attest.edit.Editability;
import org.attest.model.Document;
import org.attest.model.Layer;
import org.attest.model.Schema;
import org.attest.model.schema.Schemas;
import org.attest.store.CorpusException;
import org.attest.store.CorpusStore;
import org.attest.ui.corpus.CorpusSession;
import org.eclipse.core.commands.operations.IUndoContext;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.EditorPart;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;

/** The annotation editor: one annotator's annotations of one document, edited by keyboard and mouse. */
public final class AnnotationEditor extends EditorPart {

    /** The editor's identifier, as declared in plugin.xml. */
    public static final String ID = "org.attest.ui.editors.annotation";

    private CorpusStore store;
    private Document document;
    private DocumentLifecycle lifecycle;
    private CAS cas;
    private AnnotationEditing editing;
    private final EditorHistory history = new EditorHistory(this);
    private StyledText text;
    private EditorView view;
    private final EditorSelection selection = new EditorSelection(this);
    private AnnotationOutlinePage outline;
    private org.attest.cas.Layers layers;

    /** Loads the annotator's CAS of the document from the session's corpus. */
    @Override
    public void init(IEditorSite site, IEditorInput input) throws PartInitException {
        if (!(input instanceof DocumentEditorInput in)) {
            throw new PartInitException("The annotation editor opens documents of a corpus, not " + input.getName());
        }
        setSite(site);
        setInput(input);
        CorpusSession session = site.getService(CorpusSession.class);
        store = session.store()
                .orElseThrow(() -> new PartInitException("No corpus is open; open one with File > Open Corpus..."));
        document = store.document(in.documentId())
                .orElseThrow(() -> new PartInitException("The corpus has no document '" + in.documentId() + "'"));
        String annotator = in.annotator();
        setPartName(document.getId() + " (" + annotator + ")");
        setTitleToolTip(
                (document.getTitle() == null ? document.getId() : document.getTitle()) + " — annotator " + annotator);
        lifecycle = new DocumentLifecycle(this, session, store, document, annotator, in.readOnly());
    }

    /** Builds the read-only banner, the text with its spans and the relation list. */
    @Override
    public void createPartControl(Composite parent) {
        parent.setLayout(new GridLayout(1, false));
        view = new EditorView(this, parent);
        text = view.text();
        getSite().setSelectionProvider(selection);
        history.install(getEditorSite());
        lifecycle.load(text, this::install, view::showBanner);
    }

    private void install(CAS loaded) {
        if (text.isDisposed()) {
            return;
        }
        cas = loaded;
        layers = new org.attest.cas.Layers(cas, schema());
        editing = new AnnotationEditing(cas, schema());
        text.setText(cas.getDocumentText());
        new EditorInput(this, view);
        // spans, then the outline, each in a slice of its own, so no single step keeps the UI thread long
        text.getDisplay().asyncExec(() -> {
            if (text.isDisposed()) {
                return;
            }
            refresh();
            view.revealPending();
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
    public CorpusStore store() {
        return store;
    }

    /** Returns the layer access of the loaded CAS. */
    public org.attest.cas.Layers layers() {
        return layers;
    }

    /** Returns the command factory for this CAS. */
    public AnnotationEditing editing() {
        return editing;
    }

    /** Returns whether edits are allowed, with the reason when they are not. */
    public Editability editability() {
        return lifecycle.editability();
    }

    /** Returns the outline page, or null while the Outline view has not asked for one. */
    AnnotationOutlinePage outline() {
        return outline;
    }

    /** Returns the selected annotation, or null. */
    public AnnotationFS selected() {
        return view == null ? null : view.selected();
    }

    /** Selects {@code fs} (or nothing), reveals it and tells the Properties view and outline. */
    public void select(AnnotationFS fs) {
        view.select(fs);
        selection.fire();
    }

    /** Scrolls to and selects the text between {@code begin} and {@code end}, e.g. where annotators disagree. */
    public void reveal(int begin, int end) {
        view.reveal(begin, end);
    }

    /** Runs {@code command} through the operation history, unless the document may not be edited. */
    public boolean run(EditCommand command) {
        if (!loaded() || !editability().editable()) {
            status("Read-only: " + editability().reason());
            text.getDisplay().beep();
            return false;
        }
        String failure = history.execute(command, this::changed);
        if (failure != null) {
            status(failure);
        }
        return failure == null;
    }

    /** Returns the operation history's undo context of this editor. */
    public IUndoContext undoContext() {
        return history.context();
    }

    private void changed() {
        lifecycle.countChange();
        refresh();
        firePropertyChange(PROP_DIRTY);
        lifecycle.restartAutosave();
    }

    /** Re-reads the spans from the CAS and repaints. */
    void refresh() {
        if (view != null) {
            view.refresh();
        }
    }

    /** Returns the schema layer of an annotation, or null for segmentation and other types. */
    public Layer layerOf(AnnotationFS fs) {
        String name = fs.getType().getShortName();
        return Schemas.layer(schema(), name).filter(l -> Schemas.typeName(l).equals(fs.getType().getName()))
                .orElse(null);
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

    /** Returns the layout of the relation arcs around the visible lines. */
    public ArcLayout arcs() {
        return view.arcs().layout();
    }

    /** Returns where the arc label of {@code relation} was last painted, in the text's coordinates, or null. */
    public Rectangle arcLabel(AnnotationFS relation) {
        return view.arcs().labelBounds(relation);
    }

    /** Shows {@code message} in the status line. */
    public void status(String message) {
        getEditorSite().getActionBars().getStatusLineManager().setMessage(message);
    }

    /** Marks the document finished for this annotator (saving first) and makes the editor read-only. */
    public void markFinished() throws CorpusException {
        lifecycle.markFinished();
    }

    /** Reopens a finished document for editing. */
    public void reopen() throws CorpusException {
        lifecycle.reopen();
    }

    /** Saves the CAS atomically and records that the annotator has started the document. */
    @Override
    public void doSave(IProgressMonitor monitor) {
        try {
            lifecycle.save(() -> firePropertyChange(PROP_DIRTY));
        } catch (CorpusException e) {
            MessageDialog.openError(getSite().getShell(), "Cannot save " + document.getId(), e.getMessage());
        }
    }

    /** Save As is not offered: a document's annotations belong to its corpus. */
    @Override
    public void doSaveAs() {
    }

    /** Returns whether the CAS changed since it was loaded or saved. */
    @Override
    public boolean isDirty() {
        return lifecycle != null && lifecycle.isDirty();
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

    /** Releases the editor's undo history and stops the autosave. */
    @Override
    public void dispose() {
        history.dispose();
        if (text != null && !text.isDisposed()) {
            lifecycle.stopAutosave();
        }
        super.dispose();
    }
}
