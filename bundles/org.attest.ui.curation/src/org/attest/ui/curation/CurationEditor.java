package org.attest.ui.curation;

import java.util.List;

import org.attest.curation.CurationSession;
import org.attest.curation.QueueItem;
import org.attest.diff.Position;
import org.attest.model.Document;
import org.attest.model.Schema;
import org.attest.store.CorpusException;
import org.attest.store.CorpusStore;
import org.attest.ui.corpus.CorpusSession;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.EditorPart;

/**
 * The curation editor: the document with each compared annotator's annotations in a numbered lane above the gold lane,
 * the current queue item highlighted in all of them, and one key per decision.
 */
public final class CurationEditor extends EditorPart {

    /** The editor's identifier, as declared in plugin.xml. */
    public static final String ID = "org.attest.ui.editors.curation";

    private CorpusSession corpus;
    private CorpusStore store;
    private Document document;
    private CurationEditorInput in;
    private CurationSession session;
    private final ItemCursor cursor = new ItemCursor();
    private String readOnly;
    private String message = "";
    private ReadOnlyBanner banner;
    private LayerChoice layerChoice;
    private LaneView lanes;
    private ItemPanel panel;
    private final ItemSelection selection = new ItemSelection();
    private final DecisionActions actions = new DecisionActions(this);

    /** Finds the document in the session's corpus; the curation session itself loads in a job. */
    @Override
    public void init(IEditorSite site, IEditorInput input) throws PartInitException {
        if (!(input instanceof CurationEditorInput curation)) {
            throw new PartInitException("The curation editor opens documents of a corpus, not " + input.getName());
        }
        setSite(site);
        setInput(input);
        in = curation;
        corpus = site.getService(CorpusSession.class);
        store = corpus.store()
                .orElseThrow(() -> new PartInitException("No corpus is open; open one with File > Open Corpus..."));
        document = store.document(in.documentId())
                .orElseThrow(() -> new PartInitException("The corpus has no document '" + in.documentId() + "'"));
        setPartName(document.getId() + " (curation)");
        setTitleToolTip((document.getTitle() == null ? document.getId() : document.getTitle()) + " \u2014 curated by "
                + in.reviewer());
    }

    /** Builds the read-only banner, the layer choice, the lanes and the item panel, then loads the session. */
    @Override
    public void createPartControl(Composite parent) {
        parent.setLayout(new GridLayout(2, false));
        banner = new ReadOnlyBanner(parent, 2);
        layerChoice = new LayerChoice(parent, schema(), () -> {
            refresh();
            lanes.widget().setFocus();
        });
        SashForm sash = new SashForm(parent, SWT.HORIZONTAL);
        GridData sashData = new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1);
        sashData.widthHint = 200;
        sashData.heightHint = 200;
        sash.setLayoutData(sashData);
        lanes = new LaneView(sash);
        lanes.widget().setText("Loading " + document.getId() + " for curation \u2026");
        panel = new ItemPanel(sash);
        sash.setWeights(72, 28);
        getSite().setSelectionProvider(selection);
        new CurationKeys(this, lanes, actions, new QueueNavigation(this));
        CurationOpening.start(store, in, lanes.widget().getDisplay(), this::install, this::failed);
    }

    private void failed(String reason) {
        if (lanes.widget().isDisposed()) {
            return;
        }
        lanes.widget().setText("");
        readOnly = "the document could not be opened for curation: " + reason;
        banner.show(readOnly);
        panel.say(readOnly);
    }

    private void install(CurationSession loaded) {
        if (lanes.widget().isDisposed()) {
            return;
        }
        session = loaded;
        lanes.widget().setText(session.gold().getDocumentText());
        updateReadOnly();
        String merged = CurationOpening.autoMerge(session, readOnly);
        cursor.start(session.items());
        refresh();
        if (session.annotators().isEmpty()) {
            panel.say(CurationOpening.nothingToCompare(document.getId()));
        }
        reveal();
        if (merged != null) {
            status(merged);
        }
    }

    /** Works out why decisions are refused now and shows it in the banner. */
    void updateReadOnly() {
        readOnly = ReadOnlyReasons.of(corpus.readOnlyReason(), session.lockedBy(), store, document,
                session.goldState());
        banner.show(readOnly);
    }

    /** Re-reads the items from the session and redraws the lanes and the item panel. */
    void refresh() {
        if (session == null || lanes.widget().isDisposed()) {
            return;
        }
        cursor.reload(session.items());
        lanes.setLanes(Lanes.of(session, schema(), layerChoice.shownLayers(cursor.current()), cursor.items()));
        lanes.setCurrent(cursor.current());
        QueueItem item = currentItem();
        panel.show(item, session, queue());
        selection.set(item == null
                ? null
                : new ItemElement(item, session.gold().getDocumentText(),
                        readOnly == null ? actions::commentOn : null));
        firePropertyChange(PROP_DIRTY);
    }

    private void reveal() {
        if (cursor.current() != null) {
            lanes.reveal(cursor.current().begin());
        }
    }

    /** Returns the schema of the corpus. */
    Schema schema() {
        return store.corpus().getSchema();
    }

    /** Returns whether the session has been loaded. */
    public boolean loaded() {
        return session != null;
    }

    /** Returns the curation session (null while loading). */
    public CurationSession session() {
        return session;
    }

    /** Returns the document under curation. */
    public Document document() {
        return document;
    }

    /** Returns why decisions are refused (another reviewer holds the document, it is curated ...), or null. */
    public String readOnlyReason() {
        return readOnly;
    }

    /** Returns the item shown, or null. */
    public QueueItem currentItem() {
        return cursor.currentItem();
    }

    /** Returns every item of the document, in document order. */
    List<QueueItem> items() {
        return cursor.items();
    }

    /** Returns the position of the item shown, or null. */
    Position currentPosition() {
        return cursor.current();
    }

    /** Returns the workbench's corpus session. */
    CorpusSession corpus() {
        return corpus;
    }

    /** Returns the reviewer who curates the document. */
    String reviewer() {
        return in.reviewer();
    }

    /** Returns the items still to settle, in document order. */
    public List<QueueItem> queue() {
        return cursor.queue();
    }

    /** Returns the lane captions top to bottom, e.g. "1 anna", "2 ben", "gold". */
    public List<String> laneCaptions() {
        return lanes.captions();
    }

    /** Returns the labels the lane of {@code caption} shows at the current item. */
    public List<String> labelsAtCurrentItem(String caption) {
        return lanes.labelsAt(caption, cursor.current());
    }

    /** Returns the item panel's lines, "anna: ORGANIZATION" per annotator. */
    public List<String> versionLines() {
        return panel.lines();
    }

    /** Returns whether the current item and its lanes are scrolled into view. */
    public boolean currentItemVisible() {
        return cursor.current() != null && lanes.isVisible(cursor.current().begin());
    }

    /** Returns the last message shown in the status line. */
    public String message() {
        return message;
    }

    /** Returns the widget that takes the keys. */
    public org.eclipse.swt.custom.StyledText textWidget() {
        return lanes.widget();
    }

    /** Shows {@code position}'s item and scrolls it into view (once loaded). */
    public void go(Position position) {
        if (cursor.go(position, session != null)) {
            refresh();
            reveal();
        }
    }

    /** Saves, then marks the document curated; refused with the core's message while items are open. */
    public void markCurated() throws CorpusException {
        actions.markCurated();
    }

    /** Gives a curated document back to curation, held by this reviewer. */
    public void reopenCuration() throws CorpusException {
        actions.reopenCuration();
    }

    /** Shows {@code text} in the status line. */
    void status(String text) {
        message = text;
        getEditorSite().getActionBars().getStatusLineManager().setMessage(text);
    }

    /** Writes the gold and the decision records atomically. */
    @Override
    public void doSave(IProgressMonitor monitor) {
        if (session == null) {
            return;
        }
        try {
            session.save();
            firePropertyChange(PROP_DIRTY);
            corpus.changed();
            status("Saved the gold of '" + document.getId() + "'.");
        } catch (CorpusException e) {
            MessageDialog.openError(getSite().getShell(), "Cannot save the gold of " + document.getId(),
                    e.getMessage());
        }
    }

    /** Save As is not offered: the gold belongs to its corpus. */
    @Override
    public void doSaveAs() {
        // not supported
    }

    /** Returns whether decisions were taken since the last save. */
    @Override
    public boolean isDirty() {
        return session != null && session.isDirty();
    }

    /** Returns false. */
    @Override
    public boolean isSaveAsAllowed() {
        return false;
    }

    /** Puts the focus on the lanes, which take the keys. */
    @Override
    public void setFocus() {
        lanes.widget().setFocus();
    }
}
