package org.attest.agreement.corpus;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.uima.cas.CAS;
import org.attest.model.Document;
import org.attest.model.Schema;
import org.attest.store.CorpusStore;
import org.attest.store.cache.CasCache;
import org.attest.store.fs.FileStamp;

/**
 * Keeps what agreement compares of CASes that another pass over the corpus deserializes anyway (an export reading an
 * annotator's work) in the corpus's observation cache, so that an agreement computed next deserializes only the other
 * files.
 */
public final class ObservationRecorder {

    private final Schema schema;
    private final CasCache<Observed> cache;
    private final AtomicInteger recorded = new AtomicInteger();

    private ObservationRecorder(Schema schema, CasCache<Observed> cache) {
        this.schema = schema;
        this.cache = cache;
    }

    /** Opens the observation cache of {@code store} for recording; a missing or unusable cache file starts empty. */
    public static ObservationRecorder open(CorpusStore store) {
        Schema schema = store.corpus().getSchema();
        return new ObservationRecorder(schema, ObservationCache.open(store.layout().cache(), schema));
    }

    /**
     * Records what agreement compares of {@code cas}, just read from {@code annotator}'s file of {@code document}
     * whose bytes have the SHA-256 {@code hash} ({@link CasCache#hash}) and whose stamp was {@code stamp} (or null)
     * before they were read; safe to call from several threads at once.
     */
    public void record(Document document, String annotator, byte[] hash, FileStamp stamp, CAS cas) {
        cache.put(hash, stamp, document.getTextSha256(), document.getId(), annotator, Observed.of(schema, cas));
        recorded.incrementAndGet();
    }

    /**
     * Returns an agreement service over {@code store} that looks its CAS files up in this recorder's cache, the same
     * one, not opened a second time (at 100,000 documents the index of each open takes a good part of a 512 MB heap);
     * the cache stays this recorder's to save, after the service is done with it.
     */
    public AgreementService agreement(CorpusStore store) {
        return new AgreementService(new StoreInput(store, null, cache));
    }

    /** Returns how many CASes were recorded. */
    public int recorded() {
        return recorded.get();
    }

    /**
     * Writes the cache file atomically and durably when anything was recorded, keeping the entries of every other file.
     */
    public void save() throws IOException {
        cache.save();
    }
}
