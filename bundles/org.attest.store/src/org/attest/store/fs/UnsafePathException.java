package org.attest.store.fs;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Attest refused a path of a corpus because it leads outside the corpus folder: a symbolic link, or a name that
 * escapes.
 */
public final class UnsafePathException extends FileSystemException {

    private static final long serialVersionUID = 1L;

    /** Why a path was refused. */
    public enum Kind {
        /** The path is, or passes through, a symbolic link. */
        LINK,
        /** The path leads outside the corpus folder. */
        OUTSIDE,
        /** The path names a folder, device, pipe or socket where the corpus holds a file. */
        NOT_A_FILE
    }

    private final Kind kind;

    private final String reason;

    /**
     * Creates the refusal of {@code path} for {@code reason}.
     *
     * @param path the path refused
     * @param kind why, as a fact
     * @param reason why, in words, with what to do about the file
     */
    public UnsafePathException(Path path, Kind kind, String reason) {
        super(path.toString());
        this.kind = kind;
        this.reason = reason;
    }

    /**
     * Returns why the path was refused.
     *
     * @return the kind of refusal
     */
    public Kind kind() {
        return kind;
    }

    /**
     * Creates the refusal of the symbolic link {@code link}.
     *
     * @param link the link met
     * @return the refusal, naming where the link points
     */
    public static UnsafePathException link(Path link) {
        String to;
        try {
            to = " (to " + Files.readSymbolicLink(link) + ")";
        } catch (IOException | UnsupportedOperationException e) {
            to = "";
        }
        return new UnsafePathException(link, Kind.LINK, "a symbolic link" + to
                + " inside the corpus; Attest follows no link in a corpus, so"
                + " that a corpus from someone else cannot make it read or write outside its folder: replace the link with"
                + " the file or folder itself, or remove it");
    }

    /** Returns the path and the reason, as one line for the user. */
    @Override
    public String getMessage() {
        return getFile() + ": " + reason;
    }
}
