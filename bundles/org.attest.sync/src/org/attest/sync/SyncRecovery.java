package org.attest.sync;

import java.io.IOException;
import java.util.List;

import org.attest.core.fs.Recovery;

/**
 * Lets the recovery that runs whenever a corpus is opened for writing finish a synchronisation a crash interrupted, so
 * that no program changes a folder that is half way between two commits.
 */
public final class SyncRecovery {

    private SyncRecovery() {
    }

    /** Registers the finishing of interrupted synchronisations with {@link Recovery}; calling it again changes nothing. */
    public static void install() {
        Recovery.register(Recovery.SYNC_JOURNAL, dir -> {
            try (TeamCorpus team = TeamCorpus.open(dir)) {
                return new WorkingTree(team).recover()
                        ? List.of("recovered an interrupted synchronisation: the folder now holds the merged work it was writing")
                        : List.of();
            } catch (SyncException e) {
                throw new IOException(e.getMessage(), e);
            }
        });
    }
}
