package org.attest.agreement.corpus;

import java.nio.file.Path;

import org.attest.model.Schema;
import org.attest.store.cache.CasCache;

/**
 * Opens the package-private cache of agreement observations to the fuzz tests, which share its package on a plain class
 * path.
 */
public final class ObservationCacheAccess {

    /** The cache's file name in a corpus's cache folder. */
    public static final String FILE_NAME = ObservationCache.FILE_NAME;

    private ObservationCacheAccess() {
    }

    /** Opens the observation cache in {@code folder} for {@code schema}, as agreement does. */
    public static CasCache<Observed> open(Path folder, Schema schema) {
        return ObservationCache.open(folder, schema);
    }
}
