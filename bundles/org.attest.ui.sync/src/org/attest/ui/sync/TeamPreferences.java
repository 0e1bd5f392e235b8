package org.attest.ui.sync;

import org.eclipse.core.runtime.preferences.InstanceScope;

/** The Team preferences: whether marking a document finished synchronises at once. */
final class TeamPreferences {

    /** The preference node of this bundle. */
    static final String NODE = "org.attest.ui.sync";

    /** Whether Mark Finished is followed by a synchronisation. */
    static final String SYNC_AFTER_FINISH = "syncAfterFinish";

    private TeamPreferences() {
    }

    /** Returns whether marking a document finished should synchronise right away. */
    static boolean syncAfterFinish() {
        return InstanceScope.INSTANCE.getNode(NODE).getBoolean(SYNC_AFTER_FINISH, false);
    }
}
