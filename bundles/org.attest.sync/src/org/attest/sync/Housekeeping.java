package org.attest.sync;

import org.eclipse.jgit.api.errors.JGitInternalException;
import org.eclipse.jgit.lib.ConfigConstants;
import org.eclipse.jgit.lib.ProgressMonitor;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.lib.StoredConfig;

/**
 * Git's automatic garbage collection after a sync, as {@code git fetch} runs {@code git gc --auto}: when the clone
 * holds too many loose objects or packs (Git's {@code gc.auto} and {@code gc.autoPackLimit}), they are packed again,
 * and the sync returns only when that is done, so no command ends in the middle of it. {@code fetch.autogc=false}
 * turns it off, as for JGit.
 */
final class Housekeeping {

    /** Git's configuration section of fetching. */
    static final String FETCH = ConfigConstants.CONFIG_FETCH_SECTION;

    /** The key that turns the check after a fetch on or off. */
    static final String AUTO_GC = ConfigConstants.CONFIG_KEY_AUTOGC;

    private Housekeeping() {
    }

    /** Packs {@code repository}'s objects again when Git's limits say so, reporting to {@code monitor}. */
    static void afterSync(Repository repository, ProgressMonitor monitor) {
        StoredConfig config = repository.getConfig();
        if (!config.getBoolean(FETCH, null, AUTO_GC, true)) {
            return;
        }
        // in this thread, not detached: in memory only
        String detach = config.getString(ConfigConstants.CONFIG_GC_SECTION, null,
                ConfigConstants.CONFIG_KEY_AUTODETACH);
        config.setBoolean(ConfigConstants.CONFIG_GC_SECTION, null, ConfigConstants.CONFIG_KEY_AUTODETACH, false);
        try {
            repository.autoGC(monitor);
        } catch (JGitInternalException e) {
            // the published work is safe: a collection that fails leaves the objects as they were, and the next sync
            // tries again
        } finally {
            if (detach == null) {
                config.unset(ConfigConstants.CONFIG_GC_SECTION, null, ConfigConstants.CONFIG_KEY_AUTODETACH);
            } else {
                config.setString(ConfigConstants.CONFIG_GC_SECTION, null, ConfigConstants.CONFIG_KEY_AUTODETACH,
                        detach);
            }
        }
    }
}
