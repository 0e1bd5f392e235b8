package org.attest.sync;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;

import org.attest.store.CorpusException;
import org.attest.store.CorpusLayout;
import org.attest.store.CorpusStore;
import org.attest.store.VersionControlFiles;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.transport.URIish;

/** Shares a corpus with a team for the first time: makes it a Git repository, records the remote and publishes it. */
public final class PublishService {

    /**
     * What was published.
     *
     * @param url the remote
     * @param createdRemote whether the remote was a new bare repository made here (a local folder)
     * @param result the synchronisation that published the corpus
     */
    public record Published(String url, boolean createdRemote, SyncResult result) {
    }

    /**
     * Publishes the corpus of {@code store} (open for writing) to {@code url}, as {@code user} (null: Git's user.name
     * or
     * the login name); a local folder that does not exist yet becomes a new bare repository.
     */
    public Published publish(CorpusStore store, String url, String user, SyncService.Request request)
            throws SyncException, CorpusException {
        Path dir = store.layout().dir();
        if (user != null) {
            CorpusLayout.checkAnnotatorName(user);
        }
        try {
            boolean created = createBareIfLocal(url, dir);
            if (!TeamCorpus.isShared(dir)) {
                VersionControlFiles.ensure(dir);
                Git.init().setDirectory(dir.toFile()).setInitialBranch(TeamCorpus.MAIN).call().close();
            }
            try (TeamCorpus team = TeamCorpus.open(dir)) {
                team.configure(user);
                String existing = team.repository().getConfig().getString("remote", TeamCorpus.REMOTE, "url");
                if (existing != null && !existing.equals(url)) {
                    throw new SyncException(SyncException.Reason.IO, dir,
                            dir + " is already shared with " + existing + ", not " + url);
                }
                new URIish(url); // refuses a malformed URL before anything is recorded
                String branch = team.branch();
                team.settings(config -> {
                    config.setString("remote", TeamCorpus.REMOTE, "url", url);
                    config.setString("remote", TeamCorpus.REMOTE, "fetch",
                            "+refs/heads/*:refs/remotes/" + TeamCorpus.REMOTE + "/*");
                    config.setString("branch", branch, "remote", TeamCorpus.REMOTE);
                    config.setString("branch", branch, "merge", "refs/heads/" + branch);
                });
            }
            return new Published(url, created, new SyncService().sync(store, request));
        } catch (GitAPIException | URISyntaxException | IOException e) {
            throw new SyncException(SyncException.Reason.IO, dir,
                    "cannot share " + dir + " through " + url + ": " + e.getMessage(), e);
        }
    }

    // A path on this machine (or a file: URL) that does not exist yet becomes an empty bare repository to publish into.
    private static boolean createBareIfLocal(String url, Path corpus)
            throws GitAPIException, IOException, SyncException {
        Path local;
        if (url.startsWith("file://")) {
            local = Path.of(java.net.URI.create(url));
        } else if (!url.contains("://") && !url.matches("[^/]+@[^/]+:.*")) {
            local = Path.of(url);
        } else {
            return false;
        }
        local = local.toAbsolutePath().normalize();
        if (local.startsWith(corpus)) {
            throw new SyncException(SyncException.Reason.IO, corpus,
                    "the remote " + local + " would lie inside the corpus it receives");
        }
        boolean empty = !Files.exists(local, LinkOption.NOFOLLOW_LINKS);
        if (!empty && Files.isDirectory(local)) {
            try (var entries = Files.list(local)) {
                empty = entries.findAny().isEmpty();
            }
        }
        if (!empty) {
            return false;
        }
        Git.init().setBare(true).setDirectory(local.toFile()).setInitialBranch(TeamCorpus.MAIN).call().close();
        return true;
    }
}
