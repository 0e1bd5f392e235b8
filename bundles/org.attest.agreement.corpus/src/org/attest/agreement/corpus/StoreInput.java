package org.attest.agreement.corpus;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import org.apache.uima.cas.CAS;
import org.attest.model.AnnotationState;
import org.attest.model.Document;
import org.attest.model.Schema;
import org.attest.store.CachedRead;
import org.attest.store.CorpusException;
import org.attest.store.CorpusFiles;
import org.attest.store.CorpusStore;
import org.attest.store.cache.CasCache;
import org.attest.store.fs.FileStamp;

/**
 * Reads agreement's input from an open corpus, in parallel, reusing the CASes agreement is done with; what it read
 * from each CAS file is kept in the corpus's {@link ObservationCache}, so an unchanged file is not deserialized again.
 */
final class StoreInput implements AgreementInput {

    // enough for every thread's annotators of a few documents in flight
    private static final int POOLED = 32;

    private final CorpusStore store;
    private final Map<String, Document> byId = new HashMap<>();
    private final ConcurrentLinkedQueue<CAS> pool = new ConcurrentLinkedQueue<>();
    private final AtomicInteger pooled = new AtomicInteger();
    private CasCache<Observed> cache;
    private final AtomicInteger fromCache = new AtomicInteger();
    private final AtomicInteger deserialized = new AtomicInteger();

    private final List<Entry> snapshot;
    // a cache another user opened and saves (an ObservationRecorder's), or null: this input opens and saves its own
    private final CasCache<Observed> shared;

    StoreInput(CorpusStore store) {
        this(store, null);
    }

    /** Creates an input whose documents are {@code snapshot} (null: the corpus's documents when agreement starts). */
    StoreInput(CorpusStore store, List<Entry> snapshot) {
        this(store, snapshot, null);
    }

    /**
     * Creates an input that looks files up in {@code shared}, an observation cache its opener saves, not this input.
     */
    StoreInput(CorpusStore store, List<Entry> snapshot, CasCache<Observed> shared) {
        this.store = store;
        this.snapshot = snapshot == null ? null : List.copyOf(snapshot);
        this.shared = shared;
    }

    @Override
    public Schema schema() {
        return store.corpus().getSchema();
    }

    @Override
    public List<Entry> documents() {
        if (snapshot != null) {
            return snapshot;
        }
        List<Entry> entries = new ArrayList<>();
        synchronized (byId) {
            byId.clear();
            for (Document document : store.corpus().getDocuments()) {
                Map<String, org.attest.model.DocumentState> states = new LinkedHashMap<>();
                for (AnnotationState state : document.getStates()) {
                    states.put(state.getAnnotator().getName(), state.getState());
                }
                entries.add(new Entry(document.getId(), states));
                byId.putIfAbsent(document.getId(), document);
            }
        }
        return entries;
    }

    @Override
    public CAS cas(String document, String annotator) throws CorpusException {
        Document found = find(document);
        return readReusing(reuse -> store.readCas(found, annotator, reuse));
    }

    @Override
    public Observed observed(String document, String annotator) throws CorpusException {
        Document found = find(document);
        Path file = store.layout().cas(document, annotator);
        if (!Files.isRegularFile(file)) {
            return AgreementInput.super.observed(document, annotator);
        }
        CasCache<Observed> known = cache();
        FileStamp stamp = CorpusFiles.stamp(store.layout().dir(), file);
        CachedRead<Observed> read = CachedRead.of(store, known, file, stamp, found.getTextSha256(), document,
                annotator, any -> true);
        if (read.value() != null) {
            fromCache.incrementAndGet();
            return read.value();
        }
        deserialized.incrementAndGet();
        CAS cas = readReusing(reuse -> store.reads().annotations(found, annotator, read.bytes(), reuse));
        try {
            return read.keep(Observed.of(schema(), cas));
        } finally {
            release(cas);
        }
    }

    /**
     * Returns the SHA-256 of the CAS file's bytes (or "none" when there is no file) and of the document's text; the
     * cache gives the first when the file is unchanged since it was read.
     */
    @Override
    public String contentHash(String document, String annotator) throws CorpusException {
        String textHash = find(document).getTextSha256();
        Path file = store.layout().cas(document, annotator);
        if (!Files.isRegularFile(file)) {
            return "none " + textHash;
        }
        byte[] hash = cache().hashUnchanged(CorpusFiles.stamp(store.layout().dir(), file), textHash, document,
                annotator);
        return HexFormat.of().formatHex(hash != null ? hash : CasCache.hash(store.readBytes(file))) + " " + textHash;
    }

    @Override
    public void done(Consumer<String> progress) {
        CasCache<Observed> known;
        synchronized (this) {
            known = cache;
            cache = null;
        }
        if (known == null || known == shared) {
            // a shared cache is its opener's to report and save
            return;
        }
        if (known.problem() != null) {
            progress.accept("agreement: " + known.problem() + "; read the CASes instead and wrote the cache anew");
        }
        progress.accept("agreement: read " + deserialized.getAndSet(0) + " CAS file(s), " + fromCache.getAndSet(0)
                + " unchanged one(s) from the cache");
        try {
            known.save();
        } catch (IOException | RuntimeException e) {
            // the figures are right without the cache; the next run reads the CASes again
            progress.accept("agreement: could not write the cache in " + store.layout().cache() + " (" + e.getMessage()
                    + "); the next run reads every CAS again");
        }
    }

    private synchronized CasCache<Observed> cache() {
        if (cache == null) {
            cache = shared != null ? shared : ObservationCache.open(store.layout().cache(), schema());
        }
        return cache;
    }

    private Document find(String document) throws CorpusException {
        synchronized (byId) {
            Document found = byId.get(document);
            if (found == null) {
                found = store.document(document)
                        .orElseThrow(
                                () -> new CorpusException("document '" + document + "' is not in the corpus any more"));
            }
            return found;
        }
    }

    /** Reads a CAS into a pooled one when there is one, handing the pooled CAS back if the read made another. */
    private CAS readReusing(CasRead read) throws CorpusException {
        CAS reuse = reusable();
        CAS cas = read.into(reuse);
        if (reuse != null && cas != reuse) {
            release(reuse);
        }
        return cas;
    }

    /** A read of a CAS file into {@code reuse} (or null), returning the CAS read. */
    @FunctionalInterface
    private interface CasRead {

        CAS into(CAS reuse) throws CorpusException;
    }

    private CAS reusable() {
        CAS reuse = pool.poll();
        if (reuse != null) {
            pooled.decrementAndGet();
        }
        return reuse;
    }

    @Override
    public boolean concurrent() {
        return true;
    }

    @Override
    public void release(CAS cas) {
        if (cas.getTypeSystem() == store.casFactory().typeSystem() && pooled.incrementAndGet() <= POOLED) {
            pool.add(cas);
        } else {
            pooled.decrementAndGet();
        }
    }
}
