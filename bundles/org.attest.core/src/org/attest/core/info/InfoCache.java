package org.attest.core.info;

import java.nio.file.Path;

import org.attest.model.Schema;
import org.attest.store.cache.CacheFingerprints;
import org.attest.store.cache.CasCache;
import org.attest.store.cache.Decoder;
import org.attest.store.cache.Encoder;

/**
 * What {@code attest info} took from each file, kept by the SHA-256 of the file's bytes in
 * {@code .attest/cache/info.bin} (a {@link CasCache}): a CAS file's annotation count per layer in the schema's order,
 * and a curation record's gold state, so that a second look at an unchanged corpus deserializes nothing.
 */
final class InfoCache implements CasCache.Codec<int[]> {

    /** The annotator part of a curation record's key: not a name an annotator can have (it holds a space). */
    static final String CURATION_RECORD = "curation record";

    // the version in it must change whenever CorpusInfo counts differently, so no older entry is used
    private static final String MAGIC = "ATTEST-INFO-1";

    private InfoCache() {
    }

    /** Opens the cache in {@code folder} for {@code schema}; a missing or unusable file gives an empty cache. */
    static CasCache<int[]> open(Path folder, Schema schema) {
        return CasCache.open(folder.resolve("info.bin"), MAGIC, CacheFingerprints.fingerprint(schema), new InfoCache());
    }

    @Override
    public void encode(int[] value, Encoder out) {
        out.number(value.length);
        for (int v : value) {
            out.number(v);
        }
    }

    @Override
    public int[] decode(Decoder in) {
        int[] value = new int[in.count(1)];
        for (int i = 0; i < value.length; i++) {
            value[i] = in.number();
        }
        return value;
    }
}
