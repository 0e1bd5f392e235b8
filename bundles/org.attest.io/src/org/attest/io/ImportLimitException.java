package org.attest.io;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A file was refused before it was read because it exceeds a limit; the fields carry the facts so that the command
 * line and the workbench can each word how to raise the limit.
 */
public final class ImportLimitException extends ImportException {

    private static final long serialVersionUID = 1L;

    /** The limits an import checks before it allocates. */
    public enum Limit {
        /** The file is larger than {@link ImportOptions#maxFileBytes()}. */
        FILE_SIZE,
        /** Reading the file or its text would take more memory than this Java runtime may use. */
        MEMORY
    }

    private final Limit limit;
    private final transient Path file;
    private final long actual;
    private final long allowed;

    /** Creates the refusal of {@code file}, whose {@code actual} size exceeds {@code allowed} (both in bytes). */
    public ImportLimitException(Limit limit, Path file, long actual, long allowed, String message) {
        super(message);
        this.limit = Objects.requireNonNull(limit, "limit");
        this.file = Objects.requireNonNull(file, "file");
        this.actual = actual;
        this.allowed = allowed;
    }

    /** Returns which limit the file exceeds. */
    public Limit limit() {
        return limit;
    }

    /** Returns the file refused. */
    public Path file() {
        return file;
    }

    /** Returns the file's size, or for {@link Limit#MEMORY} the memory it would need, in bytes. */
    public long actual() {
        return actual;
    }

    /** Returns the limit in bytes: the size limit, or the memory this runtime may use. */
    public long allowed() {
        return allowed;
    }
}
