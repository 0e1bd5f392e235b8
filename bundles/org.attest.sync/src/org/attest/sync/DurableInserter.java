package org.attest.sync;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.attest.store.fs.StagedFiles;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.Repository;

/**
 * Writes Git objects without flushing each on its own, and makes all of them durable at {@link #flush()}, several at a
 * time: a commit of ten documents writes some fifty objects, and one flush each would cost more than the rest of the
 * commit. A ref must only point at objects after this flush. A first commit of a large corpus writes its objects to
 * disk a few thousand at a time as it goes, so the names waiting for the flush stay few.
 */
final class DurableInserter extends ObjectInserter.Filter {

    // How many objects wait at most before they are forced to disk ahead of the flush.
    private static final int WAITING = 8192;

    private final Repository repository;
    private final ObjectInserter delegate;
    private final List<ObjectId> written = new ArrayList<>();

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
