package org.attest.sync;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.attest.store.fs.AtomicFiles;
import org.attest.store.fs.StagedFiles;
import org.eclipse.jgit.api.ResetCommand.ResetType;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.dircache.DirCache;
import org.eclipse.jgit.dircache.DirCacheEditor;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.RefUpdate;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.TreeFilter;

/**
 * Moves the corpus folder from one commit to another so that a crash at any moment is recovered without a manual step:
 * a journal naming both commits is written durably first, each changed file is written atomically and durably and
 * recorded in the index with its stat, the branch moves, and the journal goes; the next synchronisation finishes a move
 * the journal still names.
 */
final class WorkingTree {

    private final TeamCorpus team;
    private final Path journal;

    WorkingTree(TeamCorpus team) {
        this.team = team;
        this.journal = team.dir().resolve(".attest").resolve("sync.journal");
    }

    /** Moves the folder, index and branch from commit {@code from} (the branch's head now) to commit {@code to}. */
    void move(ObjectId from, ObjectId to, String why) throws IOException, SyncException {
        try (RevWalk walk = new RevWalk(team.repository())) {
            refuseLinks(walk.parseCommit(from).getTree(), walk.parseCommit(to).getTree(), to);
        }
        org.attest.store.fs.PathGuard.privateFile(journal);
        AtomicFiles.createDirectories(journal.getParent());
        AtomicFiles.write(journal,
                ("from " + from.name() + "\nto " + to.name() + "\n").getBytes(StandardCharsets.UTF_8));
        try (RevWalk walk = new RevWalk(team.repository())) {
            write(walk.parseCommit(from).getTree(), walk.parseCommit(to).getTree());
            RefUpdate update = team.repository().updateRef(Constants.HEAD);
            update.setExpectedOldObjectId(from);
            update.setNewObjectId(to);
            update.setRefLogMessage(why, false);
            RefUpdate.Result result = update.update(walk);
            if (result != RefUpdate.Result.FAST_FORWARD && result != RefUpdate.Result.FORCED
                    && result != RefUpdate.Result.NO_CHANGE) {
                throw new SyncException(SyncException.Reason.IO, team.dir(),
                        "cannot move the branch of " + team.dir() + " to " + to.abbreviate(8).name()
                                + " (" + result + "); the journal " + journal
                                + " lets the next synchronisation finish it");
            }
        }
        AtomicFiles.deleteDurably(journal);
    }

    // A walk over the files that differ between two trees, the old one first.
    private TreeWalk differences(ObjectReader reader, ObjectId before, ObjectId after) throws IOException {
        TreeWalk walk = new TreeWalk(team.repository(), reader);
        walk.addTree(TreeChanges.parser(reader, before));
        walk.addTree(TreeChanges.parser(reader, after));
        walk.setRecursive(true);
        walk.setFilter(TreeFilter.ANY_DIFF);
        return walk;
    }

    // A corpus holds no links and no other repositories: a version that brings one is refused before anything is
    // written.
    private void refuseLinks(ObjectId before, ObjectId after, ObjectId commit) throws IOException, SyncException {
        try (ObjectReader reader = team.repository().newObjectReader();
                TreeWalk walk = differences(reader, before, after)) {
            while (walk.next()) {
                FileMode mode = walk.getFileMode(1);
                if (mode == FileMode.SYMLINK || mode == FileMode.GITLINK) {
                    throw new SyncException(SyncException.Reason.IO, team.dir().resolve(walk.getPathString()),
                            "the version "
                                    + commit.abbreviate(8).name() + " brings " + walk.getPathString() + " as a "
                                    + (mode == FileMode.SYMLINK ? "symbolic link" : "link to another repository")
                                    + ", which a corpus never holds (it could make Attest read or write outside the corpus); nothing was"
                                    + " changed: ask whoever published it to replace it with the file itself");
                }
            }
        }
    }

    // Writes each file that differs between the two trees atomically and durably, and records it in the index with its
    // stat.
    private void write(ObjectId before, ObjectId after) throws IOException {
        Map<String, ObjectId> changed = new TreeMap<>();
        try (ObjectReader reader = team.repository().newObjectReader();
                TreeWalk walk = differences(reader, before, after)) {
            while (walk.next()) {
                changed.put(walk.getPathString(), walk.getFileMode(1) == FileMode.MISSING ? null : walk.getObjectId(1));
            }
            // new contents are staged beside the corpus, forced to disk together, then renamed into place
            Path staging = org.attest.store.fs.PathGuard.privateFile(
                    team.dir().resolve(".attest").resolve("staging").resolve("sync-" + java.util.UUID.randomUUID()));
            for (String path : changed.keySet()) {
                // a folder of the corpus that is a link (it came with a clone) is never written through
                org.attest.store.fs.PathGuard.confined(team.dir(), team.dir().resolve(path));
            }
            try {
                List<Path> staged = new java.util.ArrayList<>();
                for (Map.Entry<String, ObjectId> file : changed.entrySet()) {
                    if (file.getValue() != null) {
                        Path temp = staging.resolve(file.getKey());
                        Files.createDirectories(temp.getParent());
                        try (var out = Files.newOutputStream(temp)) {
                            reader.open(file.getValue(), Constants.OBJ_BLOB).copyTo(out);
                        }
                        staged.add(temp);
                    }
                }
                StagedFiles.publishStaged(staging, staged, team.dir());
            } finally {
                org.attest.store.fs.Folders.deleteQuietly(staging);
            }
            for (Map.Entry<String, ObjectId> file : changed.entrySet()) {
                if (file.getValue() == null) {
                    Path target = team.dir().resolve(file.getKey());
                    AtomicFiles.deleteDurably(target);
                    removeEmptyFolders(target.getParent());
                }
            }
        }
        DirCache index = team.repository().lockDirCache();
        try {
            DirCacheEditor editor = index.editor();
            for (Map.Entry<String, ObjectId> file : changed.entrySet()) {
                if (file.getValue() == null) {
                    editor.add(new DirCacheEditor.DeletePath(file.getKey()));
                    continue;
                }
                editor.add(IndexEdits.recorded(file.getKey(), team.dir().resolve(file.getKey()), file.getValue()));
            }
            editor.finish();
            index.write();
            index.commit();
        } finally {
            index.unlock();
        }
        StagedFiles.forceDurably(List.of(team.repository().getIndexFile().toPath()));
    }

    private void removeEmptyFolders(Path folder) throws IOException {
        for (Path f = folder; f != null && f.startsWith(team.dir()) && !f.equals(team.dir()); f = f.getParent()) {
            try (var entries = Files.list(f)) {
                if (entries.findAny().isPresent()) {
                    return;
                }
            } catch (NoSuchFileException e) {
                continue;
            }
            AtomicFiles.deleteDurably(f);
        }
    }

    /** Finishes a move a crash interrupted, if the journal names one; returns whether there was one. */
    boolean recover() throws IOException, SyncException {
        List<String> lines;
        try {
            lines = Files.readAllLines(org.attest.store.fs.PathGuard.privateFile(journal), StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            return false;
        }
        if (lines.size() < 2 || !lines.get(0).startsWith("from ") || !lines.get(1).startsWith("to ")) {
            throw new SyncException(SyncException.Reason.IO, journal,
                    journal + " is damaged; it should name the two commits of an interrupted synchronisation");
        }
        ObjectId from = ObjectId.fromString(lines.get(0).substring(5).trim());
        ObjectId to = ObjectId.fromString(lines.get(1).substring(3).trim());
        try {
            team.git().reset().setMode(ResetType.HARD).setRef(to.name()).call();
        } catch (GitAPIException e) {
            throw new SyncException(SyncException.Reason.IO, team.dir(),
                    "cannot finish the interrupted synchronisation to " + to.abbreviate(8).name()
                            + ": " + e.getMessage(),
                    e);
        }
        List<String> changed = new ArrayList<>();
        TreeChanges.each(team.repository(), tree(from), tree(to), null, change -> changed.add(change.path().path()));
        forceToDisk(changed);
        AtomicFiles.deleteDurably(journal);
        return true;
    }

    private ObjectId tree(ObjectId commit) throws IOException {
        try (RevWalk walk = new RevWalk(team.repository())) {
            return walk.parseCommit(commit).getTree();
        }
    }

    // Checkout renames files into place but does not flush them; a power loss must not leave a name with no content.
    private void forceToDisk(List<String> paths) throws IOException {
        Set<Path> folders = new LinkedHashSet<>();
        for (String path : paths) {
            Path file = team.dir().resolve(path);
            folders.add(file.getParent());
            if (Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
                try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
                    channel.force(true);
                }
            }
        }
        for (Path folder : folders) {
            Path existing = folder;
            while (existing != null && !Files.isDirectory(existing)) {
                existing = existing.getParent();
            }
            if (existing != null) {
                try (FileChannel channel = FileChannel.open(existing, StandardOpenOption.READ)) {
                    channel.force(true);
                } catch (IOException e) {
                    if (!"Invalid argument".equals(e.getMessage())) {
                        throw e;
                    }
                }
            }
        }
    }
}
