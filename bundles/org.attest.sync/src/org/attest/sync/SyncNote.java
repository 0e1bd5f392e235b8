package org.attest.sync;

import java.util.List;

/**
 * Something a synchronisation decided by rule where two people changed the same thing, in words for the user.
 *
 * @param path the file concerned, relative to the corpus folder
 * @param message what happened and which version was kept
 * @param keptAside the files of the local version that were kept aside (under {@code .attest/conflicts/}); empty when
 *     nothing needed keeping because both versions were merged
 * @param conflict the id of the kept-aside copy, for listing or restoring it; null when nothing was kept aside
 */
public record SyncNote(String path, String message, List<String> keptAside, String conflict) {

    /** Creates a note. */
    public SyncNote {
        keptAside = List.copyOf(keptAside);
    }

    /** Returns a note about a merge that kept both versions' changes. */
    static SyncNote merged(String path, String message) {
        return new SyncNote(path, message, List.of(), null);
    }

    /** Returns this note with the id of the copy its kept-aside files went to. */
    SyncNote keptAs(String id) {
        return new SyncNote(path, message, keptAside, id);
    }
}
