package org.attest.store.fs;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Objects;

/**
 * Atomic and durable file operations: after a crash at any moment a file written or moved
 * here holds either its old or its new content, never a mix.
 */
public final class AtomicFiles {

    private static final int BUFFER_SIZE = 64 * 1024;

    private static final boolean WINDOWS = System.getProperty("os.name", "").toLowerCase(Locale.ROOT)
            .startsWith("windows");

    private AtomicFiles() {
    }

    /**
     * Replaces the content of {@code target} with {@code bytes} atomically and durably.
     *
     * @param target the file to create or replace; its folder must exist
     * @param bytes the new content
     * @throws IOException when writing fails; {@code target} is then unchanged
     */
    public static void write(Path target, byte[] bytes) throws IOException {
        Objects.requireNonNull(bytes, "bytes");
        publish(target, channel -> {
            // straight to the file: a buffer would only copy the bytes once more
            ByteBuffer buffer = ByteBuffer.wrap(bytes);
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
        });
    }

    /**
     * Replaces the content of {@code target} with what {@code writer} streams, atomically and durably.
     *
     * <p>The stream is buffered; the writer need not close it. If the writer throws, the
     * temporary file is deleted and {@code target} keeps its old content.
     *
     * @param target the file to create or replace; its folder must exist
     * @param writer writes the new content to the given stream
     * @throws IOException when writing fails; {@code target} is then unchanged
     */
    public static void write(Path target, IOConsumer<OutputStream> writer) throws IOException {
        Objects.requireNonNull(writer, "writer");
        publish(target, channel -> {
            OutputStream out = new KeepOpenOutputStream(Channels.newOutputStream(channel));
            writer.accept(out);
            out.flush();
        });
    }

    // Fills a new temporary file beside target, forces it, renames it onto target and syncs the folder. The folder's
    // existence and the target not being a folder are checked only when a step fails, to name the problem: a save
    // that succeeds asks the file system nothing more than it must.
    private static void publish(Path target, IOConsumer<FileChannel> fill) throws IOException {
        Path file = target.toAbsolutePath();
        Path dir = file.getParent();
        if (dir == null) {
            throw missingFolder(file, null);
        }
        TemporaryFiles.Open temp;
        try {
            temp = TemporaryFiles.open(file);
        } catch (IOException e) {
            if (!Files.isDirectory(dir)) {
                throw missingFolder(file, dir);
            }
            throw e;
        }
        boolean published = false;
        try {
            try (FileChannel channel = temp.channel()) {
                FaultSeam.before(FaultSeam.Call.WRITE, file);
                fill.accept(channel);
                // Data must be on disk before the rename makes it visible, or a power loss could
                // publish a name that points at unwritten blocks.
                FaultSeam.before(FaultSeam.Call.FORCE, file);
                channel.force(true);
            }
            FaultSeam.before(FaultSeam.Call.RENAME, file);
            try {
                Files.move(temp.path(), file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException e) {
                refuseFolder(file, "choose another file name");
                throw e;
            }
            published = true;
            syncDirectory(dir);
        } finally {
            if (!published) {
                TemporaryFiles.deleteQuietly(temp.path());
            }
        }
    }

    private static NoSuchFileException missingFolder(Path file, Path dir) {
        return new NoSuchFileException(file.toString(), null, "Cannot write " + file + ": the folder " + dir
                + " does not exist. Create the folder first, or check the path.");
    }

    /** Refuses to replace {@code file} when it is a folder, saying what to do instead ({@code alternative}). */
    static void refuseFolder(Path file, String alternative) throws FileSystemException {
        if (Files.isDirectory(file, LinkOption.NOFOLLOW_LINKS)) {
            throw new FileSystemException(file.toString(), null, "Cannot write " + file
                    + ": it is a folder, not a file. Remove or rename the folder, or " + alternative + ".");
        }
    }

    /**
     * Creates {@code dir} and any missing parents, making each new folder's entry durable.
     *
     * @param dir the folder to create; nothing happens when it already exists
     * @throws IOException when a folder cannot be created, or a part of the path is a file
     */
    public static void createDirectories(Path dir) throws IOException {
        Path absolute = dir.toAbsolutePath().normalize();
        if (Files.isDirectory(absolute)) {
            return; // the usual case, a folder written to before: one look
        }
        Deque<Path> missing = new ArrayDeque<>();
        Path existing = absolute;
        while (existing != null && !Files.exists(existing)) {
            missing.push(existing);
            existing = existing.getParent();
        }
        if (existing != null && !Files.isDirectory(existing)) {
            throw new NotDirectoryException("Cannot create the folder " + absolute + ": " + existing
                    + " is a file, not a folder. Move or rename that file, or choose another folder.");
        }
        while (!missing.isEmpty()) {
            Path next = missing.pop();
            try {
                FaultSeam.before(FaultSeam.Call.MKDIR, next);
                Files.createDirectory(next);
            } catch (FileAlreadyExistsException e) {
                // Another process may have created it meanwhile; only a file in the way is an error.
                if (!Files.isDirectory(next)) {
                    throw new NotDirectoryException("Cannot create the folder " + next
                            + ": a file of that name exists. Move or rename that file, or choose another folder.");
                }
                continue;
            }
            syncDirectory(next.getParent());
        }
    }

    /**
     * Renames a file or folder atomically within one file system and makes the rename durable.
     *
     * <p>Used to publish a folder staged next to its final place. An existing target file is
     * replaced; an existing target folder is refused, because replacing a folder cannot be atomic.
     *
     * @param source the file or folder to move
     * @param target its new path, on the same file system
     * @throws IOException when the move is impossible; nothing is moved then
     */
    public static void moveDurably(Path source, Path target) throws IOException {
        Path from = source.toAbsolutePath();
        Path to = target.toAbsolutePath();
        if (!Files.exists(from, LinkOption.NOFOLLOW_LINKS)) {
            throw new NoSuchFileException(from.toString(), to.toString(),
                    "Cannot move " + from + " to " + to + ": the source does not exist.");
        }
        if (Files.isDirectory(to, LinkOption.NOFOLLOW_LINKS)) {
            throw new FileAlreadyExistsException(from.toString(), to.toString(), "Cannot move " + from + " to "
                    + to + ": the target folder already exists. Remove or rename it first, or choose another name.");
        }
        try {
            FaultSeam.before(FaultSeam.Call.RENAME, to);
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            throw new AtomicMoveNotSupportedException(from.toString(), to.toString(), "Cannot move " + from
                    + " to " + to + " atomically: they are on different file systems. Stage the files in a"
                    + " folder on the same file system as the target, such as a hidden folder next to it.");
        }
        syncDirectory(to.getParent());
        if (!from.getParent().equals(to.getParent())) {
            syncDirectory(from.getParent());
        }
    }

    /**
     * Deletes {@code file} when it exists and makes the deletion durable.
     *
     * @param file the file to delete
     * @throws IOException when it cannot be deleted
     */
    public static void deleteDurably(Path file) throws IOException {
        Path absolute = file.toAbsolutePath();
        if (Files.exists(absolute, LinkOption.NOFOLLOW_LINKS)) {
            FaultSeam.before(FaultSeam.Call.DELETE, absolute);
        }
        if (Files.deleteIfExists(absolute)) {
            syncDirectory(absolute.getParent());
        }
    }

    /** Makes the entries of {@code dir} (creations, renames, deletions) durable. */
    static void syncDirectory(Path dir) throws IOException {
        if (WINDOWS) {
            // Windows cannot open a folder as a file; NTFS journals its metadata instead.
            return;
        }
        FaultSeam.before(FaultSeam.Call.SYNC_FOLDER, dir);
        try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException e) {
            // Some file systems (certain FUSE and network mounts) answer fsync on a folder with
            // EINVAL: they cannot sync folders at all, so there is nothing more to do. Any other
            // error, such as EIO, means the rename may be lost and must be reported.
            if (!"Invalid argument".equals(e.getMessage())) {
                throw e;
            }
        }
    }

    /** Lets the writer close the stream without closing the channel that still has to be forced. */
    private static final class KeepOpenOutputStream extends BufferedOutputStream {

        KeepOpenOutputStream(OutputStream out) {
            super(out, BUFFER_SIZE);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
