package org.attest.sync;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.attest.store.CorpusException;
import org.attest.store.CorpusStore;
import org.attest.store.VersionControlFiles;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.CommitBuilder;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.NullProgressMonitor;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.ProgressMonitor;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.revwalk.filter.RevFilter;
import org.eclipse.jgit.transport.CredentialsProvider;
import org.eclipse.jgit.transport.PushResult;
import org.eclipse.jgit.transport.RefSpec;
import org.eclipse.jgit.transport.RemoteRefUpdate;

/**
 * Synchronises a corpus with its team: commits the user's own changes with a message saying what they did, fetches,
 * merges with Attest's rules (never conflict markers), publishes, and tries again when the remote moved meanwhile.
 */
public final class SyncService {

    /** How many rounds of fetch, merge and push one synchronisation tries before it gives up on a busy remote. */
    static final int ATTEMPTS = 5;

    /**
     * What to synchronise with.
     *
     * @param credentials the credentials for the remote, or null when it needs none
     * @param monitor progress and cancellation, or null
     * @param theirSchema whether a schema changed on both sides resolves to the published one (the local one is kept
     *     aside)
     */
    public record Request(CredentialsProvider credentials, ProgressMonitor monitor, boolean theirSchema) {

        /** A request with no credentials, no progress and no schema override. */
        public static Request plain() {
            return new Request(null, null, false);
        }
    }

    /**
     * Synchronises the corpus of {@code store}, which must be open for writing (its write lock keeps every other Attest
     * program out meanwhile); afterwards the store's model is stale: open the corpus again to see what came in.
     */
    public SyncResult sync(CorpusStore store, Request request) throws SyncException, CorpusException {
        if (!store.writable()) {
            throw new CorpusException("the corpus " + store.layout().dir()
                    + " was opened read-only; a synchronisation needs it open for writing");
        }
        store.saveModel();
        ProgressMonitor monitor = request.monitor() == null ? NullProgressMonitor.INSTANCE : request.monitor();
        try (TeamCorpus team = TeamCorpus.open(store.layout().dir())) {
            String url = team.remoteUrl()
                    .orElseThrow(() -> new SyncException(SyncException.Reason.NO_REMOTE, team.dir(), team.dir()
                            + " has no remote to synchronise with"));
            boolean recovered = new WorkingTree(team).recover();
            VersionControlFiles.ensure(team.dir());
            String committed = new LocalChanges(team).commit();
            Remote remote = new Remote(request.credentials(), monitor);
            List<String> received = new ArrayList<>();
            List<SyncNote> notes = new ArrayList<>();
            for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
                cancelled(monitor, team);
                ObjectId theirs = fetch(team, remote, url);
                Round round = merge(team, theirs, request.theirSchema(), received, notes);
                cancelled(monitor, team);
                if (round.pushed == 0 || push(team, remote, url)) {
                    new TeamState(team.dir()).synced(Instant.now());
                    Housekeeping.afterSync(team.repository(), monitor);
                    return new SyncResult(committed, received, round.pushed, notes, attempt, recovered);
                }
            }
            throw new SyncException(SyncException.Reason.REMOTE_BUSY, team.dir(),
                    "the remote " + url + " kept changing during " + ATTEMPTS
                            + " attempts to publish; your work is committed here and nothing was lost");
        } catch (IOException e) {
            throw new SyncException(SyncException.Reason.IO, store.layout().dir(),
                    "cannot synchronise " + store.layout().dir() + ": " + e.getMessage(), e);
        }
    }

    private record Round(int pushed) {
    }

    private static ObjectId fetch(TeamCorpus team, Remote remote, String url) throws SyncException, IOException {
        try {
            remote.fetch(team.repository(), TeamCorpus.REMOTE);
        } catch (GitAPIException e) {
            throw Remote.failure("fetching", url, team.dir(), e);
        }
        return team.repository().resolve(Constants.R_REMOTES + TeamCorpus.REMOTE + "/" + team.branch());
    }

    // Brings the published commits into the branch; returns how many local commits the remote lacks then.
    private static Round merge(TeamCorpus team, ObjectId theirs, boolean theirSchema, List<String> received,
            List<SyncNote> notes)
            throws IOException, SyncException {
        ObjectId ours = team.repository().resolve(Constants.HEAD);
        if (theirs == null) {
            return new Round(ours == null ? 0 : count(team, ours, null));
        }
        if (ours == null) {
            throw new SyncException(SyncException.Reason.IO, team.dir(),
                    team.dir() + " has no commit yet to merge the published corpus into");
        }
        try (RevWalk walk = new RevWalk(team.repository())) {
            RevCommit o = walk.parseCommit(ours);
            RevCommit t = walk.parseCommit(theirs);
            walk.setRevFilter(RevFilter.MERGE_BASE);
            walk.markStart(o);
            walk.markStart(t);
            RevCommit base = walk.next();
            walk.reset();
            walk.setRevFilter(RevFilter.ALL);
            if (base != null && base.equals(t)) {
                return new Round(count(team, ours, theirs));
            }
            received.addAll(incoming(team, ours, theirs));
            WorkingTree tree = new WorkingTree(team);
            if (base != null && base.equals(o)) {
                tree.move(ours, theirs, "attest sync: fast-forward to the published corpus");
                return new Round(0);
            }
            CorpusMerge.Outcome outcome = new CorpusMerge(team.repository(),
                    new SchemaVersions(team.repository(), ours, theirs), theirSchema)
                    .merge(base == null ? null : base.getTree(), o.getTree(), t.getTree());
            ObjectId merge = commit(team, outcome, ours, theirs, received);
            tree.move(ours, merge, "attest sync: merge of the published corpus");
            keepAside(team, outcome, notes);
            return new Round(count(team, merge, theirs));
        }
    }

    private static ObjectId commit(TeamCorpus team, CorpusMerge.Outcome outcome, ObjectId ours, ObjectId theirs,
            List<String> received)
            throws IOException {
        StringBuilder message = new StringBuilder(team.user()).append(": synchronised with ").append(received.size())
                .append(" published commit(s)");
        if (!outcome.notes().isEmpty()) {
            message.append("\n");
            outcome.notes().forEach(n -> message.append("\n- ").append(n.message()));
        }
        CommitBuilder commit = new CommitBuilder();
        commit.setTreeId(outcome.tree());
        commit.setParentIds(ours, theirs);
        commit.setAuthor(team.ident());
        commit.setCommitter(team.ident());
        commit.setMessage(message.toString() + "\n");
        try (ObjectInserter inserter = new DurableInserter(team.repository())) {
            ObjectId id = inserter.insert(commit);
            inserter.flush();
            return id;
        }
    }

    private static void keepAside(TeamCorpus team, CorpusMerge.Outcome outcome, List<SyncNote> notes)
            throws IOException {
        KeptVersions kept = new KeptVersions(team.dir());
        for (int i = 0; i < outcome.notes().size(); i++) {
            SyncNote note = outcome.notes().get(i);
            Map<String, ObjectId> files = outcome.keptAside().get(i);
            notes.add(files == null
                    ? note
                    : note.keptAs(kept.keep(team.repository(), note.message(), files, Instant.now())));
        }
    }

    private static boolean push(TeamCorpus team, Remote remote, String url) throws SyncException {
        String branch = Constants.R_HEADS + team.branch();
        try {
            Iterable<PushResult> results = remote.configure(team.git().push().setRemote(TeamCorpus.REMOTE)
                    .setRefSpecs(new RefSpec(branch + ":" + branch)).setProgressMonitor(remote.monitor())).call();
            for (PushResult result : results) {
                for (RemoteRefUpdate update : result.getRemoteUpdates()) {
                    switch (update.getStatus()) {
                        case OK, UP_TO_DATE -> {
                        }
                        case REJECTED_NONFASTFORWARD, REJECTED_REMOTE_CHANGED -> {
                            return false;
                        }
                        case REJECTED_OTHER_REASON -> {
                            if (movedMeanwhile(update.getMessage())) {
                                return false;
                            }
                            throw new SyncException(SyncException.Reason.UNREACHABLE, team.dir(),
                                    "the remote " + url + " refused the "
                                            + "changes (" + update.getMessage()
                                            + "); they are committed here and nothing was lost");
                        }
                        default -> throw new SyncException(SyncException.Reason.UNREACHABLE, team.dir(),
                                "the remote " + url + " refused the "
                                        + "changes (" + update.getStatus()
                                        + (update.getMessage() == null ? "" : ": " + update.getMessage())
                                        + "); they are committed here and nothing was lost");
                    }
                }
            }
            return true;
        } catch (GitAPIException e) {
            throw Remote.failure("publishing", url, team.dir(), e);
        }
    }

    // A server whose branch moved while it received the push refuses the update with such words (git's receive-pack
    // does).
    private static boolean movedMeanwhile(String message) {
        String m = message == null ? "" : message.toLowerCase(java.util.Locale.ROOT);
        return m.contains("cannot lock ref") || m.contains("failed to update ref") || m.contains("but expected")
                || m.contains("stale info");
    }

    // The messages of the commits in theirs and not in ours, oldest first.
    private static List<String> incoming(TeamCorpus team, ObjectId ours, ObjectId theirs) throws IOException {
        List<String> messages = new ArrayList<>();
        try (RevWalk walk = new RevWalk(team.repository())) {
            walk.markStart(walk.parseCommit(theirs));
            walk.markUninteresting(walk.parseCommit(ours));
            for (RevCommit c : walk) {
                if (c.getParentCount() < 2) {
                    messages.add(0, c.getShortMessage());
                }
            }
        }
        return messages;
    }

    private static int count(TeamCorpus team, ObjectId from, ObjectId without) throws IOException {
        int n = 0;
        try (RevWalk walk = new RevWalk(team.repository())) {
            walk.markStart(walk.parseCommit(from));
            if (without != null) {
                walk.markUninteresting(walk.parseCommit(without));
            }
            for (RevCommit ignored : walk) {
                n++;
            }
        }
        return n;
    }

    private static void cancelled(ProgressMonitor monitor, TeamCorpus team) throws SyncException {
        if (monitor.isCancelled()) {
            throw new SyncException(SyncException.Reason.CANCELLED, team.dir(),
                    "the synchronisation was cancelled; your work is committed here");
        }
    }
}
