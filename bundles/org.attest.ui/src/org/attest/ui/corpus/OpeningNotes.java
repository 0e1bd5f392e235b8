package org.attest.ui.corpus;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;

/**
 * Tells the user what opening a corpus did besides reading it: an interrupted operation finished or rolled back, a
 * migration.
 */
public final class OpeningNotes {

    private OpeningNotes() {
    }

    /**
     * Shows the notes of the corpus {@code session} just opened, when there are any, in one information dialog.
     *
     * @param shell the window to show them over
     * @param session the session that opened the corpus
     */
    public static void show(Shell shell, CorpusSession session) {
        if (session.notices().isEmpty()) {
            return;
        }
        StringBuilder text = new StringBuilder("Opening the corpus, Attest:\n");
        session.notices().forEach(note -> text.append("\n\u2022 ").append(note));
        MessageDialog.openInformation(shell, "Corpus opened", text.toString());
    }
}
