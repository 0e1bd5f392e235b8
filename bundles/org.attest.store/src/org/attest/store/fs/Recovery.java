package org.attest.store.fs;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Finishes what a crashed writer left in a corpus folder: every operation whose intent journal was written is rolled
 * forward, every staging folder without a journal (an operation that had published nothing) is removed, and each is
 * reported in one line.
 */
public final class Recovery {

    /** The journal a synchronisation keeps while it moves the folder from one commit to another. */
    public static final String SYNC_JOURNAL = ".attest/sync.journal";

    /** Finishes an interrupted operation of another bundle, which keeps its own journal in the corpus folder. */
    @FunctionalInterface
    public interface Participant {

        /**
         * Finishes the operation its journal names in the corpus folder {@code root}.
         *
         * @param root the corpus folder, whose write lock the caller holds
         * @return one line per recovered operation
         * @throws IOException naming the file when it cannot be finished
         */
        List<String> recover(Path root) throws IOException;
    }

    /** Journals only another bundle can finish, with what to tell a user when that bundle is not there to do it. */
    private static final Map<String, String> FOREIGN = Map.of(SYNC_JOURNAL,
            "an interrupted synchronisation must be finished first, by synchronising ");

    private static final Map<String, Participant> PARTICIPANTS = new ConcurrentHashMap<>();

    /** Removes what a writer that died left of another bundle's own, such as Git's lock files. */
    @FunctionalInterface
    public interface CrashCleanup {

        /**
         * Removes in {@code root} what the dead writer {@code dead} left and no one else can be using.
         *
         * @param root the corpus folder, whose write lock the caller holds
         * @param dead the writer that died holding the lock
         * @return one line per thing removed
         * @throws IOException naming the file when it cannot be removed
         */
        List<String> clean(Path root, LockHolder dead) throws IOException;
    }

    private static final Map<String, CrashCleanup> CLEANUPS = new ConcurrentHashMap<>();

    private Recovery() {
    }

    /**
     * Lets {@code participant} finish what the journal {@code journal} names whenever a corpus is recovered.
     *
     * @param journal the journal file, relative to the corpus folder, such as {@link #SYNC_JOURNAL}
     * @param participant finishes the operation
     */
    public static void register(String journal, Participant participant) {
        PARTICIPANTS.put(journal, participant);
    }

    /**
     * Lets {@code cleanup} remove what a writer that died left, whenever a corpus is taken over from one.
     *
     * @param name what it cleans, so that registering it again replaces it
     * @param cleanup the cleanup
     */
    public static void registerCleanup(String name, CrashCleanup cleanup) {
        CLEANUPS.put(name, cleanup);
    }

    /**
     * Recovers the corpus folder {@code root} taken over from the writer {@code dead}, which died holding its lock:
     * first
     * what other bundles clean after a crash, then as {@link #recover(Path, boolean)} with temporary files swept.
     *
     * @param root the corpus folder, whose write lock the caller holds
     * @param dead the writer that died
     * @return one line per recovered operation or removed leftover
     * @throws IOException naming the file when something cannot be recovered
     */
    public static List<String> recover(Path root, LockHolder dead) throws IOException {
        List<String> notes = new ArrayList<>();
        for (CrashCleanup cleanup : CLEANUPS.values()) {
            notes.addAll(cleanup.clean(root.toAbsolutePath().normalize(), dead));
        }
        notes.addAll(recover(root, true));
        return notes;
    }

    /**
     * Recovers the corpus folder {@code root}; the caller must hold its write lock.
     *
     * @param root the corpus folder
     * @param sweepTemporaryFiles also remove the temporary files of interrupted single-file writes, which takes a walk
     *     over the whole folder; worth it only when the previous writer is known to have died
     * @return one line per recovered operation, such as
     * {@code "recovered an interrupted import: 1,571 documents published"}
     * @throws IOException naming the file when an operation cannot be finished; the journal then stays
     */
    public static List<String> recover(Path root, boolean sweepTemporaryFiles) throws IOException {
        Path dir = root.toAbsolutePath().normalize();
        List<String> notes = new ArrayList<>();
        for (Map.Entry<String, String> foreign : FOREIGN.entrySet()) {
            if (Files.exists(PathGuard.confined(dir, dir.resolve(foreign.getKey())), LinkOption.NOFOLLOW_LINKS)) {
                Participant participant = PARTICIPANTS.get(foreign.getKey());
                if (participant == null) {
                    throw new IOException("Cannot open " + dir + " for writing: " + foreign.getValue() + dir);
                }
                notes.addAll(participant.recover(dir));
            }
        }
        Set<String> journalled = new TreeSet<>();
        for (Path file : list(dir.resolve(Journal.JOURNALS), Journal.SUFFIX)) {
            Journal journal = Journal.parse(file, Files.readAllBytes(file));
            Path staging = PathGuard.confined(dir, dir.resolve(journal.staging()));
            journalled.add(staging.getFileName().toString());
            Applier applier = new Applier(dir, staging, true);
            for (Journal.Entry entry : journal.entries()) {
                applier.forward(entry);
            }
            applier.syncFolders();
            AtomicFiles.deleteDurably(file);
            Folders.deleteQuietly(staging);
            notes.add("recovered an interrupted " + journal.operation() + ": " + journal.summary());
        }
        // a journal whose write was cut short never became one: its temporary file goes
        for (Path temporary : TemporaryFiles.leftovers(dir.resolve(Journal.JOURNALS))) {
            Files.deleteIfExists(temporary);
        }
        for (Path staging : list(dir.resolve(Journal.STAGING), null)) {
            String name = staging.getFileName().toString();
            if (!journalled.contains(name)) {
                // staged files left without a journal were never published; an empty staging folder is what a finished
                // operation leaves when it dies between dropping its journal and its staging folder: nothing to tell
                boolean staged = holdsFiles(staging.resolve(Journal.NEW));
                Folders.deleteQuietly(staging);
                if (staged) {
                    notes.add("rolled back an interrupted " + operationOf(name) + ": nothing of it had been published");
                }
            }
        }
        if (sweepTemporaryFiles) {
            List<Path> temporary = TemporaryFiles.leftovers(dir);
            for (Path file : temporary) {
                AtomicFiles.deleteDurably(file);
            }
            if (!temporary.isEmpty()) {
                notes.add("removed " + temporary.size()
                        + " temporary file(s) of interrupted saves; the saved files kept their last complete version");
            }
        }
        return notes;
    }

    /**
     * Describes what {@link #recover} would do in {@code root}, without changing anything.
     *
     * @param root the corpus folder
     * @return one line per interrupted operation; empty when the folder needs no recovery
     * @throws IOException when a journal cannot be read
     */
    public static List<String> pending(Path root) throws IOException {
        Path dir = root.toAbsolutePath().normalize();
        List<String> notes = new ArrayList<>();
        if (Files.exists(PathGuard.confined(dir, dir.resolve(SYNC_JOURNAL)), LinkOption.NOFOLLOW_LINKS)) {
            notes.add(
                    "an interrupted synchronisation will be finished the next time the corpus is opened for writing or synchronised");
        }
        Set<String> journalled = new TreeSet<>();
        for (Path file : list(dir.resolve(Journal.JOURNALS), Journal.SUFFIX)) {
            Journal journal = Journal.parse(file, Files.readAllBytes(file));
            journalled.add(Path.of(journal.staging()).getFileName().toString());
            notes.add("an interrupted " + journal.operation()
                    + " will be finished the next time the corpus is opened for writing ("
                    + journal.summary() + ", " + journal.entries().size() + " files or folders)");
        }
        for (Path staging : list(dir.resolve(Journal.STAGING), null)) {
            if (!journalled.contains(staging.getFileName().toString()) && holdsFiles(staging.resolve(Journal.NEW))) {
                notes.add("an interrupted " + operationOf(staging.getFileName().toString())
                        + " published nothing; its staged files will be removed the next time the corpus is opened for writing");
            }
        }
        return notes;
    }

    private static boolean holdsFiles(Path folder) throws IOException {
        if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
            return false;
        }
        try (var walk = Files.walk(folder)) {
            return walk.anyMatch(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS));
        }
    }

    /** Turns a staging folder's name, {@code <operation>-<uuid>}, back into the operation's words. */
    private static String operationOf(String stagingName) {
        String slug = stagingName.replaceFirst("-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$", "");
        return slug.replace('-', ' ');
    }

    /**
     * Lists the entries of {@code folder} (files ending in {@code suffix}, or folders when it is null), sorted; none
     * when it is missing.
     */
    private static List<Path> list(Path folder, String suffix) throws IOException {
        PathGuard.confined(folder.getParent().getParent(), folder);
        if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
            return List.of();
        }
        List<Path> found = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
            for (Path entry : entries) {
                boolean wanted = suffix == null
                        ? Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS)
                        : entry.getFileName().toString().endsWith(suffix)
                                && Files.isRegularFile(entry, LinkOption.NOFOLLOW_LINKS);
                if (wanted) {
                    found.add(entry);
                }
            }
        }
        found.sort(null);
        return found;
    }
}
