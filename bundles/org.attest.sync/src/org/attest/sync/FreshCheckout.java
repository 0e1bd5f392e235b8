package org.attest.sync;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.eclipse.jgit.dircache.DirCache;
import org.eclipse.jgit.dircache.DirCacheBuilder;
import org.eclipse.jgit.dircache.DirCacheEntry;
import org.eclipse.jgit.errors.CorruptObjectException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectChecker;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.ProgressMonitor;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.treewalk.TreeWalk;

/**
 * Writes a commit's files into the empty work tree of a new clone, on all cores, and the index that records them. A
 * new clone's folder is private until it is moved into place, so each file is written where it belongs at once, where
 * JGit's checkout writes a temporary file beside it and renames it; the work is file system calls, some 40,000 of them
 * for 10,000 documents, so it halves the clone. The paths are checked as JGit's checkout checks them (no {@code ..},
 * no {@code .git}, names safe on every system) and links are refused before anything is written.
 */
final class FreshCheckout {

    private record Entry(String path, ObjectId blob) {
    }

    // files between two progress updates, which the monitor receives one thread at a time
    private static final int PROGRESS_STEP = 100;

    private final Repository repository;
    private final Path root;
    private final Path target;

    /** Writes into {@code root}, the private folder of a clone into {@code target} (named in messages). */
    FreshCheckout(Repository repository, Path root, Path target) {
        this.repository = repository;
        this.root = root;
        this.target = target;
    }

    /** Writes the files of {@code commit} and an index recording each with its size and time. */
    void checkout(RevCommit commit, String url, ProgressMonitor monitor) throws IOException, SyncException {
        List<Entry> entries = entries(commit, url);
        monitor.beginTask("Writing the corpus's files", entries.size());
        java.util.concurrent.atomic.AtomicInteger written = new java.util.concurrent.atomic.AtomicInteger();
        Map<Path, Path> folders = new ConcurrentHashMap<>();
        DirCacheEntry[] recorded = new DirCacheEntry[entries.size()];
        int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> work = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int first = t;
                work.add(pool.submit(() -> {
                    try (ObjectReader reader = repository.newObjectReader()) {
                        for (int i = first; i < entries.size(); i += threads) {
                            recorded[i] = write(entries.get(i), reader, folders);
                            if (written.incrementAndGet() % PROGRESS_STEP == 0) {
                                synchronized (monitor) {
                                    monitor.update(PROGRESS_STEP);
                                }
                            }
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : work) {
                f.get();
            }
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw new IOException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new java.io.InterruptedIOException("the checkout was interrupted");
        } finally {
            pool.shutdownNow();
        }
        monitor.endTask();
        DirCache index = repository.lockDirCache();
        try {
            DirCacheBuilder builder = index.builder();
            for (DirCacheEntry e : recorded) {
                builder.add(e);
            }
            builder.finish();
            index.write();
            index.commit();
        } finally {
            index.unlock();
        }
    }

    // The blobs of the commit's tree, in index order; a link, a submodule or a path unsafe anywhere is refused.
    private List<Entry> entries(RevCommit commit, String url) throws IOException, SyncException {
        ObjectChecker checker = new ObjectChecker().setSafeForWindows(true).setSafeForMacOS(true);
        List<Entry> entries = new ArrayList<>();
        List<String> links = new ArrayList<>();
        try (TreeWalk walk = new TreeWalk(repository)) {
            walk.addTree(commit.getTree());
            walk.setRecursive(true);
            while (walk.next()) {
                String path = walk.getPathString();
                try {
                    checker.checkPath(path);
                } catch (CorruptObjectException e) {
                    throw new SyncException(SyncException.Reason.IO, target, url + " holds the path '" + path
                            + "', which is not safe to write (" + e.getMessage()
                            + "); nothing was cloned. Ask the corpus's owner to rename it");
                }
                FileMode mode = walk.getFileMode(0);
                if (mode == FileMode.SYMLINK || mode == FileMode.GITLINK) {
                    links.add(path);
                } else {
                    entries.add(new Entry(path, walk.getObjectId(0)));
                }
            }
        }
        if (!links.isEmpty()) {
            throw new SyncException(SyncException.Reason.IO, target, url + " holds " + links.size()
                    + " symbolic link(s) or links to other"
                    + " repositories (" + String.join(", ", links.subList(0, Math.min(3, links.size())))
                    + (links.size() > 3 ? ", ..." : "")
                    + "), which a corpus never holds: they could make Attest read or write outside the corpus. Nothing was cloned;"
                    + " ask the corpus's owner to replace them with the files themselves");
        }
        return entries;
    }

    // Makes {@code folder} and the folders above it that are not there yet, each with one call: made once, and another
    // thread writing into the same folder waits until it is there.
    private void folder(Path folder, Map<Path, Path> folders) throws IOException {
        if (folder.equals(root) || folders.containsKey(folder)) {
            return;
        }
        folder(folder.getParent(), folders);
        try {
            folders.computeIfAbsent(folder, f -> {
                try {
                    return Files.createDirectory(f);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
        } catch (java.io.UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private DirCacheEntry write(Entry entry, ObjectReader reader, Map<Path, Path> folders) throws IOException {
        // the path passed the checker (no "..", no ".git", no empty names), the folder is new and only this checkout
        // writes into it, folders and regular files alone: no link can be on the way, and none is followed
        Path file = root.resolve(entry.path()).normalize();
        if (!file.startsWith(root)) {
            throw new IOException("the path '" + entry.path() + "' leaves " + root);
        }
        folder(file.getParent(), folders);
        try (OutputStream out = Files.newOutputStream(file, StandardOpenOption.CREATE_NEW,
                StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS)) {
            reader.open(entry.blob(), Constants.OBJ_BLOB).copyTo(out);
        }
        BasicFileAttributes stat = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        DirCacheEntry e = new DirCacheEntry(entry.path());
        e.setFileMode(FileMode.REGULAR_FILE);
        e.setObjectId(entry.blob());
        e.setLength(stat.size());
        e.setLastModified(stat.lastModifiedTime().toInstant());
        return e;
    }
}
