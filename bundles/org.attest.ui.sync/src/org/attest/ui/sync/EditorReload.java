package org.attest.ui.sync;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.attest.store.CorpusException;
import org.attest.ui.corpus.CorpusSession;
import org.attest.ui.editor.AnnotationEditor;
import org.eclipse.core.runtime.ILog;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;

/** Shows what a synchronisation brought: the corpus is opened again, and the open Attest editors with it. */
final class EditorReload {

    /** The curation editor's id, named here so that team work does not need the curation bundle. */
    static final String CURATION_EDITOR = "org.attest.ui.editors.curation";

    private EditorReload() {
    }

    /** Saves the open editors (asking first); returns false when the user cancels. */
    static boolean saveAll(IWorkbenchWindow window) {
        IWorkbenchPage page = window.getActivePage();
        return page == null || page.saveAllEditors(true);
    }

    /** Opens the corpus {@code dir} again in {@code session} and reopens the Attest editors that were open on it. */
    static void reload(IWorkbenchWindow window, CorpusSession session, Path dir) throws CorpusException {
        IWorkbenchPage page = window.getActivePage();
        List<IEditorInput> inputs = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        List<IEditorReference> refs = new ArrayList<>();
        if (page != null) {
            for (IEditorReference ref : page.getEditorReferences()) {
                if (AnnotationEditor.ID.equals(ref.getId()) || CURATION_EDITOR.equals(ref.getId())) {
                    try {
                        inputs.add(ref.getEditorInput());
                        ids.add(ref.getId());
                        refs.add(ref);
                    } catch (PartInitException e) {
                        ILog.of(EditorReload.class).warn("An editor could not be reopened after synchronizing", e);
                    }
                }
            }
            page.closeEditors(refs.toArray(IEditorReference[]::new), false);
        }
        session.open(dir);
        for (int i = 0; i < inputs.size(); i++) {
            try {
                page.openEditor(inputs.get(i), ids.get(i), false);
            } catch (PartInitException e) {
                ILog.of(EditorReload.class).warn(
                        "The editor of " + inputs.get(i).getName() + " could not be reopened after synchronizing", e);
            }
        }
    }
}
