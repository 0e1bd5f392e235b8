package org.attest.cli.tests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A crafted copy of the demo corpus next to a folder outside it and a local HTTP listener: what a hostile corpus could
 * reach, so a test can tell whether any command read, wrote or connected outside the corpus.
 */
final class HostileCorpus implements AutoCloseable {

    /** A line of the outside folder's secret file: it must never appear in anything Attest prints. */
    static final String SECRET = "outside-secret-3f9c1";

    // An access time long before the file was written: the kernel (relatime) updates it at the next read.
    private static final java.time.Instant TRAP = java.time.Instant.parse("2000-01-01T00:00:00Z");

    final Path corpus;
    final Path outside;
    final Path out;
    private final ServerSocket listener;
    private final AtomicInteger connections = new AtomicInteger();

    private HostileCorpus(Path corpus, Path outside, Path out, ServerSocket listener) {
        this.corpus = corpus;
        this.outside = outside;
        this.out = out;
        this.listener = listener;
    }

    /** Copies {@code pristine} into {@code dir}/corpus, makes {@code dir}/outside and starts the listener. */
    static HostileCorpus of(Path pristine, Path dir) throws IOException {
        Path corpus = dir.resolve("corpus");
        copy(pristine, corpus);
        Path outside = dir.resolve("outside");
        Files.createDirectories(outside.resolve("private"));
        Files.writeString(outside.resolve("secret.txt"), SECRET + "\n");
        ServerSocket listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        HostileCorpus h = new HostileCorpus(corpus, outside, dir.resolve("export"), listener);
        Thread accept = new Thread(() -> {
            while (!listener.isClosed()) {
                try (Socket s = listener.accept()) {
                    h.connections.incrementAndGet();
                } catch (IOException e) {
                    return;
                }
            }
        }, "hostile-corpus-listener");
        accept.setDaemon(true);
        accept.start();
        return h;
    }

    /** Returns the URL of a file on the local listener, which counts every connection made to it. */
    String url(String file) {
        return "http://127.0.0.1:" + listener.getLocalPort() + "/" + file;
    }

    /** Returns how many connections the listener accepted. */
    int connections() {
        return connections.get();
    }

    /** Moves {@code rel} of the corpus to {@code outside/name} and leaves a symbolic link to it in its place. */
    void moveOutAndLink(String rel, String name) throws IOException {
        Path inside = corpus.resolve(rel);
        Path target = outside.resolve(name);
        Files.move(inside, target);
        Files.createSymbolicLink(inside, target);
    }

    /** Replaces {@code rel} of the corpus (if there) by a symbolic link to {@code target}. */
    void link(String rel, Path target) throws IOException {
        Path inside = corpus.resolve(rel);
        delete(inside);
        Files.createDirectories(inside.getParent());
        Files.createSymbolicLink(inside, target);
    }

    /** Replaces {@code from} by {@code to} in the corpus file {@code rel}. */
    void edit(String rel, String from, String to) throws IOException {
        Path file = corpus.resolve(rel);
        String text = Files.readString(file);
        if (!text.contains(from)) {
            throw new IllegalStateException(rel + " does not hold " + from);
        }
        Files.writeString(file, text.replace(from, to));
    }

    /**
     * Sets the access time of every file outside far back, so that reading one (on a file system that notes reads)
     * shows.
     */
    void armReadTraps() throws IOException {
        try (var walk = Files.walk(outside)) {
            for (Path f : walk.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)).toList()) {
                Files.getFileAttributeView(f, java.nio.file.attribute.BasicFileAttributeView.class,
                        LinkOption.NOFOLLOW_LINKS)
                        .setTimes(null, java.nio.file.attribute.FileTime.from(TRAP), null);
            }
        }
    }

    /**
     * Returns the files outside read since {@link #armReadTraps}; empty also where the file system does not note reads.
     */
    java.util.List<Path> readOutside() throws IOException {
        try (var walk = Files.walk(outside)) {
            return walk.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)).filter(p -> {
                try {
                    return Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS)
                            .lastAccessTime().toInstant().isAfter(TRAP);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).toList();
        }
    }

    /** Tells whether reading a file here updates its access time, so that {@link #readOutside} can see reads. */
    boolean readsShow() throws IOException {
        Path probe = outside.resolveSibling("atime-probe");
        Files.writeString(probe, "probe");
        Files.getFileAttributeView(probe, java.nio.file.attribute.BasicFileAttributeView.class).setTimes(null,
                java.nio.file.attribute.FileTime.from(TRAP), null);
        Files.readAllBytes(probe);
        boolean shows = Files.readAttributes(probe, BasicFileAttributes.class).lastAccessTime().toInstant()
                .isAfter(TRAP);
        Files.delete(probe);
        return shows;
    }

    /** Returns a digest of every name, type, link target and content under {@code outside}. */
    String outsideDigest() throws IOException {
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        Files.walkFileTree(outside, new SimpleFileVisitor<>() {

            @Override
            public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes a) {
                // a folder's modification time changes whenever anything is created or removed in it, even for a moment
                sha.update(("d " + outside.relativize(d) + " " + a.lastModifiedTime().toInstant() + "\n")
                        .getBytes(StandardCharsets.UTF_8));
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path f, BasicFileAttributes a) throws IOException {
                sha.update(("f " + outside.relativize(f) + " " + a.size() + "\n").getBytes(StandardCharsets.UTF_8));
                if (a.isRegularFile()) {
                    sha.update(Files.readAllBytes(f));
                } else if (a.isSymbolicLink()) {
                    sha.update(Files.readSymbolicLink(f).toString().getBytes(StandardCharsets.UTF_8));
                }
                return FileVisitResult.CONTINUE;
            }
        });
        return HexFormat.of().formatHex(sha.digest());
    }

    @Override
    public void close() throws IOException {
        listener.close();
    }

    /** Copies a folder tree, links as links. */
    static void copy(Path from, Path to) throws IOException {
        try (var walk = Files.walk(from)) {
            walk.forEach(p -> {
                Path target = to.resolve(from.relativize(p).toString());
                try {
                    if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
                        Files.createDirectories(target);
                    } else {
                        Files.copy(p, target, StandardCopyOption.COPY_ATTRIBUTES, LinkOption.NOFOLLOW_LINKS);
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }

    private static void delete(Path path) throws IOException {
        if (Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
            try (var walk = Files.walk(path)) {
                for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        } else {
            Files.deleteIfExists(path);
        }
    }
}
