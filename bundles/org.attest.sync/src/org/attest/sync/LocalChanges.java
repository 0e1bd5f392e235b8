package org.attest.sync;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.attest.sync.internal.CorpusPath;
import org.eclipse.jgit.dircache.DirCache;
import org.eclipse.jgit.dircache.DirCacheEditor;
import org.eclipse.jgit.dircache.DirCacheEntry;
import org.eclipse.jgit.lib.CommitBuilder;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.RefUpdate;
import org.eclipse.jgit.revwalk.RevWalk;

/**
 * The user's own changes in the corpus folder: found by a {@link WorktreeScan} and the Git index, told in words, and
 * recorded in one commit that says what they did.
 */
final class LocalChanges {

    // From how many changed files a commit writes its objects into a pack rather than a file each.
    private static final int PACKED = 2_000;

    // How many files one edit of the index takes in: the edits wait in memory until the index applies them.
    private static final int EDITS = 16_384;

    private final TeamCorpus team;

    LocalChanges(TeamCorpus team) {
        this.team = team;
    }

    /**
     * Commits every change of the user with a message saying what it did; returns the message, or null when nothing
     * changed.
     */
    String commit() throws SyncException {
        try {
            DirCache index = team.repository().lockDirCache();
            try {
                WorktreeScan.Scan scan = new WorktreeScan(team.dir()).scan(index);
                Map<String, ObjectId> changes = new TreeMap<>();
                try (ObjectInserter inserter = scan.candidates().size() > PACKED
                        ? DurableInserter.packed(team.repository())
                        : new DurableInserter(team.repository());
                        ObjectReader reader = team.repository().newObjectReader()) {
                    boolean changed = stage(index, scan.candidates(), inserter, changes);
                    scan.staged();
                    String message = null;
                    if (changed) {
                        message = commit(changes, reader, inserter);
                    }
                    inserter.flush();
                    index.write();
                    index.commit();
                    // the index must be on disk before the scan record that trusts it
                    org.attest.store.fs.StagedFiles
                            .forceDurably(java.util.List.of(team.repository().getIndexFile().toPath()));
                    scan.record();
                    return message;
                }
            } finally {
                index.unlock();
            }
        } catch (IOException e) {
            throw new SyncException(SyncException.Reason.IO, team.dir(),
                    "cannot record the changes of " + team.dir() + " in Git: " + e.getMessage(), e);
        }
    }

    // Puts each candidate into the index as it is on disk; returns whether any content changed (a new stat alone does
    // not count).
    private boolean stage(DirCache index, Set<String> candidates, ObjectInserter inserter,
            Map<String, ObjectId> changes) throws IOException {
        DirCacheEditor editor = index.editor();
        int edits = 0;
        boolean changed = false;
        for (String path : candidates) {
            if (edits == EDITS) {
                editor.finish();
                editor = index.editor();
                edits = 0;
            }
            Path file = org.attest.store.fs.PathGuard.confined(team.dir(), team.dir().resolve(path));
            DirCacheEntry existing = index.getEntry(path);
            if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
                if (existing != null) {
                    editor.add(new DirCacheEditor.DeletePath(path));
                    edits++;
                    changes.put(path, null);
                    changed = true;
                }
                continue;
            }
            byte[] content = Files.readAllBytes(file);
            ObjectId blob = inserter.idFor(Constants.OBJ_BLOB, content);
            if (existing == null || !blob.equals(existing.getObjectId())) {
                inserter.insert(Constants.OBJ_BLOB, content);
                changes.put(path, blob);
                changed = true;
            }
            editor.add(IndexEdits.recorded(path, file, blob));
            edits++;
        }
        editor.finish();
        return changed;
    }

    // The head's tree with the changed files replaced, committed; only the trees on the changed paths are rewritten.
    private String commit(Map<String, ObjectId> changes, ObjectReader reader, ObjectInserter inserter)
            throws IOException, SyncException {
        ObjectId head = team.repository().resolve(Constants.HEAD);
        ObjectId headTree = null;
        if (head != null) {
            try (RevWalk walk = new RevWalk(team.repository())) {
                headTree = walk.parseCommit(head).getTree();
            }
        }
        ObjectId tree = TreeEditor.apply(reader, inserter, headTree, changes);
        changes.clear(); // the tree holds them now; the summary below reads them from it
        if (tree.equals(headTree)) {
            return null;
        }
        inserter.flush();
        String message = TreeChanges.summary(team.repository(), headTree, tree, null).describe(team.user());
        CommitBuilder commit = new CommitBuilder();
        commit.setTreeId(tree);
        if (head != null) {
            commit.setParentId(head);
        }
        commit.setAuthor(team.ident());
        commit.setCommitter(team.ident());
        commit.setMessage(message + "\n");
        ObjectId id = inserter.insert(commit);
        inserter.flush();
        RefUpdate update = team.repository().updateRef(Constants.HEAD);
        update.setExpectedOldObjectId(head == null ? ObjectId.zeroId() : head);
        update.setNewObjectId(id);
        update.setRefLogMessage("attest sync: " + message, false);
        RefUpdate.Result result = update.update();
        if (result != RefUpdate.Result.NEW && result != RefUpdate.Result.FAST_FORWARD
                && result != RefUpdate.Result.FORCED) {
            throw new SyncException(SyncException.Reason.IO, team.dir(),
                    "cannot record the commit of your changes in " + team.dir() + " (" + result + ")");
        }
        return message;
    }

    /** Returns what the changes not yet committed amount to, without recording anything. */
    ChangeSummary summary() throws SyncException {
        ChangeSummary summary = new ChangeSummary();
        ChangeReader reader = new ChangeReader(summary);
        try {
            DirCache index = team.repository().readDirCache();
            Set<String> candidates = new TreeSet<>(new WorktreeScan(team.dir()).scan(index).candidates());
            for (String path : candidates) {
                Path file = org.attest.store.fs.PathGuard.confined(team.dir(), team.dir().resolve(path));
                DirCacheEntry entry = index.getEntry(path);
                CorpusPath kind = CorpusPath.of(path);
                byte[] after = Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) ? Files.readAllBytes(file) : null;
                if (after != null && entry != null) {
                    try (ObjectInserter.Formatter f = new ObjectInserter.Formatter()) {
                        if (f.idFor(Constants.OBJ_BLOB, after).equals(entry.getObjectId())) {
                            continue; // touched, not changed
                        }
                    }
                }
                byte[] before = entry == null
                        ? null
                        : team.repository().open(entry.getObjectId(), Constants.OBJ_BLOB)
                                .getCachedBytes(Integer.MAX_VALUE);
                boolean opaque = kind.kind() == CorpusPath.Kind.CAS || kind.kind() == CorpusPath.Kind.GOLD
                        || kind.kind() == CorpusPath.Kind.TEXT;
                reader.add(new ChangeReader.Change(kind, opaque && before != null ? new byte[0] : before,
                        opaque && after != null ? new byte[0] : after));
            }
        } catch (IOException e) {
            throw new SyncException(SyncException.Reason.IO, team.dir(),
                    "cannot read the changes of " + team.dir() + ": " + e.getMessage(), e);
        }
        return summary;
    }
}
