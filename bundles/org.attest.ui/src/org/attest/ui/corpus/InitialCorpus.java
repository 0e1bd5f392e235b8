package org.attest.ui.corpus;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.attest.ui.preferences.AttestPreferences;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.preferences.InstanceScope;

/**
 * Decides which corpus the workbench opens at start: {@code --corpus DIR} on the command line, else the last one used.
 */
public final class InitialCorpus {

    private InitialCorpus() {
    }

    /**
     * Returns the folder named by {@code --corpus DIR} in {@code args}, else the last corpus opened, if it still
     * exists.
     */
    public static Optional<Path> choose(String[] args) {
        Optional<String> given = value(args, "--corpus");
        if (given.isPresent()) {
            return given.map(Path::of);
        }
        String last = InstanceScope.INSTANCE.getNode(AttestPreferences.NODE).get(AttestPreferences.LAST_CORPUS, null);
        return last == null || !Files.isDirectory(Path.of(last)) ? Optional.empty() : Optional.of(Path.of(last));
    }

    /** Returns the annotator named by {@code --annotator NAME} in {@code args}, if any. */
    public static Optional<String> annotator(String[] args) {
        return value(args, "--annotator");
    }

    /** Returns the documents named by {@code --document ID} options in {@code args}, to open in editors at start. */
    public static java.util.List<String> documents(String[] args) {
        java.util.List<String> ids = new java.util.ArrayList<>();
        for (int i = 0; i < args.length - 1; i++) {
            if ("--document".equals(args[i])) {
                ids.add(args[i + 1]);
            }
        }
        return ids;
    }

    /** Makes {@code name} the current annotator, as the preference page would. */
    public static void setAnnotator(String name) {
        var node = InstanceScope.INSTANCE.getNode(AttestPreferences.NODE);
        node.put(AttestPreferences.ANNOTATOR, name);
        try {
            node.flush();
        } catch (org.osgi.service.prefs.BackingStoreException e) {
            // the preference still holds for this session
            ILog.of(InitialCorpus.class).warn("The annotator name '" + name + "' could not be saved in the workspace's"
                    + " preferences; it holds until the workbench closes. Set it again in Window > Preferences > Attest.",
                    e);
        }
    }

    private static Optional<String> value(String[] args, String option) {
        for (int i = 0; i < args.length - 1; i++) {
            if (option.equals(args[i])) {
                return Optional.of(args[i + 1]);
            }
        }
        return Optional.empty();
    }

    /** Remembers {@code dir} as the corpus to open next time. */
    public static void remember(Path dir) {
        var node = InstanceScope.INSTANCE.getNode(AttestPreferences.NODE);
        node.put(AttestPreferences.LAST_CORPUS, dir.toAbsolutePath().normalize().toString());
        try {
            node.flush();
        } catch (org.osgi.service.prefs.BackingStoreException e) {
            // remembering the corpus is a convenience; the corpus itself is unaffected
            ILog.of(InitialCorpus.class).warn("The corpus " + dir + " could not be remembered in the workspace's"
                    + " preferences; open it with File > Open Corpus... next time.", e);
        }
    }
}
