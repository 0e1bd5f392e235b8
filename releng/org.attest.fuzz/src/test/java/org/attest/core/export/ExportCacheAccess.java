package org.attest.export;

import java.nio.file.Path;
import java.util.List;

import org.attest.io.export.ExportRelation;
import org.attest.io.export.ExportSpan;
import org.attest.model.Schema;
import org.attest.store.cache.CasCache;

/** Opens the package-private export cache to the fuzz tests, which share its package on a plain class path. */
public final class ExportCacheAccess {

    private ExportCacheAccess() {
    }

    /** Returns the name of the export cache file of {@code source} (an annotator or gold). */
    public static String fileName(String source) {
        return ExportCache.fileName(source);
    }

    /** Opens the export cache of {@code source} in {@code folder} for {@code schema}, as the export does. */
    public static CasCache<?> open(Path folder, String source, Schema schema) {
        return ExportCache.open(folder, source, schema);
    }

    /**
     * Uses a value found in the export cache as ExportReader does: its segmentation is decoded when a format needs it.
     */
    public static void use(Object value) {
        ((Converted) value).decodeSegmentation();
    }

    /** Keeps a conversion in {@code cache} (one opened by {@link #open}), for writing seeds. */
    @SuppressWarnings("unchecked")
    public static void put(CasCache<?> cache, byte[] hash, org.attest.store.fs.FileStamp stamp, String textHash,
            String document, String source, List<int[]> sentences, List<int[]> tokens, List<ExportSpan> spans,
            List<ExportRelation> relations) {
        ((CasCache<Converted>) cache).put(hash, stamp, textHash, document, source,
                Converted.of(sentences, tokens, spans, relations));
    }
}
