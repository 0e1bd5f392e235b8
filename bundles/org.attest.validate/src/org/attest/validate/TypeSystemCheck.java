package org.attest.validate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.attest.cas.TypeSystemFile;
import org.attest.store.CorpusException;
import org.attest.store.CorpusFiles;
import org.attest.store.CorpusLayout;
import org.attest.store.fs.TemporaryFiles;

/**
 * Checks the type system files of a corpus: each named by the hash of its content, and none left half written.
 */
final class TypeSystemCheck {

    private TypeSystemCheck() {
    }

    /**
     * Adds a finding to {@code findings} for each file of {@code layout}'s type system folder that is not as written.
     */
    static void check(CorpusLayout layout, List<Finding> findings) throws IOException {
        Path folder = layout.typeSystems();
        if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        List<Path> files;
        try (Stream<Path> list = Files.list(folder)) {
            files = list.sorted().toList();
        }
        for (Path file : files) {
            String name = file.getFileName().toString();
            if (TemporaryFiles.isTemporary(file)) {
                findings.add(new Finding(file, "temporary file left by an interrupted save; the type system file"
                        + " is written again when the corpus is next opened for writing, so this one can be deleted"));
                continue;
            }
            String id = name.endsWith("." + TypeSystemFile.EXTENSION)
                    ? name.substring(0, name.length() - TypeSystemFile.EXTENSION.length() - 1)
                    : "";
            if (!TypeSystemFile.ID.matcher(id).matches() || !Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
                findings.add(new Finding(file, "not a type system file (those are named <32 hex digits>."
                        + TypeSystemFile.EXTENSION + "); move it out of the corpus"));
                continue;
            }
            try {
                if (!TypeSystemFile.idOf(CorpusFiles.read(layout.dir(), file)).equals(id)) {
                    findings.add(new Finding(file, "its content is not the type system its name is the hash of: the"
                            + " file is damaged or was edited; restore it from version control or a backup (opening"
                            + " the corpus for writing restores the current schema's)"));
                }
            } catch (CorpusException e) {
                findings.add(new Finding(file, e.getMessage()));
            }
        }
    }
}
