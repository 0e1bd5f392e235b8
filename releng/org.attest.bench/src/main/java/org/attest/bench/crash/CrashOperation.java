package org.attest.bench.crash;

import java.nio.file.Path;
import java.util.List;

import org.attest.store.CorpusStore;

/**
 * A writing operation the crash trials kill: a sequence of steps, each one call a user makes, run on a copy of a
 * prepared corpus in {@code trial/corpus}, and the check of what must be on disk after a kill and recovery.
 */
interface CrashOperation {

    /** Returns the operation's name as the trials report it. */
    String name();

    /** Returns how many steps one run of the child makes. */
    int steps();

    /** Builds the folder every trial of this operation starts from a copy of; {@code template/corpus} is the corpus. */
    void prepare(Path template) throws Exception;

    /** Runs step {@code index} on the trial folder, as a user's command would: open for writing, change, close. */
    void step(Path trial, int index) throws Exception;

    /**
     * Recovers the trial folder as the next program would and returns its one-line notes; by default, by opening the
     * corpus for writing.
     */
    default List<String> recover(Path trial) throws Exception {
        try (CorpusStore store = CorpusStore.open(trial.resolve("corpus"), CorpusStore.Mode.WRITE,
                "crash trials recovery")) {
            return store.notices();
        }
    }

    /**
     * Checks that steps {@code [0, done)} are fully on disk and step {@code done} (when there is one) is fully there or
     * fully absent; throws {@link IllegalStateException} naming what is half there.
     *
     * @return whether step {@code done} is there
     */
    boolean check(Path trial, int done) throws Exception;
}
