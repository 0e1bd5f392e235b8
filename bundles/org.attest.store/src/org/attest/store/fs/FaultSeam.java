package org.attest.store.fs;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;

/**
 * The seam under every file write of a corpus: {@link AtomicFiles} and {@link Transaction} announce each write, flush,
 * rename, deletion and folder sync here just before they make it, so that a test can fail the k-th call the way a full
 * disk or a failing drive would.
 *
 * <p>In production no injector is installed and every announcement returns at once.
 */
public final class FaultSeam {

    /** The kinds of file system call a writing operation makes. */
    public enum Call {
        /** Writing bytes into a new or temporary file. */
        WRITE,
        /** Forcing a file's content to the disk (fsync). */
        FORCE,
        /** Renaming a file or folder into place, or out of the way. */
        RENAME,
        /** Deleting a file or folder. */
        DELETE,
        /** Creating a folder. */
        MKDIR,
        /** Forcing a folder's entries to the disk (fsync of the folder). */
        SYNC_FOLDER
    }

    /** Decides whether a call fails; installed by fault-injection tests only. */
    @FunctionalInterface
    public interface Injector {

        /**
         * Called just before {@code call} on {@code path}; throwing makes the call fail as the operating system would.
         *
         * @param call the kind of call about to be made
         * @param path the file or folder it acts on
         * @throws IOException the failure to report in place of the call's own result
         */
        void before(Call call, Path path) throws IOException;
    }

    private static volatile Injector injector;

    private FaultSeam() {
    }

    /**
     * Installs {@code faults} for every thread until {@link #clear}; for tests that check how operations fail.
     *
     * @param faults the injector to ask before each call
     */
    public static void install(Injector faults) {
        injector = Objects.requireNonNull(faults, "faults");
    }

    /** Removes the installed injector; file calls then never fail on purpose. */
    public static void clear() {
        injector = null;
    }

    /** Announces {@code call} on {@code path}, failing it when the installed injector says so. */
    static void before(Call call, Path path) throws IOException {
        Injector current = injector;
        if (current != null) {
            current.before(call, path);
        }
    }
}
