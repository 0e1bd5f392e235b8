package org.attest.sync;

import java.util.List;

/**
 * What one synchronisation did.
 *
 * @param committed the message of the commit that recorded the user's own changes, or null when there were none
 * @param received the messages of the commits that came in from the team, oldest first
 * @param published how many commits the remote received from here
 * @param notes what was decided by rule where two people changed the same thing
 * @param attempts how many rounds of fetch, merge and push it took (more than one when the remote moved meanwhile)
 * @param recovered whether an earlier synchronisation that a crash interrupted was finished first
 */
public record SyncResult(String committed, List<String> received, int published, List<SyncNote> notes, int attempts,
        boolean recovered) {

    /** Creates a result. */
    public SyncResult {
        received = List.copyOf(received);
        notes = List.copyOf(notes);
    }

    /** Returns whether the synchronisation changed nothing anywhere. */
    public boolean nothingToDo() {
        return committed == null && received.isEmpty() && published == 0 && notes.isEmpty();
    }
}
