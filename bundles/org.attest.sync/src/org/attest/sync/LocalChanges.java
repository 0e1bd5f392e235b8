package org.attest.sync;

import java.io.IOException;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.jgit.api.AddCommand;
import org.eclipse.jgit.api.RmCommand;
import org.eclipse.jgit.api.Status;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.dircache.DirCache;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;

/** The user's own changes in the corpus folder: what they are in words, and one commit that says so. */
final class LocalChanges {

    private final TeamCorpus team;

    LocalChanges(TeamCorpus team) {
        this.team = team;
    }

    /** Returns the files changed, added or removed since the last commit, outside Attest's private folder. */
    Set<String> paths() throws SyncException {
        Status status = status();
        Set<String> paths = new TreeSet<>();
        paths.addAll(status.getModified());
        paths.addAll(status.getUntracked());
        paths.addAll(status.getMissing());
        paths.addAll(status.getChanged());
        paths.addAll(status.getAdded());
        paths.addAll(status.getRemoved());
        paths.removeIf(p -> p.startsWith(".attest/"));
        return paths;
    }

    /** Commits every change of the user with a message saying what it did; returns the message, or null when nothing changed. */
    String commit() throws SyncException {
        Status status = status();
        Set<String> add = new TreeSet<>(status.getModified());
        add.addAll(status.getUntracked());
        Set<String> remove = new TreeSet<>(status.getMissing());
        add.removeIf(p -> p.startsWith(".attest/"));
        remove.removeIf(p -> p.startsWith(".attest/"));
        if (add.isEmpty() && remove.isEmpty() && status.getChanged().isEmpty() && status.getAdded().isEmpty() && status.getRemoved().isEmpty()) {
            return null;
        }
        try {
            if (!add.isEmpty()) {
                AddCommand command = team.git().add();
                add.forEach(command::addFilepattern);
                command.call();
            }
            if (!remove.isEmpty()) {
                RmCommand command = team.git().rm().setCached(true);
                remove.forEach(command::addFilepattern);
                command.call();
            }
            ObjectId head = team.repository().resolve(Constants.HEAD);
            ObjectId tree;
            DirCache index = team.repository().readDirCache();
            try (ObjectInserter inserter = team.repository().newObjectInserter()) {
                tree = index.writeTree(inserter);
                inserter.flush();
            }
            ObjectId headTree = null;
            if (head != null) {
                try (RevWalk walk = new RevWalk(team.repository())) {
                    headTree = walk.parseCommit(head).getTree();
                }
            }
            if (tree.equals(headTree)) {
                return null;
            }
            String message = TreeChanges.summary(team.repository(), headTree, tree, null).describe(team.user());
            RevCommit commit = team.git().commit().setMessage(message).setAuthor(team.ident()).setCommitter(team.ident()).setAllowEmpty(false).call();
            return commit.getFullMessage();
        } catch (GitAPIException | IOException e) {
            throw new SyncException(SyncException.Reason.IO, team.dir(), "cannot record the changes of " + team.dir() + " in Git: " + e.getMessage(), e);
        }
    }

    /** Returns what the uncommitted changes amount to. */
    ChangeSummary summary() throws SyncException {
        ChangeSummary summary = new ChangeSummary();
        ChangeReader reader = new ChangeReader(summary);
        try {
            ObjectId head = team.repository().resolve(Constants.HEAD + "^{tree}");
            for (String path : paths()) {
                java.nio.file.Path file = team.dir().resolve(path);
                byte[] after = java.nio.file.Files.isRegularFile(file) ? read(path) : null;
                byte[] before = null;
                if (head != null) {
                    try (var walk = org.eclipse.jgit.treewalk.TreeWalk.forPath(team.repository(), path, head)) {
                        before = walk == null ? null : team.repository().open(walk.getObjectId(0)).getCachedBytes(Integer.MAX_VALUE);
                    }
                }
                reader.add(new ChangeReader.Change(org.attest.sync.internal.CorpusPath.of(path), before, after));
            }
        } catch (IOException e) {
            throw new SyncException(SyncException.Reason.IO, team.dir(), "cannot read the changes of " + team.dir() + ": " + e.getMessage(), e);
        }
        return summary;
    }

    private byte[] read(String path) throws IOException {
        org.attest.sync.internal.CorpusPath kind = org.attest.sync.internal.CorpusPath.of(path);
        if (kind.kind() == org.attest.sync.internal.CorpusPath.Kind.CAS || kind.kind() == org.attest.sync.internal.CorpusPath.Kind.GOLD) {
            return new byte[0];
        }
        return java.nio.file.Files.readAllBytes(team.dir().resolve(path));
    }

    private Status status() throws SyncException {
        try {
            return team.git().status().call();
        } catch (GitAPIException e) {
            throw new SyncException(SyncException.Reason.IO, team.dir(), "cannot read the state of " + team.dir() + " from Git: " + e.getMessage(), e);
        }
    }
}
