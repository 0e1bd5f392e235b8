package org.attest.sync;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.BranchTrackingStatus;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.transport.CredentialsProvider;

/** Tells where a team corpus stands: ahead, behind, what is not published yet, and when it last synchronised. */
public final class StatusService {

    /**
     * Returns the status of the corpus in {@code dir} as of the last fetch; {@code fetch} fetches first (needs the
     * network).
     */
    public TeamStatus status(Path dir, boolean fetch, CredentialsProvider credentials) throws SyncException {
        try (TeamCorpus team = TeamCorpus.open(dir)) {
            if (fetch && team.remoteUrl().isPresent()) {
                try {
                    new Remote(credentials, org.eclipse.jgit.lib.NullProgressMonitor.INSTANCE)
                            .fetch(team.repository(), TeamCorpus.REMOTE);
                } catch (GitAPIException e) {
                    throw Remote.failure("fetching", team.remoteUrl().get(), team.dir(), e);
                }
            }
            String branch = team.branch();
            BranchTrackingStatus tracking = BranchTrackingStatus.of(team.repository(), branch);
            int ahead = tracking == null ? count(team) : tracking.getAheadCount();
            int behind = tracking == null ? 0 : tracking.getBehindCount();
            List<String> unpublished = unpublished(team, branch, ahead);
            ChangeSummary changes = new LocalChanges(team).summary();
            return new TeamStatus(branch, team.remoteUrl(), team.user(), ahead, behind, unpublished, changes,
                    new TeamState(team.dir()).lastSync(),
                    new KeptVersions(team.dir()).list());
        } catch (IOException e) {
            throw new SyncException(SyncException.Reason.IO, dir,
                    "cannot read the team status of " + dir + ": " + e.getMessage(), e);
        }
    }

    private static List<String> unpublished(TeamCorpus team, String branch, int ahead) throws IOException {
        List<String> messages = new ArrayList<>();
        ObjectId head = team.repository().resolve(Constants.HEAD);
        if (head == null || ahead == 0) {
            return messages;
        }
        try (RevWalk walk = new RevWalk(team.repository())) {
            walk.markStart(walk.parseCommit(head));
            ObjectId remote = team.repository().resolve(Constants.R_REMOTES + TeamCorpus.REMOTE + "/" + branch);
            if (remote != null) {
                walk.markUninteresting(walk.parseCommit(remote));
            }
            for (RevCommit c : walk) {
                messages.add(c.getShortMessage());
            }
        }
        return messages;
    }

    private static int count(TeamCorpus team) throws IOException {
        ObjectId head = team.repository().resolve(Constants.HEAD);
        if (head == null) {
            return 0;
        }
        try (RevWalk walk = new RevWalk(team.repository())) {
            walk.markStart(walk.parseCommit(head));
            int n = 0;
            for (RevCommit ignored : walk) {
                n++;
            }
            return n;
        }
    }

    /**
     * Returns the remote-tracking state of {@code dir} without touching the network, or nothing when it is not shared.
     */
    public static Optional<TeamStatus> quick(Path dir) {
        if (!TeamCorpus.isShared(dir)) {
            return Optional.empty();
        }
        try {
            return Optional.of(new StatusService().status(dir, false, null));
        } catch (SyncException e) {
            return Optional.empty();
        }
    }
}
