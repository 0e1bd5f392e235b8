package org.attest.sync;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Where a team corpus stands against its remote, as of the last fetch.
 *
 * @param branch the branch checked out
 * @param remote the remote's URL, if there is one
 * @param user the person this copy belongs to
 * @param ahead commits here that the remote lacks
 * @param behind commits of the remote not merged here
 * @param unpublished the local commits not yet published, newest first
 * @param changes what the changes not yet committed amount to
 * @param lastSync when the last synchronisation finished
 * @param kept the local versions kept aside by earlier synchronisations, waiting for the user
 */
public record TeamStatus(String branch, Optional<String> remote, String user, int ahead, int behind,
        List<String> unpublished,
        ChangeSummary changes, Optional<Instant> lastSync, List<KeptVersions.Kept> kept) {

    /** Creates a status. */
    public TeamStatus {
        unpublished = List.copyOf(unpublished);
        kept = List.copyOf(kept);
    }

    /** Returns whether this copy holds work the team does not have yet. */
    public boolean hasUnpublishedWork() {
        return ahead > 0 || !changes.isEmpty();
    }
}
