package org.attest.store.fs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * Changes to many files of one folder that become visible all together or not at all, even across a crash.
 *
 * <p>New content is staged under {@code .attest/staging/<id>/new}; {@link #commit} forces it to disk, writes an intent
 * journal naming every file durably, then renames each file into place, moving each file it replaces or deletes to
 * {@code .attest/staging/<id>/old}. A failure undoes the renames made so far, so the folder is as before; a crash
 * leaves
 * the journal, and {@link Recovery} rolls the operation forward the next time the folder is opened for writing.
 */
public final class Transaction implements AutoCloseable {

    private final Path root;

    private final String operation;

    private final Path staging;

    private final Map<String, Journal.Entry> entries = new LinkedHashMap<>();

    private final List<Path> stagedFiles = new ArrayList<>();

    private final List<Path> stagedFolders = new ArrayList<>();

    private String summary;

    private boolean finished;

    private Transaction(Path root, String operation, Path staging) {
        this.root = root;
        this.operation = operation;
        this.staging = staging;
    }

    /**
     * Starts a transaction on the folder {@code root}, whose caller must hold its write lock.
     *
     * @param root the corpus folder the files belong to
     * @param operation what writes, in a few words for the recovery note, such as {@code "import"}
     * @return the open transaction; nothing is visible in {@code root} until {@link #commit}
     * @throws IOException when the staging folder cannot be created
     */
    public static Transaction begin(Path root, String operation) throws IOException {
        Path dir = root.toAbsolutePath().normalize();
        String slug = Journal.slug(operation);
        Path staging = dir.resolve(Journal.STAGING).resolve(slug + "-" + UUID.randomUUID());
        PathGuard.confined(dir, staging);
        PathGuard.confined(dir, dir.resolve(Journal.JOURNALS));
        try {
            AtomicFiles.createDirectories(staging.resolve(Journal.NEW));
        } catch (IOException e) {
            Folders.deleteQuietly(staging);
            throw e;
        }
        return new Transaction(dir, operation, staging);
    }

    /**
     * Sets the one-line account of what the transaction publishes, such as {@code "1,571 documents published"}.
     *
     * @param text the account, shown when a crash makes recovery finish the transaction
     */
    public void summary(String text) {
        this.summary = text;
    }

    /**
     * Stages {@code bytes} as the new content of the file {@code target}, created or replaced on commit.
     *
     * @param target a file under the root
     * @param bytes its new content
     * @throws IOException when the staged copy cannot be written
     */
    public void write(Path target, byte[] bytes) throws IOException {
        String rel = relative(target);
        PathGuard.confined(root, target);
        Path staged = staged(rel);
        // the new folders' entries are made durable together at commit, with the files in them
        Files.createDirectories(staged.getParent());
        stagedFiles.add(StagedFiles.writeStaged(staged, bytes));
        entries.put(rel, new Journal.Entry(Journal.Kind.FILE, rel));
    }

    /**
     * Stages a new folder {@code target}, which must not exist, and returns the staged folder the caller fills with
     * {@link #writeInto}; the folder appears with everything in it in one rename.
     *
     * @param target a folder under the root
     * @return the staged folder
     * @throws IOException when the staged folder cannot be created
     */
    public Path folder(Path target) throws IOException {
        String rel = relative(target);
        PathGuard.confined(root, target);
        Path staged = staged(rel);
        Files.createDirectories(staged);
        stagedFolders.add(staged);
        entries.put(rel, new Journal.Entry(Journal.Kind.FOLDER, rel));
        return staged;
    }

    /**
     * Writes a file inside a folder staged by {@link #folder}, creating its parent folders.
     *
     * @param stagedFile a path under a staged folder
     * @param bytes its content
     * @throws IOException when it cannot be written
     */
    public void writeInto(Path stagedFile, byte[] bytes) throws IOException {
        if (!stagedFile.toAbsolutePath().normalize().startsWith(staging)) {
            throw new IllegalArgumentException(stagedFile + " is not in the staging folder " + staging);
        }
        Files.createDirectories(stagedFile.getParent());
        stagedFiles.add(StagedFiles.writeStaged(stagedFile, bytes));
    }

    /**
     * Returns the folder that mirrors the root for staged content: a writer that creates its files itself (an export
     * format) writes them here and hands each to {@link #adopt}.
     *
     * @return the staged image of the root folder
     */
    public Path stagedRoot() {
        return staging.resolve(Journal.NEW);
    }

    /**
     * Publishes on commit a file written under {@link #stagedRoot}, at the same relative path under the root.
     *
     * @param stagedFile a file under the staged root
     */
    public void adopt(Path stagedFile) {
        Path file = stagedFile.toAbsolutePath().normalize();
        if (!file.startsWith(stagedRoot()) || file.equals(stagedRoot())) {
            throw new IllegalArgumentException(stagedFile + " is not in the staging folder " + stagedRoot());
        }
        String rel = stagedRoot().relativize(file).toString().replace('\\', '/');
        entries.put(rel, new Journal.Entry(Journal.Kind.FILE, rel));
        stagedFiles.add(file);
    }

    /**
     * Deletes the file {@code target} on commit, when it exists then.
     *
     * @param target a file under the root
     */
    public void delete(Path target) {
        String rel = relative(target);
        entries.put(rel, new Journal.Entry(Journal.Kind.DELETE, rel));
    }

    /**
     * Tells whether nothing is staged.
     *
     * @return true when a commit would change nothing
     */
    public boolean isEmpty() {
        return entries.isEmpty();
    }

    /**
     * Publishes every staged change durably, all or nothing.
     *
     * @throws IOException when the changes cannot be published; the folder is then as it was before, or, when even
     *     undoing failed, the journal stays for the next opening to finish the operation
     */
    public void commit() throws IOException {
        if (finished) {
            throw new IllegalStateException("the transaction '" + operation + "' has already ended");
        }
        finished = true;
        if (entries.isEmpty()) {
            Folders.deleteQuietly(staging);
            return;
        }
        Journal journal = new Journal(operation, summary == null ? entries.size() + " files" : summary,
                root.relativize(staging).toString().replace('\\', '/'), List.copyOf(entries.values()));
        Path journalFile = journal.file(root);
        try {
            for (Journal.Entry entry : entries.values()) {
                if (entry.kind() == Journal.Kind.FOLDER
                        && Files.exists(root.resolve(entry.path()), LinkOption.NOFOLLOW_LINKS)) {
                    throw new java.nio.file.FileAlreadyExistsException(root.resolve(entry.path()).toString(), null,
                            "Cannot publish " + root.resolve(entry.path())
                                    + ": it exists already; nothing was changed");
                }
            }
            forceStaged();
            AtomicFiles.createDirectories(journalFile.getParent());
            AtomicFiles.write(journalFile, journal.toBytes());
        } catch (IOException | RuntimeException e) {
            // nothing was applied: a journal renamed into place before its folder sync failed must not be finished
            // later
            Folders.deleteQuietly(journalFile);
            Folders.deleteQuietly(staging);
            throw e;
        }
        Applier applier = new Applier(root, staging);
        int applied = 0;
        try {
            for (Journal.Entry entry : journal.entries()) {
                applied++;
                applier.forward(entry);
            }
            applier.syncFolders();
            AtomicFiles.deleteDurably(journalFile);
        } catch (IOException | RuntimeException e) {
            undo(applier, journal.entries().subList(0, applied), journalFile, e);
            throw e;
        }
        Folders.deleteQuietly(staging);
    }

    /** Makes everything staged durable before the journal names it, as {@link StagedFiles#forceTree} does. */
    private void forceStaged() throws IOException {
        StagedFiles.forceTree(stagedFiles, stagedFolders, stagedRoot());
    }

    /** Undoes the renames of {@code applied}, last first, then drops the journal; a failure leaves it for recovery. */
    private void undo(Applier applier, List<Journal.Entry> applied, Path journalFile, Exception cause) {
        try {
            for (Journal.Entry entry : applied.reversed()) {
                applier.back(entry);
            }
            applier.syncFolders();
            applier.removeCreatedFolders();
            AtomicFiles.deleteDurably(journalFile);
            Folders.deleteQuietly(staging);
        } catch (IOException | RuntimeException e) {
            cause.addSuppressed(new IOException("could not undo the interrupted " + operation + " (" + e.getMessage()
                    + "); the next program that opens " + root + " for writing finishes it", e));
        }
    }

    /** Drops whatever is staged when the transaction was not committed. */
    @Override
    public void close() {
        if (!finished) {
            finished = true;
            Folders.deleteQuietly(staging);
        }
    }

    private Path staged(String rel) {
        return staging.resolve(Journal.NEW).resolve(rel);
    }

    private String relative(Path target) {
        Path absolute = Objects.requireNonNull(target, "target").toAbsolutePath().normalize();
        if (!absolute.startsWith(root) || absolute.equals(root) || absolute.startsWith(root.resolve(".attest"))) {
            throw new IllegalArgumentException(target + " is not a file of the corpus " + root);
        }
        return root.relativize(absolute).toString().replace('\\', '/');
    }
}
