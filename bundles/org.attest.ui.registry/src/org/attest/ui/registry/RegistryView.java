package org.attest.ui.registry;

import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;

import org.attest.model.Entity;
import org.attest.registry.CorpusMentions;
import org.attest.registry.DuplicateFinder;
import org.attest.registry.EntityRegistry;
import org.attest.registry.Mention;
import org.attest.store.CorpusStore;
import org.attest.ui.corpus.CorpusSession;
import org.attest.ui.corpus.WorkbenchFixes;
import org.attest.ui.editor.AnnotationEditor;
import org.attest.ui.editor.DocumentEditorInput;
import org.eclipse.core.commands.operations.IUndoContext;
import org.eclipse.core.commands.operations.ObjectUndoContext;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.operations.UndoRedoActionGroup;
import org.eclipse.ui.part.ViewPart;

/**
 * The Registry view: the open corpus's entities found by any spelling, each one's mentions across the corpus with the
 * links that look wrong, duplicate suggestions, and merge, split and relink.
 */
public final class RegistryView extends ViewPart {

    /** The view's identifier, as declared in plugin.xml. */
    public static final String ID = "org.attest.ui.views.registry";

    private final Consumer<CorpusSession> onChange = s -> corpusChanged();
    private CorpusSession session;
    private RegistryPanel panel;
    private RegistryChanges changes;
    private IUndoContext undoContext;
    private RegistryState state;
    private CorpusStore shown;
    private Job job;
    private int generation;

    /** Builds the search field, the tables and the actions, then reads the mentions. */
    @Override
    public void createPartControl(Composite parent) {
        session = getSite().getService(CorpusSession.class);
        undoContext = new ObjectUndoContext(this, "Registry");
        changes = new RegistryChanges(session, getSite().getPage(), undoContext, this::refresh);
        panel = new RegistryPanel(parent, this);
        new UndoRedoActionGroup(getSite(), undoContext, true).fillActionBars(getViewSite().getActionBars());
        Action refresh = new Action("Refresh") {

            @Override
            public void run() {
                refresh();
            }
        };
        refresh.setToolTipText("Read the entities' mentions again from the saved annotations");
        getViewSite().getActionBars().getToolBarManager().add(refresh);
        session.addListener(onChange);
        refresh();
    }

    // the session may tell from any thread; the view reads again on the UI thread
    private void corpusChanged() {
        if (!panel.isDisposed()) {
            panel.display().asyncExec(this::refresh);
        }
    }

    /** Reads the mentions of every annotator's saved work again in a job, then shows the registry. */
    public void refresh() {
        if (panel.isDisposed()) {
            return;
        }
        int current = ++generation;
        if (job != null) {
            job.cancel();
        }
        CorpusStore store = session.store().orElse(null);
        if (store != shown) {
            // what could be undone belongs to the corpus shown before
            forgetUndo();
            shown = store;
        }
        if (store == null) {
            job = null;
            state = null;
            panel.say("No corpus open. Use File > Open Corpus... to see its entity registry.");
            show();
            return;
        }
        panel.say("Reading the mentions of the registry's entities\u2026");
        job = Job.create("Reading the registry's mentions", monitor -> {
            try {
                CorpusMentions mentions = CorpusMentions.read(store, monitor::subTask);
                panel.display().asyncExec(() -> loaded(current, store, mentions, null));
            } catch (Exception e) {
                panel.display().asyncExec(() -> loaded(current, store, null, WorkbenchFixes.describe(e)));
            }
            return Status.OK_STATUS;
        });
        job.setSystem(true);
        job.schedule();
    }

    private void loaded(int current, CorpusStore store, CorpusMentions mentions, String failure) {
        if (current != generation || panel.isDisposed()) {
            return;
        }
        job = null;
        if (failure != null) {
            state = null;
            panel.say("Cannot read the mentions: " + failure);
            return;
        }
        state = RegistryState.of(mentions, registry(), store.corpus().getEntities());
        panel.say(status(store));
        show();
    }

    private String status(CorpusStore store) {
        return store.corpus().getEntities().size() + " entities, " + state.mentions().all().size() + " mentions, "
                + state.suspects().size() + " suspect link(s), " + state.duplicates().size() + " possible duplicate(s)"
                + (state.mentions().unreadable().isEmpty()
                        ? ""
                        : "; unreadable: " + String.join("; ", state.mentions().unreadable()))
                + (session.readOnlyReason() == null ? "" : " (read-only)");
    }

    /** Shows the entities matching the search, the mentions of the chosen one and the duplicate suggestions. */
    void show() {
        EntityRegistry registry = registry();
        List<Entity> entities;
        if (registry == null) {
            entities = List.of();
        } else if (panel.query().isBlank()) {
            entities = session.store().orElseThrow().corpus().getEntities().stream()
                    .sorted(Comparator.comparing(e -> String.valueOf(e.getCanonicalName()).toLowerCase())).toList();
        } else {
            entities = registry.search(panel.query(), 0);
        }
        panel.showEntities(entities, state);
    }

    /** Returns the registry of the open corpus, or null when none is open. */
    EntityRegistry registry() {
        return session.store().map(s -> new EntityRegistry(s.corpus())).orElse(null);
    }

    /** Opens the annotation editor of {@code mention}'s document and annotator with the mention selected. */
    void open(Mention mention) {
        try {
            AnnotationEditor editor = (AnnotationEditor) getSite().getPage().openEditor(
                    new DocumentEditorInput(mention.document(), mention.annotator()), AnnotationEditor.ID);
            editor.reveal(mention.begin(), mention.end());
        } catch (PartInitException e) {
            MessageDialog.openError(getSite().getShell(), "Cannot open " + mention.document(),
                    WorkbenchFixes.describe(e));
        }
    }

    /** Merges the suggestion's second entity into its first, as the Merge button does; returns false if refused. */
    public boolean merge(DuplicateFinder.Suggestion suggestion) {
        return report("Cannot merge", changes.merge(suggestion.a(), suggestion.b()));
    }

    /** Relinks the mentions chosen in the table to an entity the user picks. */
    void relinkChosen() {
        Entity from = panel.entity();
        List<Mention> chosen = panel.chosenMentions();
        if (from == null || chosen.isEmpty() || registry() == null) {
            return;
        }
        EntityPickDialog dialog = new EntityPickDialog(getSite().getShell(), registry(), from,
                chosen.size() == 1 ? "'" + chosen.get(0).text() + "'" : chosen.size() + " mentions");
        if (dialog.open() == Window.OK && dialog.chosen() != null) {
            relink(chosen, dialog.chosen());
        }
    }

    /** Links {@code mentions} to {@code to}, saved at once and undoable; returns false when refused. */
    public boolean relink(List<Mention> mentions, Entity to) {
        return report("Cannot relink", changes.relink(mentions, to));
    }

    /** Moves the mentions chosen in the table to a new entity whose name the user types. */
    void splitChosen() {
        Entity from = panel.entity();
        List<Mention> chosen = panel.chosenMentions();
        if (from == null || chosen.isEmpty() || state == null) {
            return;
        }
        InputDialog dialog = new InputDialog(getSite().getShell(), "Split",
                "Move " + chosen.size() + " mention(s) of " + from.getCanonicalName()
                        + " to a new entity called:",
                chosen.get(0).text(), text -> text == null || text.isBlank() ? "Type the new entity's name" : null);
        if (dialog.open() == Window.OK) {
            split(from, dialog.getValue(), chosen);
        }
    }

    /** Moves {@code chosen} mentions of {@code from} to a new entity {@code name}; returns false when refused. */
    public boolean split(Entity from, String name, List<Mention> chosen) {
        return report("Cannot split", changes.split(from, name, chosen, state.mentions()));
    }

    private boolean report(String title, String failure) {
        if (failure != null) {
            MessageDialog.openError(getSite().getShell(), title, failure);
        }
        return failure == null;
    }

    /** Sets the search text, as typing in the search field does. */
    public void search(String query) {
        panel.setQuery(query);
    }

    /** Returns the entities listed, in list order. */
    public List<Entity> entities() {
        return panel.entities();
    }

    /** Chooses {@code entity} in the list, showing its mentions. */
    public void select(Entity entity) {
        panel.select(entity);
    }

    /** Returns the mentions of the chosen entity, in table order. */
    public List<Mention> mentions() {
        return panel.mentions();
    }

    /** Returns the warning shown beside {@code mention}, or null when it looks right. */
    public String warning(Mention mention) {
        return state == null ? null : state.warning(mention);
    }

    /** Returns the duplicate suggestions listed, best first. */
    public List<DuplicateFinder.Suggestion> duplicates() {
        return state == null ? List.of() : state.duplicates();
    }

    /** Returns the table of the chosen entity's mentions, whose double-click opens the editor at one. */
    public Table mentionTable() {
        return panel.mentionTable();
    }

    /** Returns the undo context of the view's changes on the workbench's operation history. */
    public IUndoContext undoContext() {
        return undoContext;
    }

    /** Returns whether the mentions are being read. */
    public boolean isLoading() {
        return job != null;
    }

    @Override
    public void setFocus() {
        panel.setFocus();
    }

    private void forgetUndo() {
        if (undoContext != null) {
            PlatformUI.getWorkbench().getOperationSupport().getOperationHistory().dispose(undoContext, true, true,
                    true);
        }
    }

    @Override
    public void dispose() {
        forgetUndo();
        if (session != null) {
            session.removeListener(onChange);
        }
        if (job != null) {
            job.cancel();
        }
        super.dispose();
    }
}
