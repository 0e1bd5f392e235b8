package org.attest.sync;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.attest.store.fs.StagedFiles;
import org.eclipse.jgit.internal.storage.file.ObjectDirectory;
import org.eclipse.jgit.internal.storage.file.PackInserter;
import org.eclipse.jgit.lib.CoreConfig;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.Repository;

/**
 * Writes Git objects without flushing each on its own, and makes all of them durable at {@link #flush()}, several at a
 * time: a commit of ten documents writes some fifty objects, and one flush each would cost more than the rest of the
 * commit. A ref must only point at objects after this flush. A large commit ({@link #packed}) writes its objects
 * into one pack, as {@code git add} does with many files, not into a file each that Git's housekeeping then packs.
 */
final class DurableInserter extends ObjectInserter.Filter {

    // How many objects wait at most before they are forced to disk ahead of the flush.
    private static final int WAITING = 8192;

    private final Repository repository;
    private final ObjectInserter delegate;
    private final List<ObjectId> written = new ArrayList<>();

    private DurableInserter(Repository repository, ObjectInserter delegate) {
        this.repository = repository;
        this.delegate = delegate;
    }

    /**
     * Creates an inserter that writes {@code repository}'s new objects into one pack at each flush; a repository not
     * in a folder gets the plain one.
     */
    static DurableInserter packed(Repository repository) throws IOException {
        if (!(repository.getObjectDatabase() instanceof ObjectDirectory objects)) {
            return new DurableInserter(repository);
        }
        leftovers(objects.getDirectory().toPath());
        PackInserter inserter = objects.newPackInserter();
        // the objects are new in the large commits this serves, and a duplicate costs room only until Git repacks
        inserter.checkExisting(false);
        inserter.setCompressionLevel(repository.getConfig().get(CoreConfig.KEY).getCompression());
        return new DurableInserter(repository, inserter);
    }

    // A pack inserter writes into objects/insert_*.pack (and its .idx) until its flush renames them into place; a sync
    // killed before that leaves them behind, as big as the commit. The corpus's write lock keeps every other Attest
    // program out, and only JGit's pack inserter names its files so, so the ones found now are such leftovers.
    private static void leftovers(Path objects) throws IOException {
        try (var files = Files.newDirectoryStream(objects, "insert_*.{pack,idx}")) {
            for (Path file : files) {
                Files.deleteIfExists(file);
            }
        }
    }

    /** Creates an inserter into {@code repository}'s object database. */
    DurableInserter(Repository repository) {
        this.repository = repository;
        boolean flushing = repository.getConfig().getBoolean("core", null, "fsyncObjectFiles", false);
        repository.getConfig().setBoolean("core", null, "fsyncObjectFiles", false);
        try {
            this.delegate = repository.newObjectInserter();
        } finally {
            repository.getConfig().setBoolean("core", null, "fsyncObjectFiles", flushing);
        }
    }

    @Override
    protected ObjectInserter delegate() {
        return delegate;
    }

    @Override
    public ObjectId insert(int type, byte[] data, int off, int len) throws IOException {
        return record(delegate.insert(type, data, off, len));
    }

    @Override
    public ObjectId insert(int type, long length, InputStream in) throws IOException {
        return record(delegate.insert(type, length, in));
    }

    private ObjectId record(ObjectId id) throws IOException {
        if (delegate instanceof PackInserter) {
            return id;
        }
        written.add(id.copy());
        if (written.size() >= WAITING) {
            force();
        }
        return id;
    }

    /** Flushes the delegate, then forces every loose object written so far to disk. */
    @Override
    public void flush() throws IOException {
        delegate.flush();
        force();
    }

    private void force() throws IOException {
        Path objects = repository.getDirectory().toPath().resolve("objects");
        if (delegate instanceof PackInserter) {
            // the pack and its index the flush renamed into place, with the packs before them (already on disk)
            try (var files = Files.list(objects.resolve("pack"))) {
                List<Path> packs = files.filter(f -> Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS)).toList();
                if (!packs.isEmpty()) {
                    StagedFiles.forceDurably(packs);
                }
            } catch (java.nio.file.NoSuchFileException none) {
                // nothing was written
            }
            return;
        }
        List<Path> files = new ArrayList<>();
        for (ObjectId id : written) {
            String name = id.name();
            Path file = objects.resolve(name.substring(0, 2)).resolve(name.substring(2));
            if (Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
                files.add(file);
            }
        }
        written.clear();
        if (!files.isEmpty()) {
            StagedFiles.forceDurably(files);
        }
    }
}
