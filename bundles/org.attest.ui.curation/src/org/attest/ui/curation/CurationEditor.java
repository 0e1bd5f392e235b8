package org.attest.ui.curation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.attest.core.CorpusException;
import org.attest.core.curation.CurationService;
import org.attest.core.curation.CurationSession;
import org.attest.core.curation.ItemStatus;
import org.attest.core.curation.MergePolicy;
import org.attest.core.curation.QueueItem;
import org.attest.core.store.CorpusStore;
import org.attest.diff.Position;
import org.attest.model.Document;
import org.attest.model.GoldState;
import org.attest.model.Layer;
import org.attest.model.Schema;
import org.attest.model.schema.Schemas;
import org.attest.ui.corpus.CorpusSession;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
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

    private static final String FOLLOW = "Layer of the current item";
    private static final String ALL_SPANS = "All span layers";

    private CorpusSession corpus;
    private CorpusStore store;
    private Document document;
    private CurationEditorInput in;
    private CurationSession session;
    private List<QueueItem> items = List.of();
    private Position current;
    private Position pending;
    private String readOnly;
    private String message = "";
    private Label banner;
    private org.eclipse.swt.graphics.Color bannerColor;
    private Combo layerChoice;
    private LaneView lanes;
    private ItemPanel panel;
    private final ItemSelection selection = new ItemSelection();

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
        store = corpus.store().orElseThrow(() -> new PartInitException("No corpus is open; open one with File > Open Corpus..."));
        document = store.document(in.documentId())
                .orElseThrow(() -> new PartInitException("The corpus has no document '" + in.documentId() + "'"));
        setPartName(document.getId() + " (curation)");
        setTitleToolTip((document.getTitle() == null ? document.getId() : document.getTitle()) + " \u2014 curated by " + in.reviewer());
    }

    /** Builds the read-only banner, the layer choice, the lanes and the item panel, then loads the session. */
    @Override
    public void createPartControl(Composite parent) {
        parent.setLayout(new GridLayout(2, false));
        banner = new Label(parent, SWT.WRAP);
        GridData bannerData = new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1);
        bannerData.exclude = true;
        banner.setLayoutData(bannerData);
        banner.setVisible(false);
        bannerColor = new org.eclipse.swt.graphics.Color(parent.getDisplay(), 255, 241, 184);
        banner.setBackground(bannerColor);
        banner.setForeground(parent.getDisplay().getSystemColor(SWT.COLOR_BLACK));
        new Label(parent, SWT.NONE).setText("Lanes show:");
        layerChoice = new Combo(parent, SWT.READ_ONLY);
        layerChoice.add(FOLLOW);
        layerChoice.add(ALL_SPANS);
        for (Layer layer : schema().getLayers()) {
            layerChoice.add(layer.getName());
        }
        layerChoice.select(0);
        layerChoice.addListener(SWT.Selection, e -> {
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
        new CurationKeys(this, lanes);
        load();
    }

    // Reading every annotator's CAS and diffing them takes a moment on long documents, so it runs off the UI thread.
    private void load() {
        Job job = Job.create("Opening " + document.getId() + " for curation", (IProgressMonitor monitor) -> {
            try {
                CurationSession loaded = new CurationService(store).open(in.documentId(), in.reviewer(), in.includeInProgress());
                lanes.widget().getDisplay().asyncExec(() -> install(loaded));
            } catch (CorpusException | RuntimeException e) {
                lanes.widget().getDisplay().asyncExec(() -> failed(e.getMessage()));
            }
        });
        job.setUser(false);
        job.schedule();
    }

    private void failed(String reason) {
        if (lanes.widget().isDisposed()) {
            return;
        }
        lanes.widget().setText("");
        readOnly = "the document could not be opened for curation: " + reason;
        showBanner();
        panel.say(readOnly);
    }

    private void install(CurationSession loaded) {
        if (lanes.widget().isDisposed()) {
            return;
        }
        session = loaded;
        lanes.widget().setText(session.gold().getDocumentText());
        updateReadOnly();
        String merged = null;
        if (readOnly == null && !session.annotators().isEmpty()) {
            // the reviewer's queue is the disagreements: what every annotator agrees on goes into the gold at once
            CurationSession.MergeCount count = session.autoMerge(MergePolicy.UNANIMOUS);
            if (count.merged() > 0) {
                merged = "Auto-merged " + count.merged() + " position(s) where " + String.join(" and ", session.annotators())
                        + " agree (unanimous); Ctrl+S saves them with your decisions.";
            }
        }
        items = session.items();
        current = pending != null ? pending : queue().stream().findFirst().map(QueueItem::position)
                .orElse(items.isEmpty() ? null : items.get(0).position());
        pending = null;
        refresh();
        if (session.annotators().isEmpty()) {
            panel.say("Nobody has finished '" + document.getId() + "' yet, so there is nothing to compare. Curation compares finished work; "
                    + "tick \"Include work in progress\" in the Curation Queue view to compare unfinished work too.");
        }
        reveal();
        if (merged != null) {
            status(merged);
        }
    }

    private void updateReadOnly() {
        Optional<String> holder = session.lockedBy();
        if (corpus.readOnlyReason() != null) {
            readOnly = "the corpus is open read-only: " + corpus.readOnlyReason();
        } else if (holder.isPresent()) {
            readOnly = "'" + document.getId() + "' is being curated by " + holder.get() + ", and one reviewer curates a document at a time. "
                    + "Ask " + holder.get() + " to mark it curated, or release it with 'attest curation " + store.layout().dir() + " release "
                    + document.getId() + "'.";
        } else if (document.getGoldState() == GoldState.CURATED) {
            readOnly = "'" + document.getId() + "' is marked curated; Document > Reopen Curation to change its decisions.";
        } else {
            readOnly = null;
        }
        showBanner();
    }

    private void showBanner() {
        String text = readOnly == null ? "" : "Read-only: " + readOnly;
        banner.setText(text);
        ((GridData) banner.getLayoutData()).exclude = readOnly == null;
        banner.setVisible(readOnly != null);
        banner.getParent().layout();
    }

    /** Re-reads the items from the session and redraws the lanes and the item panel. */
    void refresh() {
        if (session == null || lanes.widget().isDisposed()) {
            return;
        }
        items = session.items();
        lanes.setLanes(Lanes.of(session, schema(), shownLayers(), items));
        lanes.setCurrent(current);
        QueueItem item = currentItem();
        List<QueueItem> queue = queue();
        int index = item == null ? -1 : queue.stream().map(QueueItem::position).toList().indexOf(item.position());
        if (item == null) {
            panel.show(null, session.annotators(), "", -1, queue.size(), "");
        } else {
            panel.show(item, session.annotators(), session.gold().getDocumentText(), index, queue.size(), goldVersion(item));
        }
        selection.set(item == null ? null : new ItemElement(item, session.gold().getDocumentText(), readOnly == null ? this::commentOn : null));
        firePropertyChange(PROP_DIRTY);
    }

    private String goldVersion(QueueItem item) {
        if (item.decision() == null) {
            return item.status().inQueue() ? "? (open)" : ItemTexts.NOTHING;
        }
        return item.decision().getVerdict() == org.attest.model.Verdict.REJECTED ? ItemTexts.NOTHING + " (no annotation)" : item.decision().getValue();
    }

    private List<String> shownLayers() {
        String choice = layerChoice.getItem(Math.max(0, layerChoice.getSelectionIndex()));
        if (choice.equals(FOLLOW)) {
            return List.of(current != null ? current.layer() : Schemas.spanLayers(schema()).get(0).getName());
        }
        if (choice.equals(ALL_SPANS)) {
            return Schemas.spanLayers(schema()).stream().map(Layer::getName).toList();
        }
        return List.of(choice);
    }

    private void reveal() {
        if (current != null) {
            lanes.reveal(current.begin());
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
        return current == null ? null : items.stream().filter(i -> i.position().equals(current)).findFirst().orElse(null);
    }

    /** Returns the items still to settle, in document order. */
    public List<QueueItem> queue() {
        return items.stream().filter(i -> i.status().inQueue()).toList();
    }

    /** Returns the lane captions top to bottom, e.g. "1 anna", "2 ben", "gold". */
    public List<String> laneCaptions() {
        return lanes.lanes().stream().map(Lane::caption).toList();
    }

    /** Returns the labels the lane of {@code caption} shows at the current item. */
    public List<String> labelsAtCurrentItem(String caption) {
        List<String> labels = new ArrayList<>();
        lanes.lanes().stream().filter(l -> l.caption().equals(caption)).flatMap(l -> l.chips().stream())
                .filter(c -> c.position().equals(current)).forEach(c -> labels.add(c.label()));
        return labels;
    }

    /** Returns the item panel's lines, "anna: ORGANIZATION" per annotator. */
    public List<String> versionLines() {
        return panel.lines();
    }

    /** Returns whether the current item and its lanes are scrolled into view. */
    public boolean currentItemVisible() {
        return current != null && lanes.isVisible(current.begin());
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
        if (session == null) {
            pending = position;
            return;
        }
        current = position;
        refresh();
        reveal();
    }

    /** Goes to the next (or previous) open item after the current one, wrapping around. */
    void nextOpen(boolean forward) {
        step(queue(), forward, "No open items left: save (Ctrl+S), then Document > Mark Curated.");
    }

    /** Goes to the next (or previous) item of any status, as Tab and Shift+Tab do. */
    void walk(boolean forward) {
        step(items, forward, "The document has no items.");
    }

    private void step(List<QueueItem> list, boolean forward, String none) {
        if (session == null) {
            return;
        }
        if (list.isEmpty()) {
            status(none);
            return;
        }
        QueueItem target = null;
        for (QueueItem i : forward ? list : reversed(list)) {
            int c = current == null ? (forward ? 1 : -1) : i.position().compareTo(current);
            if (forward ? c > 0 : c < 0) {
                target = i;
                break;
            }
        }
        if (target == null) {
            target = forward ? list.get(0) : list.get(list.size() - 1);
            status("Wrapped around to the " + (forward ? "first" : "last") + " item.");
        } else {
            status("");
        }
        go(target.position());
    }

    private static List<QueueItem> reversed(List<QueueItem> list) {
        List<QueueItem> copy = new ArrayList<>(list);
        java.util.Collections.reverse(copy);
        return copy;
    }

    /** A reviewer's decision on the current item, refused with a message when the document is read-only. */
    @FunctionalInterface
    interface Decision {
        String decide(CurationSession session, QueueItem item) throws CorpusException;
    }

    /** Runs {@code decision} on the current item and shows what it did; returns whether it ran. */
    boolean decide(Decision decision) {
        return run(true, decision);
    }

    private boolean run(boolean needsItem, Decision decision) {
        if (session == null) {
            return false;
        }
        QueueItem item = currentItem();
        if (readOnly != null || item == null && needsItem) {
            status(readOnly != null ? "Read-only: " + readOnly : "No item is selected; press N for the next open item.");
            lanes.widget().getDisplay().beep();
            return false;
        }
        try {
            String done = decision.decide(session, item);
            refresh();
            status(done);
            return true;
        } catch (CorpusException | IllegalArgumentException | IllegalStateException e) {
            status(e.getMessage());
            lanes.widget().getDisplay().beep();
            return false;
        }
    }

    /** Puts the version of lane {@code number} (1-based) into the gold; an annotator without one there means no annotation. */
    public boolean take(int number) {
        return decide((s, item) -> {
            List<String> annotators = new ArrayList<>(s.annotators());
            if (number < 1 || number > annotators.size()) {
                throw new CorpusException("there is no lane " + number + "; the lanes are 1 to " + annotators.size());
            }
            String annotator = annotators.get(number - 1);
            if (item.configurationOf(annotator) == null) {
                s.reject(item.position(), null);
                return annotator + " has no annotation here: the gold has none either. N: next open item.";
            }
            s.take(item.position(), annotator, null);
            return "Took " + annotator + "'s version: " + ItemTexts.version(item.configurationOf(annotator)) + ". N: next open item.";
        });
    }

    /** Decides that the current item holds no annotation. */
    public boolean reject() {
        return decide((s, item) -> {
            s.reject(item.position(), null);
            return "No annotation here in the gold. N: next open item.";
        });
    }

    /** Confirms the current item's earlier decision after the annotators changed their work. */
    public boolean keep() {
        return decide((s, item) -> {
            if (item.status() != ItemStatus.CHANGED) {
                throw new CorpusException("K keeps a decision whose annotations changed since; this item is " + item.status().word()
                        + (item.decision() == null ? ": take a version (1\u20139), edit (E) or reject it (X)" : ""));
            }
            s.keep(item.position(), null);
            return "Kept the decision. N: next open item.";
        });
    }

    /** Puts the current item into the gold with its label feature set to {@code label}. */
    public boolean edit(String label) {
        return decide((s, item) -> {
            Layer layer = Schemas.layer(schema(), item.position().layer()).orElseThrow();
            if (layer.getLabelFeature() == null) {
                throw new CorpusException(layer.getName() + " has no label to choose; take an annotator's version (1\u20139) or reject it (X)");
            }
            s.edit(item.position(), java.util.Map.of(layer.getLabelFeature().getName(), label), null);
            return "Edited: the gold has " + label + " here. N: next open item.";
        });
    }

    /** Sets the comment of the current item's decision. */
    public boolean comment(String text) {
        return decide((s, item) -> {
            s.comment(item.position(), text);
            return text == null || text.isBlank() ? "Comment removed." : "Comment saved with the decision (Ctrl+S writes it).";
        });
    }

    private void commentOn(QueueItem item, String text) {
        go(item.position());
        comment(text);
    }

    /** Merges what every compared annotator agrees on, without touching reviewer decisions. */
    public boolean autoMerge() {
        return run(false, (s, item) -> {
            CurationSession.MergeCount count = s.autoMerge(MergePolicy.UNANIMOUS);
            return "Auto-merge (unanimous) merged " + count.merged() + " position(s)"
                    + (count.waiting() > 0 ? "; " + count.waiting() + " wait for a span that is not in the gold yet" : "") + ".";
        });
    }

    /** Saves, then marks the document curated; refused with the core's message while items are open. */
    public void markCurated() throws CorpusException {
        requireSession();
        if (readOnly != null && document.getGoldState() != GoldState.CURATED) {
            throw new CorpusException(readOnly);
        }
        if (isDirty()) {
            session.save();
        }
        session.markCurated();
        corpus.changed();
        updateReadOnly();
        refresh();
        status("'" + document.getId() + "' is marked curated.");
    }

    /** Gives a curated document back to curation, held by this reviewer. */
    public void reopenCuration() throws CorpusException {
        requireSession();
        if (session.lockedBy().isPresent() || corpus.readOnlyReason() != null) {
            throw new CorpusException(readOnly);
        }
        session.reopen();
        corpus.changed();
        updateReadOnly();
        refresh();
        status("'" + document.getId() + "' is back in curation, held by " + in.reviewer() + ".");
    }

    private void requireSession() throws CorpusException {
        if (session == null) {
            throw new CorpusException("'" + document.getId() + "' is still loading; try again in a moment");
        }
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
            MessageDialog.openError(getSite().getShell(), "Cannot save the gold of " + document.getId(), e.getMessage());
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

    /** Releases the banner colour. */
    @Override
    public void dispose() {
        if (bannerColor != null) {
            bannerColor.dispose();
        }
        super.dispose();
    }
}
