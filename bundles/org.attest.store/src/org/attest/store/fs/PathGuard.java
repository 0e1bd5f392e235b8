package org.attest.store.fs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * The check every path of a corpus passes before Attest reads or writes it: the path lies inside the corpus folder, and
 * neither it nor any folder between the corpus folder and it is a symbolic link (or, for a file to read, anything but a
 * regular file), so that no corpus, however crafted, makes Attest touch a byte outside it.
 *
 * <p>The corpus folder itself may be reached through a link: the user chose it. Links inside it are never followed.
 */
public final class PathGuard {

    private PathGuard() {
    }

    /**
     * Returns {@code target} after checking that it lies inside {@code root} and that no link is on the way to it.
     *
     * @param root the corpus folder (or another folder Attest owns, such as an export's output folder)
     * @param target a path under {@code root}; it may not exist yet
     * @return {@code target}, unchanged
     * @throws UnsafePathException when the path leaves {@code root} or meets a symbolic link
     * @throws IOException when a folder on the way cannot be examined
     */
    public static Path confined(Path root, Path target) throws IOException {
        walk(root, target);
        return target;
    }

    // checks target as confined does; returns its own attributes, read without following a link, or null when it (or
    // a folder on the way) does not exist
    private static BasicFileAttributes walk(Path root, Path target) throws IOException {
        Path base = root.toAbsolutePath().normalize();
        Path absolute = target.toAbsolutePath().normalize();
        if (!absolute.startsWith(base)) {
            throw new UnsafePathException(target, UnsafePathException.Kind.OUTSIDE, "it is outside the corpus " + base
                    + "; a corpus refers only to files inside its folder");
        }
        Path current = base;
        BasicFileAttributes attributes = null;
        for (Path name : base.relativize(absolute)) {
            if (name.toString().isEmpty()) {
                continue;
            }
            current = current.resolve(name);
            try {
                attributes = Files.readAttributes(current, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            } catch (NoSuchFileException e) {
                return null; // nothing further down exists, so no link can be on the way
            }
            if (attributes.isSymbolicLink()) {
                throw UnsafePathException.link(current);
            }
        }
        return attributes;
    }

    /**
     * Returns {@code file} after checking it as {@link #confined} does and that it is a regular file, not a link, a
     * folder, a device or a named pipe (reading one of those could block or read another file).
     *
     * @param root the corpus folder
     * @param file the file about to be read
     * @return {@code file}, unchanged
     * @throws NoSuchFileException when the file does not exist
     * @throws UnsafePathException when the path leaves {@code root}, meets a link, or is not a regular file
     * @throws IOException when it cannot be examined
     */
    public static Path readable(Path root, Path file) throws IOException {
        regularFile(root, file);
        return file;
    }

    /**
     * Checks {@code file} as {@link #readable} does and returns its attributes, read without following a link: its
     * size, say, without asking the file system again.
     *
     * @param root the corpus folder
     * @param file the file about to be read
     * @return the file's attributes
     * @throws NoSuchFileException when the file does not exist
     * @throws UnsafePathException when the path leaves {@code root}, meets a link, or is not a regular file
     * @throws IOException when it cannot be examined
     */
    public static BasicFileAttributes regularFile(Path root, Path file) throws IOException {
        BasicFileAttributes attributes = walk(root, file);
        if (attributes == null) {
            // missing (this throws NoSuchFileException), or the corpus folder itself, which the walk does not examine
            attributes = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        }
        if (!attributes.isRegularFile()) {
            throw new UnsafePathException(file, UnsafePathException.Kind.NOT_A_FILE, (attributes.isDirectory()
                    ? "it is a folder"
                    : "it is a device, pipe or socket")
                    + " where the corpus holds a file; move it away and restore the file from version control or a backup");
        }
        return attributes;
    }

    /**
     * Tells whether {@code file} exists as a regular file inside {@code root}; a link on the way, or the file being a
     * link, is refused rather than answered.
     *
     * @param root the corpus folder
     * @param file the file
     * @return true when the file is there to read
     * @throws UnsafePathException when a link is on the way to the file or the file is a link
     * @throws IOException when it cannot be examined
     */
    public static boolean isFile(Path root, Path file) throws IOException {
        confined(root, file);
        return Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS);
    }

    /**
     * Returns {@code file}, a file of Attest's private folder {@code .attest} of a corpus (a cache, the lock), after
     * checking as {@link #confined} does from the folder that holds {@code .attest}.
     *
     * @param file the file, under a folder named {@code .attest}
     * @return {@code file}, unchanged
     * @throws UnsafePathException when a link is on the way
     * @throws IOException when a folder on the way cannot be examined
     */
    public static Path privateFile(Path file) throws IOException {
        Path absolute = file.toAbsolutePath().normalize();
        for (Path p = absolute.getParent(); p != null; p = p.getParent()) {
            if (p.getFileName() != null && ".attest".equals(p.getFileName().toString()) && p.getParent() != null) {
                return confined(p.getParent(), file);
            }
        }
        return confined(absolute.getParent(), file);
    }
}
