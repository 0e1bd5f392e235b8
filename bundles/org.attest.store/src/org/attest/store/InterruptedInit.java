package org.attest.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.attest.store.fs.Folders;
import org.attest.store.fs.TemporaryFiles;

/**
 * Recognises and removes what an {@code attest init} killed before it wrote {@code corpus.xmi} (always its last file)
 * leaves in a folder: Attest's own empty folders and model files, never anything a user put there.
 */
final class InterruptedInit {

    /** The entries an init creates before its header; the folders among them hold no document yet. */
    private static final Set<String> CREATED = Set.of("documents", "annotators", "registry", "schema.xmi", ".gitignore",
            ".gitattributes", ".attest");

    private InterruptedInit() {
    }

    /** Removes an interrupted init's leftovers from the folder of {@code layout}; returns whether there were any. */
    static boolean clear(CorpusLayout layout) throws IOException {
        if (Files.exists(layout.model(), LinkOption.NOFOLLOW_LINKS)) {
            return false;
        }
        List<Path> entries;
        try (Stream<Path> list = Files.list(layout.dir())) {
            entries = list.toList();
        }
        if (entries.isEmpty() || !entries.stream().allMatch(InterruptedInit::created)) {
            return false;
        }
        for (Path entry : entries) {
            Folders.deleteQuietly(entry);
        }
        return true;
    }

    private static boolean created(Path entry) {
        String name = entry.getFileName().toString();
        if (TemporaryFiles.isTemporary(entry)) {
            return true;
        }
        if (!CREATED.contains(name) || Files.isSymbolicLink(entry)) {
            return false;
        }
        if (name.equals("documents") || name.equals("annotators") || name.equals("registry")) {
            // an init writes no document and no annotator: anything inside came from elsewhere
            try (Stream<Path> inside = Files.walk(entry)) {
                return inside.allMatch(p -> Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS));
            } catch (IOException e) {
                return false;
            }
        }
        return true;
    }
}
