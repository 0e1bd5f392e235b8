package org.attest.app;

import org.attest.store.CorpusException;
import org.attest.ui.corpus.CorpusSession;
import org.attest.ui.corpus.InitialCorpus;
import org.attest.ui.corpus.OpeningNotes;
import org.attest.ui.editor.EditorCommands;
import org.attest.ui.perspectives.AnnotatePerspective;
import org.eclipse.core.runtime.Platform;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.application.IWorkbenchConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchAdvisor;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;

/** Configures the Attest workbench: the Annotate perspective first, window state kept between runs. */
public final class AttestWorkbenchAdvisor extends WorkbenchAdvisor {

    /** Keeps the layout the user arranged between sessions. */
    @Override
    public void initialize(IWorkbenchConfigurer configurer) {
        configurer.setSaveAndRestore(true);
    }

    /** Opens the Annotate perspective in a new workbench. */
    @Override
    public String getInitialWindowPerspectiveId() {
        return AnnotatePerspective.ID;
    }

    /**
     * Opens the corpus given with {@code --corpus DIR} (or the last one), as {@code --annotator NAME}, and any
     * {@code --document ID}.
     */
    @Override
    public void postStartup() {
        String[] args = Platform.getApplicationArgs();
        // opening a corpus for writing first finishes a synchronisation a crash interrupted
        org.attest.sync.SyncRecovery.install();
        getWorkbenchConfigurer().getWorkbench().getService(CorpusSession.class)
                .setStaleLockPolicy(message -> MessageDialog.openQuestion(null,
                        "Clear the stale lock?",
                        message + "\n\nClear the lock and open the corpus for writing? (No opens it read-only.)"));
        InitialCorpus.annotator(args).ifPresent(InitialCorpus::setAnnotator);
        InitialCorpus.choose(args).ifPresent(dir -> {
            try {
                getWorkbenchConfigurer().getWorkbench().getService(CorpusSession.class).open(dir);
                var page = getWorkbenchConfigurer().getWorkbench().getActiveWorkbenchWindow().getActivePage();
                for (String id : InitialCorpus.documents(args)) {
                    EditorCommands.open(page, id);
                }
                OpeningNotes.show(page.getWorkbenchWindow().getShell(),
                        getWorkbenchConfigurer().getWorkbench().getService(CorpusSession.class));
            } catch (CorpusException | PartInitException e) {
                MessageDialog.openError(null, "Cannot open the corpus",
                        org.attest.ui.corpus.WorkbenchFixes.describe(e));
            }
        });
    }

    /** Releases the corpus and its write lock, so a normal exit leaves no lock behind. */
    @Override
    public void postShutdown() {
        try {
            getWorkbenchConfigurer().getWorkbench().getService(CorpusSession.class).close();
        } catch (CorpusException e) {
            // the process ends now; the operating system releases the lock, and 'attest unlock' clears its file
        }
    }

    /** Creates the advisor of each workbench window. */
    @Override
    public WorkbenchWindowAdvisor createWorkbenchWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
        return new AttestWindowAdvisor(configurer);
    }
}
