package org.attest.sync;

import java.io.IOException;
import java.util.List;

import org.attest.model.persist.CorpusModelException;
import org.attest.model.persist.CorpusModelFormat;
import org.attest.store.TimeFormat;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.AndTreeFilter;
import org.eclipse.jgit.treewalk.filter.PathFilter;
import org.eclipse.jgit.treewalk.filter.TreeFilter;

/**
 * Names the two versions of a file that both sides changed (the schema): its version number, who changed it, when, in
 * which commit.
 */
final class SchemaVersions {

    private final Repository repository;
    private final ObjectId ours;
    private final ObjectId theirs;

    SchemaVersions(Repository repository, ObjectId ours, ObjectId theirs) {
        this.repository = repository;
        this.ours = ours;
        this.theirs = theirs;
    }

    /** Returns the refusal of a merge in which both sides changed {@code path}, naming both versions. */
    SyncException conflict(String path) {
        String mine = describe(path, ours, "yours");
        String published = describe(path, theirs, "published");
        String what = path.equals("schema.xmi") ? "the schema" : path;
        return new SyncException(SyncException.Reason.SCHEMA_CONFLICT, repository.getWorkTree().toPath().resolve(path),
                what
                        + " was changed both here and in the published corpus, and two schemas cannot be merged: "
                        + mine + "; " + published
                        + ". Nothing was merged or published",
                List.of(mine, published), null);
    }

    private String describe(String path, ObjectId head, String side) {
        try (RevWalk walk = new RevWalk(repository)) {
            walk.setTreeFilter(AndTreeFilter.create(PathFilter.create(path), TreeFilter.ANY_DIFF));
            walk.markStart(walk.parseCommit(head));
            RevCommit last = walk.next();
            String version = version(path, walk.parseCommit(head));
            if (last == null) {
                return side + ": " + version;
            }
            return side + ": " + version + ", changed by " + last.getAuthorIdent().getName() + " on "
                    + TimeFormat.minutes(last.getAuthorIdent().getWhenAsInstant()) + " in commit "
                    + last.abbreviate(8).name()
                    + " (\"" + last.getShortMessage() + "\")";
        } catch (IOException e) {
            return side + ": " + head.abbreviate(8).name();
        }
    }

    private String version(String path, RevCommit commit) throws IOException {
        try (TreeWalk walk = TreeWalk.forPath(repository, path, commit.getTree())) {
            if (walk == null) {
                return "no " + path;
            }
            byte[] bytes = repository.open(walk.getObjectId(0)).getCachedBytes(Integer.MAX_VALUE);
            if (!path.equals("schema.xmi")) {
                return path + " " + walk.getObjectId(0).abbreviate(8).name();
            }
            var schema = CorpusModelFormat.readSchema(bytes, path);
            return "schema '" + schema.getName() + "' version " + schema.getVersion();
        } catch (CorpusModelException e) {
            return "an unreadable " + path;
        }
    }
}
