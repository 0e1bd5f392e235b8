package org.attest.store.fs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Files written without forcing each, then made durable together: a staging folder's files published at their places,
 * or files forced with their folders, so that many files cost a few waits for the disk instead of one each.
 */
public final class StagedFiles {

    private StagedFiles() {
    }

    /**
     * Writes a new file of a staging folder without forcing it: {@link #forceDurably} or {@link #publishStaged} force
     * many such files together before they are published.
     *
     * @param file the staged file to create or overwrite; its folder must exist
     * @param bytes its content
     * @return {@code file}
     * @throws IOException when writing fails
     */
    public static Path writeStaged(Path file, byte[] bytes) throws IOException {
        FaultSeam.before(FaultSeam.Call.WRITE, file);
        return Files.write(file, bytes);
    }

    /**
     * Publishes files written under the folder {@code staging} at the same relative paths under {@code target}, each
     * atomically and durably: every staged file is forced to disk first, then renamed into place in the given order
     * (replacing an older file), then each folder that received a file is synced once.
     *
     * <p>Each published file is always either old or new; a crash between two renames leaves the earlier files new and
     * the later ones old, which a caller can tell by a hash one file (written last) records of the others.
     *
     * @param staging the folder the files were written in, on the file system of {@code target}
     * @param staged the files to publish, each under {@code staging}, in publishing order
     * @param target the folder to publish them in; missing subfolders are created
     * @throws IOException when forcing or renaming fails; files not yet renamed are then unchanged
     */
    public static void publishStaged(Path staging, List<Path> staged, Path target) throws IOException {
        Path from = staging.toAbsolutePath().normalize();
        Path to = target.toAbsolutePath().normalize();
        List<Path> targets = new ArrayList<>();
        for (Path file : staged) {
            Path absolute = file.toAbsolutePath().normalize();
            if (!absolute.startsWith(from) || absolute.equals(from)) {
                throw new IllegalArgumentException(file + " is not a file under the staging folder " + staging);
            }
            Path published = to.resolve(from.relativize(absolute).toString());
            AtomicFiles.refuseFolder(published, "choose another output folder");
            targets.add(published);
        }
        ParallelForce.files(staged);
        Set<Path> folders = new LinkedHashSet<>();
        for (int i = 0; i < targets.size(); i++) {
            Path folder = targets.get(i).getParent();
            if (folders.add(folder)) {
                AtomicFiles.createDirectories(folder);
            }
            FaultSeam.before(FaultSeam.Call.RENAME, targets.get(i));
            Files.move(staged.get(i).toAbsolutePath(), targets.get(i), StandardCopyOption.ATOMIC_MOVE,
                    StandardCopyOption.REPLACE_EXISTING);
        }
        ParallelForce.each(List.copyOf(folders), AtomicFiles::syncDirectory);
    }

    /**
     * Makes files written without flushing durable: forces each to disk, several at a time, then syncs each folder that
     * holds one, so that both the content and the names survive a crash.
     *
     * @param files the files to force; all must exist
     * @throws IOException when a file or folder cannot be forced
     */
    public static void forceDurably(Collection<Path> files) throws IOException {
        ParallelForce.files(List.copyOf(files));
        Set<Path> folders = new LinkedHashSet<>();
        files.forEach(f -> folders.add(f.toAbsolutePath().getParent()));
        ParallelForce.each(List.copyOf(folders), AtomicFiles::syncDirectory);
    }

    /**
     * Makes a staged tree durable: every file's content, then the entries of every folder from each file or folder up
     * to {@code top}, each folder synced once, several at a time.
     *
     * @param files the staged files, all under {@code top}
     * @param folders the staged folders, all under {@code top}
     * @param top the staged root, the last folder synced
     * @throws IOException when a file or folder cannot be forced
     */
    public static void forceTree(Collection<Path> files, Collection<Path> folders, Path top) throws IOException {
        ParallelForce.files(List.copyOf(files));
        Set<Path> synced = new LinkedHashSet<>();
        List<Path> staged = new ArrayList<>(files);
        staged.addAll(folders);
        for (Path path : staged) {
            for (Path folder = path.toAbsolutePath().normalize().getParent(); folder != null
                    && folder.startsWith(top); folder = folder.getParent()) {
                if (!synced.add(folder)) {
                    break;
                }
            }
        }
        ParallelForce.each(List.copyOf(synced), AtomicFiles::syncDirectory);
    }
}
