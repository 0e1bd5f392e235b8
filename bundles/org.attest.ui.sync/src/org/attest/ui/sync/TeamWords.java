package org.attest.ui.sync;

import org.attest.sync.SyncException;
import org.attest.sync.SyncNote;
import org.attest.sync.SyncResult;

/** How the workbench words team results and failures: what happened, and what to do in the workbench. */
final class TeamWords {

    private TeamWords() {
    }

    /** Returns {@code e} with the fix a workbench user can apply. */
    static String failure(SyncException e) {
        String fix = switch (e.reason()) {
            case NOT_SHARED, NO_REMOTE ->
                "Share it with Team > Share Corpus..., or clone a team corpus with File > Clone Corpus....";
            case UNREACHABLE ->
                "Check the address and the network, then Team > Synchronize again. Your work is safe on this machine.";
            case NOT_AUTHORIZED -> "Team > Synchronize again and give the right login; a wrong one was forgotten.";
            case SCHEMA_CONFLICT ->
                "Agree with the team on one schema. Until then nothing is merged; your schema change stays here.";
            case REMOTE_BUSY -> "Team > Synchronize again in a moment.";
            case TARGET_NOT_EMPTY -> "Choose a new or empty folder.";
            case CANCELLED, IO -> "";
        };
        StringBuilder text = new StringBuilder(e.getMessage()).append('.');
        e.versions().forEach(v -> text.append("\n  ").append(v));
        return fix.isEmpty() ? text.toString() : text.append("\n\n").append(fix).toString();
    }

    /** Returns a one-line summary of {@code result} for the status bar. */
    static String summary(SyncResult result) {
        if (result.nothingToDo()) {
            return "Synchronized: already up to date.";
        }
        StringBuilder s = new StringBuilder("Synchronized");
        if (result.committed() != null) {
            s.append(": recorded your work");
        }
        if (!result.received().isEmpty()) {
            s.append(result.committed() == null ? ": " : ", ").append("received ").append(result.received().size())
                    .append(" change(s)");
        }
        if (result.published() > 0) {
            s.append(", published ").append(result.published()).append(" commit(s)");
        }
        return s.append('.').toString();
    }

    /** Returns the notes of {@code result} for a dialog, or null when there are none. */
    static String notes(SyncResult result) {
        if (result.notes().isEmpty()) {
            return null;
        }
        StringBuilder s = new StringBuilder("Where two people changed the same thing, the rules decided:\n");
        for (SyncNote note : result.notes()) {
            s.append("\n- ").append(note.message());
            if (note.conflict() != null) {
                s.append(" (your version is kept in .attest/conflicts/").append(note.conflict()).append(")");
            }
        }
        return s.toString();
    }
}
