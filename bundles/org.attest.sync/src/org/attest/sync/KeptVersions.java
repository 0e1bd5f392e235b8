package org.attest.sync;

import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;

import org.attest.store.fs.AtomicFiles;
import org.attest.store.fs.Folders;
import org.attest.store.fs.Transaction;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;

/**
 * The local versions a synchronisation replaced where two people changed the same thing, kept in
 * {@code .attest/conflicts/ID/} with a note of what happened, until the user restores or drops them.
 */
public final class KeptVersions {

    private static final String NOTE = "conflict.properties";
    private static final DateTimeFormatter ID = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

    private final Path corpus;
    private final Path folder;

    /**
     * One kept-aside version.
     *
     * @param id its id, the name of its folder
     * @param time when it was kept aside
     * @param message what happened
     * @param files the files it holds, relative to the corpus folder
     */
    public record Kept(String id, Instant time, String message, List<String> files) {
    }

    /** Creates the kept versions of the corpus in {@code corpus}. */
    public KeptVersions(Path corpus) {
        this.corpus = corpus.toAbsolutePath().normalize();
        this.folder = this.corpus.resolve(".attest").resolve("conflicts");
    }

    /** Returns the kept-aside versions, oldest first. */
    public List<Kept> list() throws IOException {
        List<Kept> kept = new ArrayList<>();
        if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
            return kept;
        }
        try (Stream<Path> entries = Files.list(folder)) {
            for (Path dir : entries.filter(p -> Files.isRegularFile(p.resolve(NOTE), LinkOption.NOFOLLOW_LINKS))
                    .sorted().toList()) {
                Properties p = new Properties();
                try (Reader in = Files.newBufferedReader(org.attest.store.fs.PathGuard.privateFile(dir.resolve(NOTE)),
                        StandardCharsets.UTF_8)) {
                    p.load(in);
                }
                List<String> files = p.getProperty("files", "").isBlank()
                        ? List.of()
                        : List.of(p.getProperty("files").split("\n"));
                kept.add(new Kept(dir.getFileName().toString(),
                        Instant.parse(p.getProperty("time", Instant.EPOCH.toString())), p.getProperty("message", ""),
                        files));
            }
        }
        return kept;
    }

    /**
     * Keeps the blobs {@code files} (path to blob) of {@code repository} aside with {@code message}; returns the id.
     */
    String keep(Repository repository, String message, Map<String, ObjectId> files, Instant now) throws IOException {
        String base = ID.format(now);
        Path dir = folder.resolve(base);
        for (int n = 2; Files.exists(dir, LinkOption.NOFOLLOW_LINKS); n++) {
            dir = folder.resolve(base + "-" + n);
        }
        org.attest.store.fs.PathGuard.privateFile(dir);
        AtomicFiles.createDirectories(dir);
        for (Map.Entry<String, ObjectId> file : files.entrySet()) {
            Path target = org.attest.store.fs.PathGuard.confined(dir, dir.resolve(file.getKey()));
            AtomicFiles.createDirectories(target.getParent());
            AtomicFiles.write(target,
                    repository.open(file.getValue(), Constants.OBJ_BLOB).getCachedBytes(Integer.MAX_VALUE));
        }
        Properties p = new Properties();
        p.setProperty("time", now.toString());
        p.setProperty("message", message);
        p.setProperty("files", String.join("\n", files.keySet()));
        StringWriter out = new StringWriter();
        p.store(out, "Attest: a local version a synchronisation replaced");
        AtomicFiles.write(dir.resolve(NOTE), out.toString().getBytes(StandardCharsets.UTF_8));
        return dir.getFileName().toString();
    }

    /**
     * Puts the kept version {@code id} back in place of the current files (the next synchronisation publishes it) and
     * drops it; the caller holds the corpus's write lock.
     */
    public Kept restore(String id) throws IOException {
        Kept kept = find(id);
        Path dir = folder.resolve(kept.id());
        // all the kept files come back together or none does, even across a crash
        try (Transaction transaction = Transaction.begin(corpus, "restore of kept version " + kept.id())) {
            for (String file : kept.files()) {
                Path target = corpus.resolve(file).normalize();
                if (!target.startsWith(corpus) || target.startsWith(corpus.resolve(".attest"))
                        || target.startsWith(corpus.resolve(".git"))) {
                    throw new IOException(dir.resolve(NOTE) + " names " + file
                            + ", which is not a file of the corpus; nothing was restored");
                }
                transaction.write(target,
                        Files.readAllBytes(org.attest.store.fs.PathGuard.confined(dir, dir.resolve(file))));
            }
            transaction.summary(kept.files().size() + " kept file(s) put back");
            transaction.commit();
        }
        Folders.deleteQuietly(dir);
        return kept;
    }

    /** Deletes the kept version {@code id}. */
    public Kept drop(String id) throws IOException {
        Kept kept = find(id);
        Folders.deleteQuietly(folder.resolve(kept.id()));
        return kept;
    }

    private Kept find(String id) throws IOException {
        return list().stream().filter(k -> k.id().equals(id)).findFirst()
                .orElseThrow(() -> new java.nio.file.NoSuchFileException(folder.resolve(id).toString(), null,
                        "no kept version '" + id + "' in " + folder));
    }
}
