package org.attest.sync;

import java.io.IOException;
import java.util.function.Consumer;

import org.attest.sync.internal.CorpusPath;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.treewalk.CanonicalTreeParser;
import org.eclipse.jgit.treewalk.EmptyTreeIterator;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.AndTreeFilter;
import org.eclipse.jgit.treewalk.filter.TreeFilter;

/** The files that differ between two trees of a corpus repository, with their contents, and what they amount to. */
final class TreeChanges {

    /** The most a file may hold for its content to be read into a summary (CAS files are counted, never read). */
    private static final long READABLE = 64L * 1024 * 1024;

    private TreeChanges() {
    }

    /**
     * Hands each file that differs between {@code before} and {@code after} (either may be null for an empty tree) to
     * {@code each}, one at a time: a first commit of a large corpus changes half a million files, whose contents
     * together would not fit in memory.
     */
    static void each(Repository repository, ObjectId before, ObjectId after, TreeFilter filter,
            Consumer<ChangeReader.Change> each) throws IOException {
        try (ObjectReader reader = repository.newObjectReader(); TreeWalk walk = new TreeWalk(repository, reader)) {
            walk.addTree(before == null ? new EmptyTreeIterator() : parser(reader, before));
            walk.addTree(after == null ? new EmptyTreeIterator() : parser(reader, after));
            walk.setRecursive(true);
            walk.setFilter(filter == null ? TreeFilter.ANY_DIFF : AndTreeFilter.create(TreeFilter.ANY_DIFF, filter));
            while (walk.next()) {
                CorpusPath path = CorpusPath.of(walk.getPathString());
                if (path.path().startsWith(".attest/")) {
                    continue;
                }
                boolean read = path.kind() != CorpusPath.Kind.CAS && path.kind() != CorpusPath.Kind.GOLD
                        && path.kind() != CorpusPath.Kind.TEXT;
                each.accept(new ChangeReader.Change(path, read ? blob(reader, walk, 0) : marker(walk, 0),
                        read ? blob(reader, walk, 1) : marker(walk, 1)));
            }
        }
    }

    /** Returns what the changes between {@code before} and {@code after} amount to. */
    static ChangeSummary summary(Repository repository, ObjectId before, ObjectId after, TreeFilter filter)
            throws IOException {
        ChangeSummary summary = new ChangeSummary();
        each(repository, before, after, filter, new ChangeReader(summary)::add);
        return summary;
    }

    static CanonicalTreeParser parser(ObjectReader reader, ObjectId tree) throws IOException {
        CanonicalTreeParser parser = new CanonicalTreeParser();
        parser.reset(reader, tree);
        return parser;
    }

    private static byte[] blob(ObjectReader reader, TreeWalk walk, int tree) throws IOException {
        if (walk.getFileMode(tree) == FileMode.MISSING
                || walk.getFileMode(tree).getObjectType() != org.eclipse.jgit.lib.Constants.OBJ_BLOB) {
            return null;
        }
        var loader = reader.open(walk.getObjectId(tree));
        return loader.getSize() > READABLE ? new byte[0] : loader.getCachedBytes(Integer.MAX_VALUE);
    }

    // Files whose content a summary never reads get an empty marker, so "added", "changed" and "removed" still show.
    private static byte[] marker(TreeWalk walk, int tree) {
        return walk.getFileMode(tree) == FileMode.MISSING ? null : new byte[0];
    }
}
