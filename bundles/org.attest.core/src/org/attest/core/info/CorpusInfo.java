package org.attest.core.info;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.uima.cas.CAS;
import org.attest.cas.Layers;
import org.attest.core.parallel.OrderedPipeline;
import org.attest.model.Annotator;
import org.attest.model.Document;
import org.attest.model.GoldState;
import org.attest.model.Layer;
import org.attest.store.CachedRead;
import org.attest.store.CorpusException;
import org.attest.store.CorpusFiles;
import org.attest.store.CorpusLayout;
import org.attest.store.CorpusStore;
import org.attest.store.cache.CasCache;
import org.attest.store.fs.FileStamp;

/** Computes the summary that {@code attest info} prints. */
public final class CorpusInfo {

    private final CorpusStore store;
    // CASes done with, to read the next file not in the cache into: a reset is cheaper than a new CAS
    private final Queue<CAS> pool = new ConcurrentLinkedQueue<>();
    private final AtomicInteger deserialized = new AtomicInteger();
    private final AtomicInteger fromCache = new AtomicInteger();
    private final AtomicInteger unopened = new AtomicInteger();

    // what was found of one document: each annotator's count per layer (null without a CAS file) and the gold state
    private record Looked(int[][] counts, GoldState gold) {
    }

    /** Creates the service over an open corpus. */
    public CorpusInfo(CorpusStore store) {
        this.store = store;
    }

    /**
     * Summarises the corpus: every annotator's CAS file whose stamp the info cache does not know is read and hashed
     * (one unchanged since the cache saw it is not read at all), and only one whose bytes the cache does not know is
     * deserialized to count its annotations per layer (likewise each curation record for its gold
     * state), on all cores.
     */
    public CorpusSummary summarise() throws CorpusException {
        List<String> annotators = store.corpus().getAnnotators().stream().map(Annotator::getName).toList();
        List<String> layers = store.corpus().getSchema().getLayers().stream().map(Layer::getName).toList();
        Map<String, Map<String, Integer>> counts = new LinkedHashMap<>();
        Map<String, Map<String, Integer>> states = new LinkedHashMap<>();
        for (String a : annotators) {
            counts.put(a, emptyCounts());
            states.put(a, new LinkedHashMap<>());
        }
        deserialized.set(0);
        fromCache.set(0);
        unopened.set(0);
        CasCache<int[]> cache = InfoCache.open(store.layout().cache(), store.corpus().getSchema());
        List<CorpusSummary.DocumentRow> rows = new ArrayList<>();
        // the files are read and counted on all cores, the rows made in the documents' order; the cache is written
        // (or only closed) whatever happens, with what was counted so far
        try (OrderedPipeline<Document, Looked> looks = new OrderedPipeline<>(store.corpus().getDocuments(),
                OrderedPipeline.defaultThreads(), d -> look(cache, d, annotators))) {
            for (Document d : store.corpus().getDocuments()) {
                Looked looked = looks.next();
                Map<String, String> docStates = new LinkedHashMap<>();
                Map<String, Integer> docCounts = new LinkedHashMap<>();
                for (int k = 0; k < annotators.size(); k++) {
                    String a = annotators.get(k);
                    String state = CorpusStore.state(d, a).getLiteral();
                    docStates.put(a, state);
                    states.get(a).merge(state, 1, Integer::sum);
                    int[] perLayer = looked.counts()[k];
                    if (perLayer != null) {
                        int total = 0;
                        for (int i = 0; i < layers.size(); i++) {
                            counts.get(a).merge(layers.get(i), perLayer[i], Integer::sum);
                            total += perLayer[i];
                        }
                        docCounts.put(a, total);
                    }
                }
                if (looked.gold() != GoldState.NONE) {
                    docStates.put(CorpusLayout.GOLD, looked.gold().getLiteral());
                }
                rows.add(new CorpusSummary.DocumentRow(d.getId(), d.getTitle(), d.getOutlet(),
                        d.getPublicationDate(), d.getTextLength(), docStates, docCounts));
            }
        } finally {
            try {
                cache.save();
            } catch (IOException | RuntimeException e) {
                // the summary is right without the cache (a corpus on a read-only disk, say); the next one counts again
            }
        }
        return new CorpusSummary(store.corpus().getName(), store.corpus().getSchema().getName(),
                store.corpus().getSchema().getVersion(),
                annotators, rows, counts, states);
    }

    // d's files: each annotator's counts (null without a CAS file) and the gold state; on a worker thread
    private Looked look(CasCache<int[]> cache, Document d, List<String> annotators) throws CorpusException {
        // the stamps of the document's files, its folders checked once
        List<Path> files = new ArrayList<>();
        for (String annotator : annotators) {
            files.add(store.layout().cas(d.getId(), annotator));
        }
        files.add(store.layout().curationRecord(d.getId()));
        List<FileStamp> stamps = CorpusFiles.stamps(store.layout().dir(), files);
        int[][] counts = new int[annotators.size()][];
        for (int k = 0; k < annotators.size(); k++) {
            if (stamps.get(k) != null || store.hasCas(d, annotators.get(k))) {
                counts[k] = counts(cache, d, annotators.get(k), files.get(k), stamps.get(k));
            }
        }
        return new Looked(counts, goldState(cache, d, files.getLast(), stamps.getLast()));
    }

    // annotator's annotations in d per layer, in the schema's order: from the cache when it knows the file's stamp or
    // bytes
    private int[] counts(CasCache<int[]> cache, Document d, String annotator, Path file, FileStamp stamp)
            throws CorpusException {
        List<Layer> layers = store.corpus().getSchema().getLayers();
        CachedRead<int[]> read = CachedRead.of(store, cache, file, stamp, d.getTextSha256(), d.getId(), annotator,
                known -> known.length == layers.size());
        if (read.value() != null) {
            fromCache.incrementAndGet();
            if (!read.opened()) {
                unopened.incrementAndGet();
            }
            return read.value();
        }
        deserialized.incrementAndGet();
        CAS reuse = pool.poll();
        CAS cas = store.reads().annotations(d, annotator, read.bytes(), reuse);
        Map<String, Integer> perLayer = new Layers(cas, store.corpus().getSchema()).countPerLayer();
        int[] counted = new int[layers.size()];
        for (int i = 0; i < counted.length; i++) {
            counted[i] = perLayer.getOrDefault(layers.get(i).getName(), 0);
        }
        pool.add(cas);
        if (reuse != null && reuse != cas) {
            pool.add(reuse);
        }
        return read.keep(counted);
    }

    /** Returns how many CAS files the last summary deserialized, as their bytes were not in the info cache. */
    public int casFilesRead() {
        return deserialized.get();
    }

    /** Returns how many CAS files the last summary counted from the info cache, their bytes unchanged. */
    public int casFilesFromCache() {
        return fromCache.get();
    }

    /**
     * Returns how many of the CAS files the last summary counted from the info cache it did not even read, their stamps
     * unchanged since the cache saw them.
     */
    public int casFilesNotOpened() {
        return unopened.get();
    }

    // d's gold state: a curation record's from the cache when it knows the record's stamp or bytes
    private GoldState goldState(CasCache<int[]> cache, Document d, Path record, FileStamp stamp)
            throws CorpusException {
        // without a stamp the record is missing, not a file, or written in the last moments: look, no link followed
        // (look() checked its folders and that it is no link when it took the stamps)
        boolean present = stamp != null || Files.isRegularFile(record, LinkOption.NOFOLLOW_LINKS);
        if (!present) {
            // no record: curation has not started (or the corpus keeps gold states in its model, as format 1 did)
            return store.goldState(d);
        }
        CachedRead<int[]> read = CachedRead.of(store, cache, record, stamp, d.getTextSha256(), d.getId(),
                InfoCache.CURATION_RECORD, known -> gold(known) != null);
        if (read.value() != null) {
            return gold(read.value());
        }
        GoldState state = store.curationRecords().state(d, read.bytes());
        read.keep(new int[]{state.getValue()});
        return state;
    }

    private static GoldState gold(int[] known) {
        return known != null && known.length == 1 ? GoldState.get(known[0]) : null;
    }

    private Map<String, Integer> emptyCounts() {
        Map<String, Integer> m = new LinkedHashMap<>();
        for (Layer l : store.corpus().getSchema().getLayers()) {
            m.put(l.getName(), 0);
        }
        return m;
    }
}
