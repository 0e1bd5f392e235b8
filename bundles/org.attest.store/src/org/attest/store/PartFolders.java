package org.attest.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Lists the files and folders of the corpus model's parts and checks that each part is named as its file. */
final class PartFolders {

    private PartFolders() {
    }

    /** Refuses a part whose file or folder name is not the {@code name} it holds, naming both. */
    static void requireNamed(Path file, String name, String what) throws CorpusException {
        String expected = file.getFileName().toString();
        if (expected.endsWith(ModelFiles.XMI)) {
            expected = expected.substring(0, expected.length() - ModelFiles.XMI.length());
        }
        if (!expected.equals(name)) {
            throw new CorpusException(file + " holds the " + what + " '" + name + "', not '" + expected
                    + "': its file was renamed or copied by hand; give it back its name");
        }
    }

    /** Returns the model files of {@code folder} (regular .xmi files, no links), sorted; none when it is absent. */
    static List<Path> parts(Path folder) throws CorpusException {
        return list(folder,
                p -> p.getFileName().toString().endsWith(ModelFiles.XMI)
                        && Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS));
    }

    /**
     * Returns the entries of {@code folder} whose names do not start with a dot, sorted by name, none when it does not
     * exist; whether each is a folder (no link) its caller asks, on the threads that read them: at 100,000 documents,
     * asking here took a third of a second.
     */
    static List<Path> entries(Path folder) throws CorpusException {
        return list(folder, p -> true);
    }

    private static List<Path> list(Path folder, java.util.function.Predicate<Path> keep) throws CorpusException {
        if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
            return List.of();
        }
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.filter(p -> !p.getFileName().toString().startsWith(".")).filter(keep).sorted().toList();
        } catch (IOException e) {
            throw new CorpusException("cannot list " + folder + ": " + e.getMessage(), e);
        }
    }
}
