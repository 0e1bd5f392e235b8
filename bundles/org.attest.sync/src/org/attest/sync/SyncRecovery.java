package org.attest.sync;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.attest.store.fs.LockHolder;
import org.attest.store.fs.Recovery;

/**
 * Lets the recovery that runs whenever a corpus is opened for writing finish a synchronisation a crash interrupted, so
 * that no program changes a folder that is half way between two commits.
 */
public final class SyncRecovery {

    private SyncRecovery() {
    }

    /**
     * Registers with {@link Recovery} the finishing of interrupted synchronisations and the removal of the Git lock
     * files
     * a dead writer left; calling it again changes nothing.
     */
    public static void install() {
        Recovery.registerCleanup("git locks", SyncRecovery::removeGitLocks);
        Recovery.register(Recovery.SYNC_JOURNAL, dir -> {
            try (TeamCorpus team = TeamCorpus.open(dir)) {
                return new WorkingTree(team).recover()
                        ? List.of(
                                "recovered an interrupted synchronisation: the folder now holds the merged work it was writing")
                        : List.of();
            } catch (SyncException e) {
                throw new IOException(e.getMessage(), e);
            }
        });
    }

    /**
     * Removes the lock files (index.lock, HEAD.lock, refs/...lock) under .git that the dead writer made: those written
     * since it took the corpus. A Git command of the user's own that runs now made its lock later and keeps it.
     */
    private static List<String> removeGitLocks(Path root, LockHolder dead) throws IOException {
        Path git = root.resolve(".git");
        if (!Files.isDirectory(git, LinkOption.NOFOLLOW_LINKS) || dead.since().equals(Instant.EPOCH)) {
            return List.of();
        }
        List<String> removed = new ArrayList<>();
        try (Stream<Path> files = Files.walk(git)) {
            for (Path lock : files
                    .filter(p -> p.getFileName().toString().endsWith(".lock") && !p.startsWith(git.resolve("objects"))
                            && Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS))
                    .toList()) {
                if (!Files.getLastModifiedTime(lock).toInstant().isBefore(dead.since().minusSeconds(1))) {
                    Files.delete(lock);
                    removed.add(root.relativize(lock).toString());
                }
            }
        }
        return removed.isEmpty()
                ? List.of()
                : List.of("removed Git's lock file(s) " + String.join(", ", removed) + ", left by "
                        + dead.describe() + " when it died");
    }
}
