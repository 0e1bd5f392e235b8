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
import java.util.Set;

import org.attest.core.fs.AtomicFiles;
import org.eclipse.jgit.api.ResetCommand.ResetType;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.dircache.DirCache;
import org.eclipse.jgit.dircache.DirCacheCheckout;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.RefUpdate;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;

/**
 * Moves the corpus folder from one commit to another so that a crash at any moment is recovered without a manual step:
 * a journal naming both commits is written durably first, the changed files are written and forced to disk, the
 * branch moves, and the journal goes; whoever opens the corpus next finishes a move the journal still names.
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
        AtomicFiles.createDirectories(journal.getParent());
        AtomicFiles.write(journal, ("from " + from.name() + "\nto " + to.name() + "\n").getBytes(StandardCharsets.UTF_8));
        try (RevWalk walk = new RevWalk(team.repository())) {
            RevCommit source = walk.parseCommit(from);
            RevCommit target = walk.parseCommit(to);
            DirCache index = team.repository().lockDirCache();
            DirCacheCheckout checkout;
            try {
                checkout = new DirCacheCheckout(team.repository(), source.getTree(), index, target.getTree());
                checkout.setFailOnConflict(true);
                checkout.checkout();
            } finally {
                index.unlock();
            }
            List<String> changed = new ArrayList<>(checkout.getUpdated().keySet());
            changed.addAll(checkout.getRemoved());
            forceToDisk(changed);
            RefUpdate update = team.repository().updateRef(Constants.HEAD);
            update.setExpectedOldObjectId(from);
            update.setNewObjectId(to);
            update.setRefLogMessage(why, false);
            RefUpdate.Result result = update.update(walk);
            if (result != RefUpdate.Result.FAST_FORWARD && result != RefUpdate.Result.FORCED && result != RefUpdate.Result.NO_CHANGE) {
                throw new SyncException(SyncException.Reason.IO, team.dir(), "cannot move the branch of " + team.dir() + " to " + to.abbreviate(8).name()
                        + " (" + result + "); the journal " + journal + " lets the next synchronisation finish it");
            }
        } catch (org.eclipse.jgit.errors.CheckoutConflictException e) {
            throw new SyncException(SyncException.Reason.IO, team.dir(), "files of " + team.dir() + " changed while synchronising (" + e.getMessage()
                    + "); nothing was lost: synchronise again", e);
        }
        AtomicFiles.deleteDurably(journal);
    }

    /** Finishes a move a crash interrupted, if the journal names one; returns whether there was one. */
    boolean recover() throws IOException, SyncException {
        List<String> lines;
        try {
            lines = Files.readAllLines(journal, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            return false;
        }
        if (lines.size() < 2 || !lines.get(0).startsWith("from ") || !lines.get(1).startsWith("to ")) {
            throw new SyncException(SyncException.Reason.IO, journal, journal + " is damaged; it should name the two commits of an interrupted synchronisation");
        }
        ObjectId from = ObjectId.fromString(lines.get(0).substring(5).trim());
        ObjectId to = ObjectId.fromString(lines.get(1).substring(3).trim());
        try {
            team.git().reset().setMode(ResetType.HARD).setRef(to.name()).call();
        } catch (GitAPIException e) {
            throw new SyncException(SyncException.Reason.IO, team.dir(), "cannot finish the interrupted synchronisation to " + to.abbreviate(8).name()
                    + ": " + e.getMessage(), e);
        }
        List<String> changed = new ArrayList<>();
        for (ChangeReader.Change change : TreeChanges.between(team.repository(), tree(from), tree(to), null)) {
            changed.add(change.path().path());
        }
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
