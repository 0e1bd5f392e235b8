package org.attest.cli;

import java.nio.file.Path;

import org.attest.store.CorpusException;
import org.attest.store.CorpusStore;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Opens corpora for the commands and tells the user, one line each on stderr, what opening did (such as a migration).
 */
final class Stores {

    private Stores() {
    }

    /** Opens the corpus in {@code dir} like {@link CorpusStore#open} and prints its notices. */
    static CorpusStore open(CommandSpec spec, Path dir, CorpusStore.Mode mode, String purpose) throws CorpusException {
        CorpusStore store = CorpusStore.open(dir, mode, purpose);
        for (String notice : store.notices()) {
            spec.commandLine().getErr().println("attest: " + notice);
        }
        return store;
    }
}
