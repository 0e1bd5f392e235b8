package org.attest.ui.corpus;

import org.attest.store.CorpusException;
import org.attest.store.fs.CorpusLockedException;
import org.attest.store.fs.StaleLockException;
import org.attest.store.fs.UnsafePathException;

/**
 * Words the fix of a service's failure as what to do in the workbench: the services state the facts in plain words and
 * typed fields, and only the workbench knows its menus. Where the workbench has no action for the fix, it says what the
 * user can do outside it.
 */
public final class WorkbenchFixes {

    private static final String OPEN_AGAIN = "File > Open Corpus...";

    private WorkbenchFixes() {
    }

    /**
     * Returns {@code failure}'s message followed by what to do about it in the workbench, when there is something.
     *
     * @param failure a failure of a service
     * @return the message for a dialog or a status line
     */
    public static String describe(Throwable failure) {
        String message = failure.getMessage() == null
                ? "unexpected " + failure.getClass().getSimpleName()
                : failure.getMessage();
        return message + fix(failure);
    }

    /**
     * Returns what to do about the first failure among {@code failure} and its causes that carries its facts.
     *
     * @param failure a failure of a service
     * @return the fix, starting with its separator; empty when the message says all there is
     */
    public static String fix(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String fix = switch (t) {
                case StaleLockException e ->
                    " Choose " + OPEN_AGAIN + ", pick this corpus and agree to clear the lock.";
                case CorpusLockedException e ->
                    " Until then the workbench shows it read-only; once the other Attest window or program"
                            + " has closed it, open it again with " + OPEN_AGAIN;
                case CorpusException e when e.remedy() != CorpusException.Remedy.NONE -> "; " + corpus(e);
                case UnsafePathException e when e.kind() != UnsafePathException.Kind.OUTSIDE ->
                    "; then open the corpus again with " + OPEN_AGAIN;
                default -> null;
            };
            if (fix != null) {
                return fix;
            }
        }
        return "";
    }

    private static String corpus(CorpusException e) {
        return switch (e.remedy()) {
            case CREATE_CORPUS -> "choose a folder that holds an Attest corpus with " + OPEN_AGAIN
                    + ", or clone one with File > Clone Corpus...";
            case SHOW_CORPUS -> "the Corpus view lists what it holds";
            case CHECK_CORPUS -> "the document's folder is damaged: restore it from the team's copy or a backup";
            case NAME_REVIEWER -> "set your name under Window > Preferences > Attest > Annotator name";
            case RELEASE_CURATION ->
                "ask " + e.annotator().orElse("that reviewer") + " to finish and choose Document > Mark Curated";
            case CURATE_FIRST ->
                "curate the documents (Document > Curate Selected Document) and mark them curated, or choose an"
                        + " annotator under From: to export their work instead";
            case CHOOSE_ANNOTATOR -> "choose one of them under From:";
            case NONE -> "";
        };
    }
}
