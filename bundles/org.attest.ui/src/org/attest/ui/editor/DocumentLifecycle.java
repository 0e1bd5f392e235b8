package org.attest.ui.editor;

import java.util.function.Consumer;

import org.apache.uima.cas.CAS;
import org.attest.edit.DocumentWorkflow;
import org.attest.edit.Editability;
import org.attest.model.Document;
import org.attest.model.DocumentState;
import org.attest.store.CorpusException;
import org.attest.store.CorpusLayout;
import org.attest.store.CorpusStore;
import org.attest.ui.corpus.CorpusSession;
import org.attest.ui.preferences.AttestPreferences;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.custom.StyledText;

/**
 * The annotation editor's document lifecycle: reading the CAS in a job, the dirty count, saving and autosaving, and
 * whether edits are allowed.
 */
final class DocumentLifecycle {

    private final AnnotationEditor editor;
    private final CorpusSession session;
    private final CorpusStore store;
    private final Document document;
    private final String annotator;
    private final boolean readOnly;
    private final Runnable autosave = this::autosave;
    private Editability editability;
    private int changes;
    private int savedAt;

    /**
     * Creates the lifecycle of {@code annotator}'s annotations of {@code document} and works out whether they may be
     * edited; a {@code readOnly} one (another annotator's, or the gold) never is.
     */
    DocumentLifecycle(AnnotationEditor editor, CorpusSession session, CorpusStore store, Document document,
            String annotator, boolean readOnly) {
        this.editor = editor;
        this.session = session;
        this.store = store;
        this.document = document;
        this.annotator = annotator;
        this.readOnly = readOnly;
        updateEditability();
    }

    /** Reads the CAS in a background job, so that opening a large document never freezes the workbench. */
    void load(StyledText text, Consumer<CAS> install, Runnable showBanner) {
        Job job = Job.create("Opening " + document.getId(), monitor -> {
            try {
                CAS loaded = readOnly && CorpusLayout.GOLD.equals(annotator)
                        ? store.readGold(document)
                        : store.readCas(document, annotator);
                text.getDisplay().asyncExec(() -> install.accept(loaded));
            } catch (CorpusException e) {
                text.getDisplay().asyncExec(() -> {
                    if (!text.isDisposed()) {
                        editability = Editability.no("the document could not be opened: " + e.getMessage());
                        text.setText("");
                        showBanner.run();
                    }
                });
            }
        });
        job.setUser(false);
        job.schedule();
    }

    /** Returns whether edits are allowed, with the reason when they are not. */
    Editability editability() {
        return editability;
    }

    /** Counts one change of the CAS. */
    void countChange() {
        changes++;
    }

    /** Restarts the autosave timer with the seconds of the preferences (none when they say 0). */
    void restartAutosave() {
        int seconds = Math.max(0, org.eclipse.core.runtime.Platform.getPreferencesService()
                .getInt(AttestPreferences.NODE, AttestPreferences.AUTOSAVE_SECONDS,
                        AttestPreferences.DEFAULT_AUTOSAVE_SECONDS, null));
        StyledText text = editor.textWidget();
        text.getDisplay().timerExec(-1, autosave);
        if (seconds > 0) {
            text.getDisplay().timerExec(seconds * 1000, autosave);
        }
    }

    /** Stops the autosave timer. */
    void stopAutosave() {
        editor.textWidget().getDisplay().timerExec(-1, autosave);
    }

    private void autosave() {
        if (!editor.textWidget().isDisposed() && isDirty()) {
            editor.doSave(null);
            editor.status("Autosaved at " + java.time.LocalTime.now().withNano(0));
        }
    }

    /** Returns whether the CAS changed since it was loaded or saved. */
    boolean isDirty() {
        return changes != savedAt;
    }

    /** Saves the CAS atomically, records that the annotator has started the document, then runs {@code saved}. */
    void save(Runnable saved) throws CorpusException {
        store.ensureAnnotator(annotator);
        store.writeCas(document, annotator, editor.cas());
        if (CorpusStore.state(document, annotator) == DocumentState.NEW) {
            store.setState(document, store.annotator(annotator).orElseThrow(), DocumentState.IN_PROGRESS);
        }
        store.saveModel();
        savedAt = changes;
        saved.run();
        session.changed();
        editor.status("Saved " + document.getId() + " at " + java.time.LocalTime.now().withNano(0));
    }

    /** Marks the document finished for this annotator (saving first) and makes the editor read-only. */
    void markFinished() throws CorpusException {
        if (isDirty()) {
            editor.doSave(null);
        }
        DocumentWorkflow.markFinished(store, document, annotator);
        updateEditability();
        editor.refresh();
        session.changed();
        session.finished(document.getId());
        editor.status(
                document.getId() + " is finished for " + annotator + " and read-only; Document > Reopen edits it");
    }

    /** Reopens a finished document for editing. */
    void reopen() throws CorpusException {
        DocumentWorkflow.reopen(store, document, annotator);
        updateEditability();
        editor.refresh();
        session.changed();
        editor.status(document.getId() + " is reopened for " + annotator + " and may be edited");
    }

    private void updateEditability() {
        if (readOnly) {
            editability = Editability.no(CorpusLayout.GOLD.equals(annotator)
                    ? "this is the curated gold, shown read-only; curate the document to change it"
                    : "these are " + annotator + "'s annotations, shown read-only; only " + annotator + " edits them");
            return;
        }
        editability = DocumentWorkflow.editable(store, document, annotator, session.readOnlyReason());
    }
}
