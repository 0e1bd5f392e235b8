package org.attest.sync;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;

import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.api.errors.InvalidRemoteException;
import org.eclipse.jgit.lib.ConfigConstants;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.RefUpdate;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.lib.StoredConfig;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.transport.FetchResult;
import org.eclipse.jgit.transport.RefSpec;
import org.eclipse.jgit.transport.RemoteConfig;
import org.eclipse.jgit.transport.URIish;

/**
 * The Git part of a clone: a new repository in a private folder, the remote's branches fetched, the branch the remote's
 * HEAD names made the local one (tracking it), and its files written by a {@link FreshCheckout}. It is what JGit's
 * clone command does, with Attest's checkout and without a search for submodules, which a corpus never holds.
 */
final class FirstFetch {

    private FirstFetch() {
    }

    /**
     * Clones {@code url} into the new folder {@code dir}, the private folder of a clone into {@code target}, through
     * {@code remote}; returns the repository.
     */
    static Git clone(String url, Path dir, Path target, Remote remote)
            throws GitAPIException, IOException, SyncException {
        Git git = Git.init().setDirectory(dir.toFile()).call();
        try {
            Repository repository = git.getRepository();
            StoredConfig config = repository.getConfig();
            RemoteConfig origin;
            try {
                origin = new RemoteConfig(config, TeamCorpus.REMOTE);
                origin.addURI(new URIish(url));
            } catch (URISyntaxException e) {
                throw new InvalidRemoteException("'" + url + "' is not a repository address: " + e.getMessage(), e);
            }
            origin.addFetchRefSpec(new RefSpec().setForceUpdate(true).setSourceDestination(Constants.R_HEADS + "*",
                    Constants.R_REMOTES + TeamCorpus.REMOTE + "/*"));
            origin.update(config);
            config.save();
            // without JGit's background gc check (see Remote.fetch), which would lock files in the private folder while
            // the clone moves it into place
            FetchResult fetched = remote.fetch(repository, TeamCorpus.REMOTE);
            Ref head = branchToCheckOut(fetched);
            if (head != null) {
                String branch = Repository.shortenRefName(head.getName());
                config.setString(ConfigConstants.CONFIG_BRANCH_SECTION, branch, ConfigConstants.CONFIG_KEY_REMOTE,
                        TeamCorpus.REMOTE);
                config.setString(ConfigConstants.CONFIG_BRANCH_SECTION, branch, ConfigConstants.CONFIG_KEY_MERGE,
                        head.getName());
                config.save();
                RefUpdate link = repository.updateRef(Constants.HEAD);
                link.disableRefLog();
                link.link(head.getName());
                RevCommit commit;
                try (RevWalk walk = new RevWalk(repository)) {
                    commit = walk.parseCommit(head.getObjectId());
                }
                RefUpdate update = repository.updateRef(Constants.HEAD);
                update.setNewObjectId(commit);
                update.forceUpdate();
                new FreshCheckout(repository, dir, target).checkout(commit, url, remote.monitor());
            }
            return git;
        } catch (GitAPIException | IOException | SyncException | RuntimeException e) {
            git.close();
            throw e;
        }
    }

    // The branch the remote's HEAD points at: named by the remote when it says so, else the first branch at the same
    // commit (main before the others); null for an empty repository.
    private static Ref branchToCheckOut(FetchResult fetched) {
        Ref head = fetched.getAdvertisedRef(Constants.HEAD);
        if (head == null || head.getObjectId() == null) {
            return null;
        }
        if (head.isSymbolic() && head.getTarget().getName().startsWith(Constants.R_HEADS)) {
            Ref target = fetched.getAdvertisedRef(head.getTarget().getName());
            if (target != null && target.getObjectId() != null) {
                return target;
            }
        }
        ObjectId id = head.getObjectId();
        Ref found = null;
        for (Ref ref : fetched.getAdvertisedRefs()) {
            if (ref.getName().startsWith(Constants.R_HEADS) && id.equals(ref.getObjectId())
                    && (found == null || ref.getName().equals(Constants.R_HEADS + TeamCorpus.MAIN))) {
                found = ref;
            }
        }
        return found;
    }
}
