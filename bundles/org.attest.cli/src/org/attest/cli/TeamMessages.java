package org.attest.cli;

import java.io.PrintWriter;
import java.nio.file.Path;

import org.attest.sync.SyncException;
import org.attest.sync.SyncNote;
import org.attest.sync.SyncResult;

/** How the command line words team operations: their results, and for each kind of failure what the user can do. */
final class TeamMessages {

    private TeamMessages() {
    }

    /** A failure of a team command, worded with the fix for the command line. */
    static final class TeamFailure extends Exception {

        private static final long serialVersionUID = 1L;

        TeamFailure(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** Returns {@code e} worded for the command line, with what to do next for the corpus in {@code dir}. */
    static TeamFailure worded(SyncException e, Path dir) {
        String d = String.valueOf(dir);
        String fix = switch (e.reason()) {
            case NOT_SHARED ->
                "share it with 'attest publish " + d + " URL', or clone a team corpus with 'attest clone URL DIR'";
            case NO_REMOTE -> "give it a remote with 'attest publish " + d + " URL'";
            case UNREACHABLE ->
                "check the URL and the network, then run 'attest sync " + d + "' again; your work is safe in " + d;
            case NOT_AUTHORIZED ->
                "set ATTEST_GIT_USERNAME and ATTEST_GIT_PASSWORD (a token) in the environment, or run the command in a "
                        + "terminal to be asked; SSH remotes use your keys in ~/.ssh";
            case SCHEMA_CONFLICT -> "agree with the team on one schema. To take the published one, run 'attest sync "
                    + d + " --their-schema': "
                    + "yours is kept aside in " + d + "/.attest/conflicts, and 'attest schema " + d
                    + " --apply FILE' applies it again later";
            case REMOTE_BUSY -> "run 'attest sync " + d + "' again in a moment";
            case TARGET_NOT_EMPTY -> "choose a new or empty folder";
            case CANCELLED, IO -> null;
        };
        StringBuilder message = new StringBuilder(e.getMessage());
        for (String version : e.versions()) {
            message.append("\n  ").append(version);
        }
        if (fix != null) {
            message.append("\n  ").append(fix);
        }
        return new TeamFailure(message.toString(), e);
    }

    /** Prints what a synchronisation did. */
    static void print(PrintWriter out, SyncResult result, Path dir) {
        if (result.recovered()) {
            out.println("Finished a synchronisation that was interrupted before.");
        }
        if (result.committed() != null) {
            out.println("Recorded your work: " + result.committed());
        }
        if (!result.received().isEmpty()) {
            out.println("Received " + result.received().size() + " change(s) from the team:");
            result.received().forEach(m -> out.println("  " + m));
        }
        if (result.published() > 0) {
            out.println("Published " + result.published() + " commit(s).");
        }
        if (!result.notes().isEmpty()) {
            out.println("Where two people changed the same thing:");
            for (SyncNote note : result.notes()) {
                out.println("  " + note.message());
                if (note.conflict() != null) {
                    out.println("    your version is kept as " + note.conflict() + ": 'attest conflicts " + dir
                            + " restore " + note.conflict()
                            + "' makes it current again, 'attest conflicts " + dir + " drop " + note.conflict()
                            + "' lets it go");
                }
            }
        }
        if (result.nothingToDo()) {
            out.println("Already up to date: nothing to record, receive or publish.");
        }
    }
}
