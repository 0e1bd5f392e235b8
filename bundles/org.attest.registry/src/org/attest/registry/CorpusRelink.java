package org.attest.registry;

import java.io.IOException;
import java.util.List;

import org.attest.store.CorpusException;
import org.attest.store.CorpusStore;

/**
 * Relinks mentions of a corpus on disk to another entity, such as a son's name linked to his father's entry: the
 * annotators' CAS files that hold them are saved in one transaction, all of them or none. Relinking each mention back
 * to the id it held undoes it.
 */
public final class CorpusRelink {

    private CorpusRelink() {
    }

    /**
     * Links every mention of {@code chosen} to {@code entityId}, which must resolve to an entity of the registry, and
     * saves the changed CAS files.
     */
    public static void relink(CorpusStore store, List<Mention> chosen, String entityId) throws CorpusException {
        EntityRegistry registry = new EntityRegistry(store.corpus());
        if (registry.byId(entityId).isEmpty()) {
            throw new IllegalArgumentException("The registry of corpus '" + store.corpus().getName()
                    + "' has no entity " + entityId + "; pick an entity from the registry");
        }
        if (chosen.isEmpty()) {
            throw new IllegalArgumentException("No mention chosen to relink to " + entityId + "; choose one or more");
        }
        // the CASes are read here for this change alone, so a refusal or a failed save leaves nothing behind
        MentionFiles files = new MentionFiles(store);
        for (Mention m : chosen) {
            files.editing(m).link(files.find(m), entityId).execute();
        }
        try {
            files.save("relink of mentions to " + entityId, chosen.size() + " mention(s) linked to " + entityId);
        } catch (IOException e) {
            throw new CorpusException("cannot save the relinked mentions in " + store.layout().dir() + ": "
                    + e.getMessage() + "; nothing was changed on disk. Free space or fix permissions and retry", e);
        }
    }
}
