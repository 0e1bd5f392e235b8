package org.attest.validate;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.attest.cas.CasFormat;
import org.attest.store.CorpusNames;
import org.attest.store.fs.TemporaryFiles;

/**
 * What a corpus folder holds besides its content, found without opening it or following anything in it: symbolic links,
 * devices and pipes, names that are not portable to every system the team uses, names that differ only in case, and
 * files in a document's folder that are not the document's.
 */
public final class CorpusScan {

    private static final Set<String> DOCUMENT_ENTRIES = Set.of("document.xmi", "text.txt", "tokens.txt", "annotations",
            "gold." + CasFormat.EXTENSION,
            "curation.xmi");

    private CorpusScan() {
    }

    /**
     * Walks {@code dir}, Git's own folder excepted, and returns what is wrong with its entries.
     *
     * @param dir the corpus folder
     * @return one finding per entry, in path order; empty when the folder holds nothing a corpus never holds
     * @throws IOException when the folder cannot be walked
     */
    public static List<Finding> scan(Path dir) throws IOException {
        List<Finding> findings = new ArrayList<>();
        Path root = dir.toAbsolutePath().normalize();
        Files.walkFileTree(root, new SimpleFileVisitor<>() {

            @Override
            public FileVisitResult preVisitDirectory(Path folder, BasicFileAttributes attributes) throws IOException {
                if (!folder.equals(root) && folder.getParent().equals(root)
                        && folder.getFileName().toString().equals(".git")) {
                    return FileVisitResult.SKIP_SUBTREE; // Git's own files; Git guards them
                }
                checkNames(root, folder, findings);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                if (attributes.isSymbolicLink()) {
                    findings.add(new Finding(file, link(file)));
                } else if (attributes.isOther()) {
                    findings.add(new Finding(file,
                            "a device, pipe or socket, which a corpus never holds (reading it could block or read"
                                    + " something else); remove it"));
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
                findings.add(new Finding(file, "cannot be read (" + e.getMessage() + "); check its permissions"));
                return FileVisitResult.CONTINUE;
            }
        });
        findings.sort(java.util.Comparator.comparing(Finding::file));
        return findings;
    }

    // The names inside one folder: portable, no two alike but for case, and in a document's folder only its own files.
    private static void checkNames(Path root, Path folder, List<Finding> findings) throws IOException {
        Path rel = root.relativize(folder);
        boolean named = rel.toString().equals("documents") || rel.toString().equals("annotators")
                || rel.startsWith("registry")
                || (rel.getNameCount() == 4 && rel.startsWith("documents")
                        && rel.getFileName().toString().equals("annotations"));
        boolean document = rel.getNameCount() == 2 && rel.startsWith("documents");
        Map<String, String> folded = new HashMap<>();
        List<Path> entries;
        try (var list = Files.list(folder)) {
            entries = list.sorted().toList();
        }
        for (Path entry : entries) {
            String name = entry.getFileName().toString();
            String twin = folded.putIfAbsent(name.toLowerCase(Locale.ROOT), name);
            if (twin != null) {
                findings.add(new Finding(entry,
                        "differs from '" + twin + "' beside it only in case; on macOS and Windows both are one"
                                + " file, so a team member there gets one of them: rename one"));
            }
            if (name.startsWith(".") || TemporaryFiles.isTemporary(entry)) {
                continue;
            }
            if (named) {
                String stem = name.endsWith(".xmi")
                        ? name.substring(0, name.length() - 4)
                        : name.endsWith("." + CasFormat.EXTENSION)
                                ? name.substring(0, name.length() - CasFormat.EXTENSION.length() - 1)
                                : name;
                CorpusNames.problem(stem).ifPresent(problem -> findings.add(new Finding(entry, "the name '" + stem
                        + "' cannot be used on every system: " + problem)));
            }
            if (document && !DOCUMENT_ENTRIES.contains(name)) {
                findings.add(new Finding(entry,
                        "not a file of the document (an export written here, or a copy?); a document's folder"
                                + " holds only " + String.join(", ", new java.util.TreeSet<>(DOCUMENT_ENTRIES))
                                + ": move it out of the corpus"));
            }
        }
    }

    // The words of the refusal of a link, without the path, which the finding names.
    private static String link(Path link) {
        return org.attest.store.fs.UnsafePathException.link(link).getMessage().substring(link.toString().length() + 2);
    }
}
