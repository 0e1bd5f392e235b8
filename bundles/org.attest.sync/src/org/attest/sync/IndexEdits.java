package org.attest.sync;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;

import org.eclipse.jgit.dircache.DirCacheEditor;
import org.eclipse.jgit.dircache.DirCacheEntry;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;

/** Index entries that record a file as it is on disk, so that a later scan sees it unchanged without reading it. */
final class IndexEdits {

    private IndexEdits() {
    }

    /**
     * Returns the edit that records {@code path} (the file {@code file}) as holding {@code blob}, with its size and
     * time.
     */
    static DirCacheEditor.PathEdit recorded(String path, Path file, ObjectId blob) throws IOException {
        BasicFileAttributes stat = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        // the two values only, not the file's attributes, which are several times their size
        long size = stat.size();
        Instant modified = stat.lastModifiedTime().toInstant();
        return new DirCacheEditor.PathEdit(path) {

            @Override
            public void apply(DirCacheEntry entry) {
                entry.setFileMode(FileMode.REGULAR_FILE);
                entry.setObjectId(blob);
                entry.setLength(size);
                entry.setLastModified(modified);
            }
        };
    }
}
