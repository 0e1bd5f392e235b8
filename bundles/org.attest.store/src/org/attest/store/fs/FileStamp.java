package org.attest.store.fs;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * What the file system tells of a file without reading it (its device, inode, size, modification and change times),
 * taken only once the file has not changed for {@link #SETTLE}: a later write to the file, in place or by replacing it,
 * gives it another stamp, so a cache may trust what it derived from the file's bytes while the stamp stays the same.
 *
 * <p>The change time is set by the system on every write and cannot be set by a program, unlike the modification
 * time; a file changed within the last {@link #SETTLE} gets no stamp, because a write in the same tick of the file
 * system's clock could leave all five values as they were (the "racy" case Git's index also guards against).
 *
 * @param device the device the file is on
 * @param inode the file's inode on that device
 * @param size its size in bytes
 * @param modifiedNanos its modification time, in nanoseconds since the epoch
 * @param changedNanos its change time (of content or metadata), in nanoseconds since the epoch
 */
public record FileStamp(long device, long inode, long size, long modifiedNanos, long changedNanos) {

    /** How long a file must have stayed unchanged to get a stamp: longer than any file system's clock tick. */
    public static final Duration SETTLE = Duration.ofSeconds(2);

    private static final String ATTRIBUTES = "unix:dev,ino,size,lastModifiedTime,ctime,isRegularFile,isSymbolicLink";
    private static final boolean SUPPORTED = FileSystems.getDefault().supportedFileAttributeViews().contains("unix");

    /**
     * Returns the stamp of {@code file}, a file inside {@code root} (checked as {@link PathGuard#confined} does), or
     * null when it has none: it is missing, not a regular file, changed within the last {@link #SETTLE}, or the file
     * system keeps no inodes and change times (then a caller reads the file, as it would without a stamp).
     *
     * @param root the corpus folder
     * @param file the file
     * @param now the time to measure the file's quiet from, normally {@link Instant#now()}
     * @return the stamp, or null
     * @throws UnsafePathException when the path leaves {@code root} or meets a link
     */
    public static FileStamp of(Path root, Path file, Instant now) throws UnsafePathException {
        return of(root, List.of(file), now).get(0);
    }

    /**
     * Returns the stamps of {@code files}, files inside {@code root}, as {@link #of(Path, Path, Instant)} does for each
     * (null for a file without one), checking each folder they are in once.
     *
     * @throws UnsafePathException when a path leaves {@code root} or meets a link
     */
    public static List<FileStamp> of(Path root, List<Path> files, Instant now) throws UnsafePathException {
        List<FileStamp> stamps = new ArrayList<>(files.size());
        Set<Path> checked = new HashSet<>();
        for (Path file : files) {
            stamps.add(stamp(root, file, now, checked));
        }
        return stamps;
    }

    // the file's stamp after checking its folder (once for all files in it) and, read without following a link, itself
    private static FileStamp stamp(Path root, Path file, Instant now, Set<Path> checked) throws UnsafePathException {
        Map<String, Object> attributes;
        try {
            Path folder = file.toAbsolutePath().normalize().getParent();
            if (folder == null) {
                PathGuard.confined(root, file);
            } else if (!checked.contains(folder)) {
                // from the nearest folder already checked (or the root): a folder checked holds no link on its way
                Path from = folder.getParent();
                while (from != null && !checked.contains(from)) {
                    from = from.getParent();
                }
                Path base = root.toAbsolutePath().normalize();
                if (from == null || !from.startsWith(base)) {
                    from = base;
                }
                PathGuard.confined(from, folder);
                for (Path p = folder; p != null && !p.equals(from) && p.startsWith(base); p = p.getParent()) {
                    checked.add(p);
                }
            }
            if (!SUPPORTED) {
                return null; // its folders checked all the same, so a caller may look at the file without a walk
            }
            attributes = Files.readAttributes(file, ATTRIBUTES, LinkOption.NOFOLLOW_LINKS);
        } catch (UnsafePathException e) {
            throw e;
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            // no stamp: the caller reads the file, and that read names what is wrong with it
            return null;
        }
        if (Boolean.TRUE.equals(attributes.get("isSymbolicLink"))) {
            throw UnsafePathException.link(file);
        }
        if (!Boolean.TRUE.equals(attributes.get("isRegularFile"))) {
            return null;
        }
        long changed = nanos((FileTime) attributes.get("ctime"));
        if (changed > nanos(now) - SETTLE.toNanos()) {
            return null;
        }
        return new FileStamp(((Number) attributes.get("dev")).longValue(), ((Number) attributes.get("ino")).longValue(),
                ((Number) attributes.get("size")).longValue(), nanos((FileTime) attributes.get("lastModifiedTime")),
                changed);
    }

    /** Returns the stamp as one line of text, the way a cache keeps it. */
    public String text() {
        return device + ":" + inode + ":" + size + ":" + modifiedNanos + ":" + changedNanos;
    }

    /**
     * Returns the stamp that {@link #text()} wrote as {@code text}, or null for any other text (an empty one stands for
     * no stamp in a cache): a cache of 100,000 documents holds 400,000 stamps, 40 bytes each as numbers, about 100 as
     * text.
     *
     * @param text a line a cache kept
     * @return the stamp, or null
     */
    public static FileStamp parse(String text) {
        String[] parts = text.split(":", -1);
        if (parts.length != 5) {
            return null;
        }
        try {
            FileStamp stamp = new FileStamp(Long.parseLong(parts[0]), Long.parseLong(parts[1]),
                    Long.parseLong(parts[2]), Long.parseLong(parts[3]), Long.parseLong(parts[4]));
            // only the one form text() writes, so that the stamp and the text it came from say the same
            return stamp.text().equals(text) ? stamp : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static long nanos(FileTime time) {
        return time.to(TimeUnit.NANOSECONDS);
    }

    private static long nanos(Instant instant) {
        return TimeUnit.SECONDS.toNanos(instant.getEpochSecond()) + instant.getNano();
    }
}
