package org.attest.sync;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;

import org.attest.store.cache.Decoder;
import org.attest.store.cache.Encoder;
import org.attest.store.fs.AtomicFiles;
import org.eclipse.jgit.dircache.DirCache;
import org.eclipse.jgit.dircache.DirCacheEntry;
import org.eclipse.jgit.ignore.IgnoreNode;

/**
 * Finds the files of a corpus that may differ from the Git index: every file of the index is compared by size and time
 * (on all cores), and only folders whose modification time changed since the last scan are listed for new files, since
 * adding, removing or renaming a file touches its folder. Without a record (a first scan) every folder is listed.
 */
final class WorktreeScan {

    private static final byte[] MAGIC = {'A', 'T', 'W', 'S', 0, 0, 0, 1};

    private final Path root;
    private final Path state;
    private final IgnoreNode ignore = new IgnoreNode();

    WorktreeScan(Path root) {
        this.root = root;
        this.state = root.resolve(".attest").resolve("cache").resolve("worktree.bin");
        try (var in = Files.newInputStream(org.attest.store.fs.PathGuard.confined(root, root.resolve(".gitignore")),
                LinkOption.NOFOLLOW_LINKS)) {
            ignore.parse(in);
        } catch (IOException e) {
            // no .gitignore: nothing is ignored but Attest's own folders
        }
    }

    /**
     * The outcome of one scan: the paths that may differ from the index, and the folder times to record once those
     * paths are in the index (recording them before would hide the changes from the next scan if committing failed).
     */
    final class Scan {

        private final Set<String> candidates;
        private final Map<String, Long> folders;

        private Scan(Set<String> candidates, Map<String, Long> folders) {
            this.candidates = candidates;
            this.folders = folders;
        }

        /** Returns the paths that may have been added, modified or removed. */
        Set<String> candidates() {
            return candidates;
        }

        /** Forgets the candidates once they are in the index: on a first scan they are every file of the corpus. */
        void staged() {
            candidates.clear();
        }

        /** Records the folder times seen, after the candidates were taken into the index. */
        void record() throws IOException {
            write(folders);
        }
    }

    /** Scans the corpus folder against {@code index}: added, modified (by size or time) or removed files. */
    Scan scan(DirCache index) throws IOException {
        Map<String, Long> recorded = read();
        Map<String, List<DirCacheEntry>> byFolder = new HashMap<>();
        for (int i = 0; i < index.getEntryCount(); i++) {
            DirCacheEntry e = index.getEntry(i);
            String path = e.getPathString();
            int slash = path.lastIndexOf('/');
            byFolder.computeIfAbsent(slash < 0 ? "" : path.substring(0, slash), k -> new ArrayList<>()).add(e);
        }
        Set<String> folders = folders(index);
        Set<String> candidates = new TreeSet<>();
        Map<String, Long> now = new HashMap<>();
        Set<String> walked = new HashSet<>();
        // stat every folder on all cores first: on a corpus of ten thousand documents this is most of the scan
        Map<String, Long> times = new java.util.concurrent.ConcurrentHashMap<>();
        folders.parallelStream().forEach(folder -> {
            Long modified = modified(root.resolve(folder));
            if (modified != null) {
                times.put(folder, modified);
            }
        });
        // a file rewritten in place (cp, a shell redirect) leaves its folder's time alone, so every file is looked at
        // too
        Set<String> changedFolders = new HashSet<>();
        for (String folder : folders) {
            Long modified = times.get(folder);
            if (modified != null) {
                now.put(folder, modified);
                if (!modified.equals(recorded.get(folder))) {
                    changedFolders.add(folder);
                }
            }
        }
        Set<String> touched = java.util.concurrent.ConcurrentHashMap.newKeySet();
        java.util.stream.IntStream.range(0, index.getEntryCount()).parallel().forEach(i -> {
            DirCacheEntry e = index.getEntry(i);
            if (!same(e, root.resolve(e.getPathString()))) {
                touched.add(e.getPathString());
            }
        });
        candidates.addAll(touched);
        for (String folder : changedFolders) {
            compare(folder, byFolder.getOrDefault(folder, List.of()), folders, candidates, now, walked);
        }
        return new Scan(candidates, now);
    }

    // Whether the file still has the size and time its index entry recorded (a smudged entry never does).
    private static boolean same(DirCacheEntry e, Path file) {
        try {
            BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            return a.isRegularFile() && !e.isSmudged() && e.getLength() == a.size()
                    && e.getLastModifiedInstant().equals(a.lastModifiedTime().toInstant());
        } catch (IOException gone) {
            return false;
        }
    }

    // Looks for what a changed folder gained: files the index lacks, and new subfolders, which are walked whole.
    private void compare(String folder, List<DirCacheEntry> entries, Set<String> known, Set<String> candidates,
            Map<String, Long> now,
            Set<String> walked) throws IOException {
        Map<String, DirCacheEntry> byName = new HashMap<>();
        entries.forEach(e -> byName.put(e.getPathString(), e));
        Set<String> present = new HashSet<>();
        try (DirectoryStream<Path> children = Files.newDirectoryStream(root.resolve(folder))) {
            for (Path child : children) {
                String path = folder.isEmpty() ? child.getFileName().toString() : folder + "/" + child.getFileName();
                BasicFileAttributes a = Files.readAttributes(child, BasicFileAttributes.class,
                        LinkOption.NOFOLLOW_LINKS);
                if (skipped(path, a.isDirectory())) {
                    continue;
                }
                if (a.isDirectory()) {
                    if (!known.contains(path) && walked.add(path)) {
                        now.put(path, a.lastModifiedTime().to(TimeUnit.NANOSECONDS));
                        compare(path, List.of(), known, candidates, now, walked);
                    }
                    continue;
                }
                present.add(path);
                DirCacheEntry entry = byName.get(path);
                if (entry == null || entry.isSmudged() || entry.getLength() != a.size()
                        || !entry.getLastModifiedInstant().equals(a.lastModifiedTime().toInstant())) {
                    candidates.add(path);
                }
            }
        } catch (NoSuchFileException e) {
            // the folder went away meanwhile: its entries count as removed below
        }
        for (DirCacheEntry e : entries) {
            if (!present.contains(e.getPathString())) {
                candidates.add(e.getPathString());
            }
        }
    }

    private boolean skipped(String path, boolean folder) {
        if (path.equals(".git") || path.equals(".attest") || path.startsWith(".attest/")) {
            return true;
        }
        return ignore.isIgnored(path, folder) == IgnoreNode.MatchResult.IGNORED;
    }

    /**
     * Records every folder of {@code index} as it is now, for a corpus folder known to match the index (a fresh clone).
     */
    void recordAll(DirCache index) throws IOException {
        Map<String, Long> now = new HashMap<>();
        for (String folder : folders(index)) {
            Long modified = modified(root.resolve(folder));
            if (modified != null) {
                now.put(folder, modified);
            }
        }
        write(now);
    }

    // Every folder that holds an index entry, with all its parents and the top folder.
    private static Set<String> folders(DirCache index) {
        Set<String> folders = new TreeSet<>();
        folders.add("");
        for (int i = 0; i < index.getEntryCount(); i++) {
            String path = index.getEntry(i).getPathString();
            for (int slash = path.lastIndexOf('/'); slash > 0; slash = path.lastIndexOf('/', slash - 1)) {
                if (!folders.add(path.substring(0, slash))) {
                    break;
                }
            }
        }
        return folders;
    }

    /** Forgets the record, so that the next scan looks at every folder. */
    void forget() throws IOException {
        AtomicFiles.deleteDurably(state);
    }

    private static Long modified(Path folder) {
        try {
            BasicFileAttributes a = Files.readAttributes(folder, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            return a.isDirectory() ? a.lastModifiedTime().to(TimeUnit.NANOSECONDS) : null;
        } catch (IOException e) {
            return null;
        }
    }

    private Map<String, Long> read() {
        Map<String, Long> folders = new HashMap<>();
        try {
            byte[] bytes = Files.readAllBytes(org.attest.store.fs.PathGuard.privateFile(state));
            int body = bytes.length - 32;
            if (body < MAGIC.length || !java.util.Arrays.equals(bytes, 0, MAGIC.length, MAGIC, 0, MAGIC.length)
                    || !java.util.Arrays.equals(bytes, body, bytes.length, sha256(bytes, body), 0, 32)) {
                return folders;
            }
            Decoder in = new Decoder(bytes, MAGIC.length, body);
            for (int n = in.number(); n > 0; n--) {
                folders.put(in.string(), in.bits());
            }
            in.requireEnd();
        } catch (IOException | IllegalArgumentException e) {
            folders.clear(); // no record, or a damaged one: every folder is looked at
        }
        return folders;
    }

    // The record is a cache: renamed into place but not forced to disk. A record lost in a crash, or older than the
    // index, only makes folders look changed; its checksum makes a half-written one look absent.
    private void write(Map<String, Long> folders) throws IOException {
        Encoder out = new Encoder();
        out.raw(MAGIC, MAGIC.length);
        out.number(folders.size());
        folders.forEach((folder, modified) -> {
            out.string(folder);
            out.bits(modified);
        });
        byte[] body = out.toByteArray();
        org.attest.store.fs.PathGuard.privateFile(state);
        Files.createDirectories(state.getParent());
        Path temp = state.resolveSibling(state.getFileName() + ".new");
        try (var stream = Files.newOutputStream(temp)) {
            stream.write(body);
            stream.write(sha256(body, body.length));
        }
        Files.move(temp, state, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }

    private static byte[] sha256(byte[] bytes, int length) {
        return org.attest.store.Hashes.digest(bytes, 0, length);
    }
}
