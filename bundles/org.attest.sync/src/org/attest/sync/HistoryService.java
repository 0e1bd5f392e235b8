package org.attest.sync;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevSort;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.treewalk.filter.OrTreeFilter;
import org.eclipse.jgit.treewalk.filter.PathFilter;
import org.eclipse.jgit.treewalk.filter.TreeFilter;

/** Who changed what in a team corpus, read from its commits: the whole corpus, or one document. */
public final class HistoryService {

    /**
     * One change.
     *
     * @param commit the commit's abbreviated id
     * @param time when it was made
     * @param author who made it
     * @param what what it did (to the document, when the history is of one)
     * @param merge whether it is a synchronisation that merged the team's work
     */
    public record Entry(String commit, Instant time, String author, String what, boolean merge) {
    }

    /**
     * Returns the changes of the corpus in {@code dir}, newest first, at most {@code limit} (0: all); of
     * {@code document} only when given.
     */
    public List<Entry> history(Path dir, String document, int limit) throws SyncException {
        List<Entry> entries = new ArrayList<>();
        try (TeamCorpus team = TeamCorpus.open(dir); RevWalk walk = new RevWalk(team.repository())) {
            ObjectId head = team.repository().resolve(Constants.HEAD);
            if (head == null) {
                return entries;
            }
            walk.sort(RevSort.COMMIT_TIME_DESC);
            walk.markStart(walk.parseCommit(head));
            TreeFilter filter = document == null
                    ? null
                    : OrTreeFilter.create(PathFilter.create("documents/" + document), PathFilter.create("annotators"));
            for (RevCommit commit : walk) {
                if (limit > 0 && entries.size() >= limit) {
                    break;
                }
                boolean merge = commit.getParentCount() > 1;
                String what;
                if (document == null) {
                    what = commit.getShortMessage();
                } else if (merge) {
                    continue; // a merge brings others' commits, which the history lists themselves
                } else {
                    ObjectId parent = commit.getParentCount() == 0
                            ? null
                            : walk.parseCommit(commit.getParent(0)).getTree();
                    what = TreeChanges.summary(team.repository(), parent, commit.getTree(), filter)
                            .describe(commit.getAuthorIdent().getName(), document);
                    if (what.isEmpty()) {
                        continue;
                    }
                }
                entries.add(new Entry(commit.abbreviate(8).name(), commit.getAuthorIdent().getWhenAsInstant(),
                        commit.getAuthorIdent().getName(), what,
                        merge));
            }
        } catch (IOException e) {
            throw new SyncException(SyncException.Reason.IO, dir,
                    "cannot read the history of " + dir + ": " + e.getMessage(), e);
        }
        return entries;
    }
}
