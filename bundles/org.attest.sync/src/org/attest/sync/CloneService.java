package org.attest.sync;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.attest.core.fs.Folders;
import org.attest.core.store.CorpusLayout;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.NullProgressMonitor;
import org.eclipse.jgit.lib.ProgressMonitor;
import org.eclipse.jgit.transport.CredentialsProvider;

/** Makes a copy of a team's corpus on this machine, for one person to annotate or curate in. */
public final class CloneService {

    /**
     * What was cloned.
     *
     * @param dir the new corpus folder
     * @param user the person this copy belongs to
     * @param documents how many documents the corpus holds
     * @param annotators the annotators whose work it holds
     */
    public record Cloned(Path dir, String user, int documents, java.util.List<String> annotators) {
    }

    /**
     * Clones the corpus at {@code url} into {@code dir} (absent or empty) for {@code user} (null: Git's user.name or the
     * login name); a half-made copy is removed when the clone fails.
     */
    public Cloned clone(String url, Path dir, String user, CredentialsProvider credentials, ProgressMonitor monitor)
            throws SyncException {
        Path target = dir.toAbsolutePath().normalize();
        boolean existed = Files.exists(target, LinkOption.NOFOLLOW_LINKS);
        requireEmpty(target);
        if (user != null) {
            CorpusLayout.checkAnnotatorName(user);
        }
        Remote remote = new Remote(credentials, monitor == null ? NullProgressMonitor.INSTANCE : monitor);
        try (Git git = remote.configure(Git.cloneRepository().setURI(url).setDirectory(target.toFile()).setRemote(TeamCorpus.REMOTE)
                .setProgressMonitor(remote.monitor())).call()) {
            TeamCorpus team = TeamCorpus.of(target, git.getRepository());
            team.configure(user);
            // the copy matches its index now: recording its folders lets the first sync look only at what changes after
            new WorktreeScan(target).recordAll(git.getRepository().readDirCache());
            if (!Files.isRegularFile(target.resolve("corpus.xmi"))) {
                throw new SyncException(SyncException.Reason.IO, target, url + " holds no Attest corpus (no corpus.xmi at its top)");
            }
            // counting the documents and annotators is enough here; the first open of the corpus reads (and caches) its model
            CorpusLayout layout = new CorpusLayout(target);
            return new Cloned(target, team.user(), count(layout.documents(), "document.xmi"), names(layout.annotators()));
        } catch (GitAPIException e) {
            removeHalfMade(target, existed);
            throw Remote.failure("cloning", url, target, e);
        } catch (IOException e) {
            removeHalfMade(target, existed);
            throw new SyncException(SyncException.Reason.IO, target, "cannot clone " + url + " into " + target + ": " + e.getMessage(), e);
        } catch (SyncException | RuntimeException e) {
            removeHalfMade(target, existed);
            throw e;
        }
    }

    private static int count(Path documents, String file) throws SyncException {
        try (Stream<Path> entries = Files.list(documents)) {
            return (int) entries.filter(d -> Files.isRegularFile(d.resolve(file), LinkOption.NOFOLLOW_LINKS)).count();
        } catch (java.nio.file.NoSuchFileException e) {
            return 0;
        } catch (IOException e) {
            throw new SyncException(SyncException.Reason.IO, documents, "cannot list " + documents + ": " + e.getMessage(), e);
        }
    }

    private static java.util.List<String> names(Path annotators) throws SyncException {
        try (Stream<Path> entries = Files.list(annotators)) {
            return entries.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".xmi") && !n.startsWith("."))
                    .map(n -> n.substring(0, n.length() - 4)).sorted().toList();
        } catch (java.nio.file.NoSuchFileException e) {
            return java.util.List.of();
        } catch (IOException e) {
            throw new SyncException(SyncException.Reason.IO, annotators, "cannot list " + annotators + ": " + e.getMessage(), e);
        }
    }

    private static void requireEmpty(Path target) throws SyncException {
        if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        if (!Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
            throw new SyncException(SyncException.Reason.TARGET_NOT_EMPTY, target, target + " is a file, not a folder");
        }
        try (Stream<Path> entries = Files.list(target)) {
            if (entries.findAny().isPresent()) {
                throw new SyncException(SyncException.Reason.TARGET_NOT_EMPTY, target, target + " is not empty");
            }
        } catch (IOException e) {
            throw new SyncException(SyncException.Reason.IO, target, "cannot read " + target + ": " + e.getMessage(), e);
        }
    }

    private static void removeHalfMade(Path target, boolean existed) {
        Folders.deleteQuietly(target);
        if (existed) {
            try {
                Files.createDirectories(target);
            } catch (IOException e) {
                // the user gave an empty folder; failing to recreate it costs them nothing
            }
        }
    }
}
