package org.attest.sync;

import java.nio.file.Path;
import java.util.List;

/**
 * A team operation (clone, publish, sync) could not be done; the message states what happened, and the typed fields
 * let the command line and the workbench each word what the user can do about it.
 */
public final class SyncException extends Exception {

    private static final long serialVersionUID = 1L;

    /** Why the operation stopped. */
    public enum Reason {
        /** The corpus folder is not a Git repository. */
        NOT_SHARED,
        /** The corpus has no remote to synchronise with. */
        NO_REMOTE,
        /** The remote could not be reached or refused the connection. */
        UNREACHABLE,
        /** The remote asked for credentials that were missing or wrong. */
        NOT_AUTHORIZED,
        /** The schema (or the corpus header) was changed on both sides; {@link #versions()} names both. */
        SCHEMA_CONFLICT,
        /** The remote kept moving while we tried to publish. */
        REMOTE_BUSY,
        /** The target folder of a clone is not empty. */
        TARGET_NOT_EMPTY,
        /** The user cancelled. */
        CANCELLED,
        /** Reading or writing files failed. */
        IO
    }

    private final Reason reason;
    private final transient Path file;
    private final List<String> versions;

    /** Creates the exception for {@code reason} about {@code file} (a folder or file, may be null). */
    public SyncException(Reason reason, Path file, String message) {
        this(reason, file, message, List.of(), null);
    }

    /** Creates the exception with its cause. */
    public SyncException(Reason reason, Path file, String message, Throwable cause) {
        this(reason, file, message, List.of(), cause);
    }

    /** Creates the exception naming the conflicting {@code versions} (for a schema conflict). */
    public SyncException(Reason reason, Path file, String message, List<String> versions, Throwable cause) {
        super(message, cause);
        this.reason = reason;
        this.file = file;
        this.versions = List.copyOf(versions);
    }

    /** Returns why the operation stopped. */
    public Reason reason() {
        return reason;
    }

    /** Returns the corpus folder or file concerned, or null. */
    public Path file() {
        return file;
    }

    /** Returns the two conflicting versions, described (for a schema conflict), else nothing. */
    public List<String> versions() {
        return versions;
    }
}
