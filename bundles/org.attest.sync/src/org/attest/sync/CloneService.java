package org.attest.sync;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.attest.store.CorpusLayout;
import org.attest.store.fs.AtomicFiles;
import org.attest.store.fs.Folders;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.NullProgressMonitor;
import org.eclipse.jgit.lib.ProgressMonitor;
import org.eclipse.jgit.transport.CredentialsProvider;

/** Makes a copy of a team's corpus on this machine, for one person to annotate or curate in. */
public final class CloneService {

    /** How the hidden folder a clone into {@code DIR} is made in starts, beside {@code DIR}. */
    static final String STAGING_PREFIX = ".%s.clone-";

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
     * Clones the corpus at {@code url} into {@code dir} (absent or empty) for {@code user} (null: Git's user.name or
     * the
     * login name). The copy is made in a hidden folder beside {@code dir} and moved into place when complete, so a
     * clone
     * that fails or is killed leaves {@code dir} as it was; the next clone into {@code dir} removes what it left.
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
        removeLeftovers(target);
        Path staging = target.resolveSibling(STAGING_PREFIX.formatted(target.getFileName())
                + Long.toUnsignedString(new java.security.SecureRandom().nextLong(), 36));
        String name;
        try (Git git = FirstFetch.clone(url, staging, target, remote)) {
            TeamCorpus team = TeamCorpus.of(staging, git.getRepository());
            team.configure(user);
            name = team.user();
            // the copy matches its index now: recording its folders lets the first sync look only at what changes after
            new WorktreeScan(staging).recordAll(git.getRepository().readDirCache());
            if (!Files.isRegularFile(staging.resolve("corpus.xmi"))) {
                throw new SyncException(SyncException.Reason.IO, target,
                        url + " holds no Attest corpus (no corpus.xmi at its top)");
            }
        } catch (GitAPIException e) {
            Folders.deleteQuietly(staging);
            throw Remote.failure("cloning", url, target, e);
        } catch (IOException e) {
            Folders.deleteQuietly(staging);
            throw new SyncException(SyncException.Reason.IO, target,
                    "cannot clone " + url + " into " + target + ": " + e.getMessage(), e);
        } catch (SyncException | RuntimeException e) {
            Folders.deleteQuietly(staging);
            throw e;
        }
        try {
            if (existed) {
                Files.delete(target);
            }
            AtomicFiles.moveDurably(staging, target);
        } catch (IOException e) {
            Folders.deleteQuietly(staging);
            throw new SyncException(SyncException.Reason.IO, target,
                    "cannot move the finished copy into " + target + ": " + e.getMessage(), e);
        }
        // counting the documents and annotators is enough here; the first open of the corpus reads (and caches) its
        // model
        CorpusLayout layout = new CorpusLayout(target);
        return new Cloned(target, name, count(layout.documents(), "document.xmi"), names(layout.annotators()));
    }

    /** Removes the hidden folders that clones into {@code target} left when they were killed. */
    private static void removeLeftovers(Path target) throws SyncException {
        Path parent = target.getParent();
        if (parent == null || !Files.isDirectory(parent)) {
            return;
        }
        String prefix = STAGING_PREFIX.formatted(target.getFileName());
        try (Stream<Path> entries = Files.list(parent)) {
            entries.filter(p -> p.getFileName().toString().startsWith(prefix)
                    && Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS))
                    .forEach(Folders::deleteQuietly);
        } catch (IOException e) {
            throw new SyncException(SyncException.Reason.IO, parent, "cannot read " + parent + ": " + e.getMessage(),
                    e);
        }
    }

    private static int count(Path documents, String file) throws SyncException {
        try (Stream<Path> entries = Files.list(documents)) {
            return (int) entries.filter(d -> Files.isRegularFile(d.resolve(file), LinkOption.NOFOLLOW_LINKS)).count();
        } catch (java.nio.file.NoSuchFileException e) {
            return 0;
        } catch (IOException e) {
            throw new SyncException(SyncException.Reason.IO, documents,
                    "cannot list " + documents + ": " + e.getMessage(), e);
        }
    }

    private static java.util.List<String> names(Path annotators) throws SyncException {
        try (Stream<Path> entries = Files.list(annotators)) {
            return entries.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".xmi") && !n.startsWith("."))
                    .map(n -> n.substring(0, n.length() - 4)).sorted().toList();
        } catch (java.nio.file.NoSuchFileException e) {
            return java.util.List.of();
        } catch (IOException e) {
            throw new SyncException(SyncException.Reason.IO, annotators,
                    "cannot list " + annotators + ": " + e.getMessage(), e);
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
            throw new SyncException(SyncException.Reason.IO, target, "cannot read " + target + ": " + e.getMessage(),
                    e);
        }
    }

}
