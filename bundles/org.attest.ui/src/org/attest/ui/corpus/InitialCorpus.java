package org.attest.ui.corpus;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.attest.ui.preferences.AttestPreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;

/** Decides which corpus the workbench opens at start: {@code --corpus DIR} on the command line, else the last one used. */
public final class InitialCorpus {

    private InitialCorpus() {
    }

    /** Returns the folder named by {@code --corpus DIR} in {@code args}, else the last corpus opened, if it still exists. */
    public static Optional<Path> choose(String[] args) {
        for (int i = 0; i < args.length - 1; i++) {
            if ("--corpus".equals(args[i])) {
                return Optional.of(Path.of(args[i + 1]));
            }
        }
        String last = InstanceScope.INSTANCE.getNode(AttestPreferences.NODE).get(AttestPreferences.LAST_CORPUS, null);
        return last == null || !Files.isDirectory(Path.of(last)) ? Optional.empty() : Optional.of(Path.of(last));
    }

    /** Remembers {@code dir} as the corpus to open next time. */
    public static void remember(Path dir) {
        var node = InstanceScope.INSTANCE.getNode(AttestPreferences.NODE);
        node.put(AttestPreferences.LAST_CORPUS, dir.toAbsolutePath().normalize().toString());
        try {
            node.flush();
        } catch (org.osgi.service.prefs.BackingStoreException e) {
            // remembering the corpus is a convenience; the corpus itself is unaffected
        }
    }
}
