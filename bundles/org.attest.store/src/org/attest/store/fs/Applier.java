package org.attest.store.fs;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Applies and undoes the entries of a {@link Journal} by renames alone, each step safe to repeat: an entry is done when
 * its staged copy is gone, and undone when its staged copy is back and any replaced file is in its place again.
 */
final class Applier {

    private final Path root;

    private final Path newDir;

    private final Path oldDir;

    private final Set<Path> touched = new LinkedHashSet<>();

    private final List<Path> created = new ArrayList<>();

    private final boolean found;

    Applier(Path root, Path staging) {
        this(root, staging, false);
    }

    /**
     * Creates an applier; {@code found} says the journal was found on disk, so its staged files are checked for links
     * too.
     */
    Applier(Path root, Path staging, boolean found) {
        this.root = root;
        this.newDir = staging.resolve(Journal.NEW);
        this.oldDir = staging.resolve(Journal.OLD);
        this.found = found;
    }

    // A staging folder this program did not make may hold links of its own: none is followed when its files are moved.
    private void checkStaged(Path staged, Path backup) throws IOException {
        if (found) {
            PathGuard.confined(root, staged);
            PathGuard.confined(root, backup);
        }
    }

    /** Makes {@code entry} done; does nothing when it is done already. */
    void forward(Journal.Entry entry) throws IOException {
        Path target = target(entry);
        Path staged = newDir.resolve(entry.path());
        Path backup = oldDir.resolve(entry.path());
        checkStaged(staged, backup);
        switch (entry.kind()) {
            case FILE -> {
                if (exists(staged)) {
                    if (exists(target) && !exists(backup)) {
                        rename(target, backup);
                    }
                    rename(staged, target);
                }
            }
            case FOLDER -> {
                if (exists(staged)) {
                    if (exists(target)) {
                        throw new FileSystemException(target.toString(), null, "Cannot publish the folder " + target
                                + ": a folder of that name appeared meanwhile; its staged copy stays in " + staged);
                    }
                    rename(staged, target);
                }
            }
            case DELETE -> {
                if (exists(target) && !exists(backup)) {
                    rename(target, backup);
                }
            }
        }
    }

    /** Makes {@code entry} undone, the inverse of {@link #forward}; does nothing when it was never done. */
    void back(Journal.Entry entry) throws IOException {
        Path target = target(entry);
        Path staged = newDir.resolve(entry.path());
        Path backup = oldDir.resolve(entry.path());
        checkStaged(staged, backup);
        if (entry.kind() != Journal.Kind.DELETE && !exists(staged) && exists(target)) {
            rename(target, staged);
        }
        if (exists(backup)) {
            rename(backup, target);
        }
    }

    /** Forces the entries of every folder a rename touched to disk. */
    void syncFolders() throws IOException {
        // a merge or an import touches a folder or two per document: their syncs run side by side, as the files' do
        ParallelForce.each(
                touched.stream().filter(folder -> Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)).toList(),
                AtomicFiles::syncDirectory);
        touched.clear();
    }

    /** Removes the folders the renames created, when they are empty again after an undo. */
    void removeCreatedFolders() throws IOException {
        for (Path folder : created.reversed()) {
            if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
                continue;
            }
            try (var entries = Files.list(folder)) {
                if (entries.findAny().isEmpty()) {
                    AtomicFiles.deleteDurably(folder);
                }
            }
        }
    }

    private Path target(Journal.Entry entry) throws IOException {
        Path target = root.resolve(entry.path()).normalize();
        if (target.equals(root)) {
            throw new FileSystemException(target.toString(), null,
                    "Refusing to replace the corpus folder " + root + " itself");
        }
        PathGuard.confined(root, target);
        for (Path p = target.getParent(); p != null && !p.equals(root); p = p.getParent()) {
            if (Files.exists(p, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
                throw new FileSystemException(p.toString(), null, "Refusing to write " + target + ": " + p
                        + " is a file, not a folder of the corpus; replace it with a folder");
            }
        }
        return target;
    }

    private void rename(Path from, Path to) throws IOException {
        Path parent = to.getParent();
        if (!Files.isDirectory(parent, LinkOption.NOFOLLOW_LINKS)) {
            List<Path> missing = new ArrayList<>();
            for (Path p = parent; p != null && !Files.exists(p, LinkOption.NOFOLLOW_LINKS); p = p.getParent()) {
                missing.add(p);
            }
            for (Path p : missing.reversed()) {
                if (!p.startsWith(oldDir) && !p.startsWith(newDir)) {
                    created.add(p);
                }
            }
            AtomicFiles.createDirectories(parent);
        }
        FaultSeam.before(FaultSeam.Call.RENAME, to);
        Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        touched.add(parent);
        touched.add(from.getParent());
    }

    private static boolean exists(Path path) {
        return Files.exists(path, LinkOption.NOFOLLOW_LINKS);
    }
}
