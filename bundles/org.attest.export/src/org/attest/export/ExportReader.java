package org.attest.export;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import org.apache.uima.cas.CAS;
import org.apache.uima.cas.Type;
import org.apache.uima.cas.text.AnnotationFS;
import org.attest.agreement.corpus.ObservationRecorder;
import org.attest.cas.AttestTypes;
import org.attest.cas.Layers;
import org.attest.claims.EntityIds;
import org.attest.io.export.ExportDocument;
import org.attest.io.export.ExportFormat;
import org.attest.io.export.ExportRelation;
import org.attest.io.export.ExportSpan;
import org.attest.model.AnnotationState;
import org.attest.model.Document;
import org.attest.model.DocumentState;
import org.attest.model.FeatureDefinition;
import org.attest.model.Layer;
import org.attest.model.MetadataEntry;
import org.attest.model.RelationLayer;
import org.attest.model.Schema;
import org.attest.model.SpanLayer;
import org.attest.model.schema.Schemas;
import org.attest.store.CachedRead;
import org.attest.store.CorpusException;
import org.attest.store.CorpusFiles;
import org.attest.store.CorpusStore;
import org.attest.store.cache.CasCache;
import org.attest.store.fs.FileStamp;

/**
 * Reads the documents of one export source (gold or an annotator) as the formats take them: each CAS file is read and
 * hashed, and only a file whose bytes the export cache does not know is deserialized and converted.
 */
final class ExportReader {

    private final CorpusStore store;
    private final String from;
    private final boolean segmented;
    private final CasCache<Converted> cache;
    // CASes done with, to load the next documents into: a reset is cheaper than a new CAS
    private final Queue<CAS> pool = new ConcurrentLinkedQueue<>();
    private final AtomicInteger fromCache = new AtomicInteger();
    private final AtomicInteger deserialized = new AtomicInteger();
    private final EntityIds entities;
    // the observation cache this export shares with its manifest's agreement digest, opened by the first to need it
    private final SharedObservations observations;

    private ExportReader(CorpusStore store, String from, boolean segmented, CasCache<Converted> cache,
            SharedObservations observations) {
        this.store = store;
        this.entities = EntityIds.of(store.corpus().getEntities());
        this.from = from;
        this.segmented = segmented;
        this.cache = cache;
        this.observations = observations;
    }

    /**
     * Opens the reader of source {@code from} for {@code format} (documents without sentences and tokens when it needs
     * none), saying on {@code progress} when its cache could not be used.
     */
    static ExportReader open(CorpusStore store, String from, ExportFormat format, Consumer<String> progress,
            SharedObservations observations) {
        CasCache<Converted> cache = ExportCache.open(store.layout().cache(), from, store.corpus().getSchema());
        if (cache.problem() != null) {
            progress.accept("export: " + cache.problem() + "; read the CASes instead and wrote the cache anew");
        }
        return new ExportReader(store, from, format.needsSegmentation(), cache, observations);
    }

    /**
     * Says how many CAS files were deserialized and how many came from the cache, and keeps what was read, for the
     * export and for the agreement, which then does not deserialize them again.
     */
    void finish(Consumer<String> progress) {
        progress.accept("export: read " + deserialized.get() + " CAS file(s), " + fromCache.get()
                + " unchanged one(s) from the cache");
        try {
            cache.save();
        } catch (IOException | RuntimeException e) {
            // the export is right without the cache; the next one reads every CAS again
            progress.accept("export: could not write the cache in " + store.layout().cache() + " (" + e.getMessage()
                    + "); the next export reads every CAS again");
        }
        ObservationRecorder recorded = observations.take();
        if (recorded != null) {
            try {
                recorded.save();
            } catch (IOException | RuntimeException e) {
                // the agreement is right without it; it reads these CASes again
                progress.accept("export: could not keep what the agreement compares of " + recorded.recorded()
                        + " CAS file(s) in " + store.layout().cache() + " (" + e.getMessage()
                        + "); the agreement reads them again");
            }
        }
    }

    // Whether the manifest's agreement counts this source's work on the document: finished work only.
    private boolean counts(Document document) {
        for (AnnotationState state : document.getStates()) {
            if (state.getState() == DocumentState.FINISHED && from.equals(state.getAnnotator().getName())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Reads the CAS file of {@code document}: what was taken from the same bytes before comes from the cache, anything
     * else is deserialized into a reused CAS and converted; safe to call from several threads at once.
     */
    ExportDocument read(Document document) throws CorpusException {
        boolean gold = ExportRequest.GOLD.equals(from);
        Path file = gold ? store.layout().gold(document.getId()) : store.layout().cas(document.getId(), from);
        String text = store.readText(document);
        FileStamp stamp = CorpusFiles.stamp(store.layout().dir(), file);
        CachedRead<Converted> read = CachedRead.of(store, cache, file, stamp, document.getTextSha256(),
                document.getId(), from, any -> true);
        Converted converted = read.value();
        if (converted != null) {
            fromCache.incrementAndGet();
        } else {
            deserialized.incrementAndGet();
            CAS reuse = pool.poll();
            CAS cas = gold
                    ? store.reads().gold(document, read.bytes(), reuse)
                    : store.reads().cas(document, from, read.bytes(), reuse);
            converted = read.keep(convert(cas));
            if (!gold && counts(document)) {
                // the manifest's agreement compares this CAS too: what it needs is taken now, not read again
                observations.get().record(document, from, read.hash(), stamp, cas);
            }
            // the converted values are strings and numbers only, so the CAS can take the next document
            pool.add(cas);
            if (reuse != null && reuse != cas) {
                pool.add(reuse);
            }
        }
        List<List<int[]>> segmentation = segmented ? converted.decodeSegmentation() : List.of(List.of(), List.of());
        return ExportChains.of(new ExportDocument(document.getId(), metadata(document), text, segmentation.get(0),
                segmentation.get(1), converted.spans(), converted.relations()), entities);
    }

    private static Map<String, String> metadata(Document document) {
        Map<String, String> metadata = new TreeMap<>();
        putIfSet(metadata, "title", document.getTitle());
        putIfSet(metadata, "outlet", document.getOutlet());
        putIfSet(metadata, "language", document.getLanguage());
        putIfSet(metadata, "originalLanguage", document.getOriginalLanguage());
        putIfSet(metadata, "date", document.getPublicationDate());
        for (MetadataEntry e : document.getMetadata()) {
            putIfSet(metadata, e.getKey(), e.getValue());
        }
        return metadata;
    }

    private Converted convert(CAS cas) {
        Schema schema = store.corpus().getSchema();
        Layers layers = new Layers(cas, schema);
        Map<String, Layer> byType = new HashMap<>();
        schema.getLayers().forEach(l -> byType.put(Schemas.typeName(l), l));
        List<AnnotationFS> spanFs = new ArrayList<>();
        for (SpanLayer layer : Schemas.spanLayers(schema)) {
            List<AnnotationFS> ofLayer = new ArrayList<>(layers.spans(layer.getName()));
            // the index order leaves equal offsets in insertion order; the label makes the order independent of it
            ofLayer.sort(Comparator.comparingInt(AnnotationFS::getBegin).thenComparingInt(fs -> -fs.getEnd())
                    .thenComparing(fs -> String.valueOf(layers.label(fs))));
            spanFs.addAll(ofLayer);
        }
        Map<AnnotationFS, Integer> index = new IdentityHashMap<>();
        for (int i = 0; i < spanFs.size(); i++) {
            index.put(spanFs.get(i), i);
        }
        List<ExportSpan> spans = new ArrayList<>();
        for (AnnotationFS fs : spanFs) {
            Layer layer = byType.get(fs.getType().getName());
            spans.add(new ExportSpan(layer.getName(), fs.getBegin(), fs.getEnd(), layers.label(fs),
                    features(layers, layer, fs, index)));
        }
        List<ExportRelation> relations = new ArrayList<>();
        for (RelationLayer layer : Schemas.relationLayers(schema)) {
            for (AnnotationFS fs : layers.relations(layer.getName())) {
                Integer source = index.get((AnnotationFS) layers.value(fs, AttestTypes.RELATION_FROM));
                Integer target = index.get((AnnotationFS) layers.value(fs, AttestTypes.RELATION_TO));
                relations.add(new ExportRelation(layer.getName(), source, target, features(layers, layer, fs, index)));
            }
        }
        relations.sort(Comparator.comparingInt((ExportRelation r) -> Schemas.relationLayers(schema).indexOf(
                Schemas.layer(schema, r.layer()).orElseThrow())).thenComparingInt(ExportRelation::from)
                .thenComparingInt(ExportRelation::to)
                .thenComparing(r -> r.features().toString()));
        return Converted.of(offsets(cas, AttestTypes.SENTENCE), offsets(cas, AttestTypes.TOKEN), spans, relations);
    }

    private static SortedMap<String, Object> features(Layers layers, Layer layer, AnnotationFS fs,
            Map<AnnotationFS, Integer> index) {
        SortedMap<String, Object> features = new TreeMap<>();
        for (FeatureDefinition feature : layer.getFeatures()) {
            Object value = layers.value(fs, feature.getName());
            if (value instanceof AnnotationFS link) {
                value = index.get(link);
            }
            if (value != null) {
                features.put(feature.getName(), value);
            }
        }
        return features;
    }

    private static List<int[]> offsets(CAS cas, String typeName) {
        Type type = cas.getTypeSystem().getType(typeName);
        List<int[]> offsets = new ArrayList<>();
        if (type != null) {
            for (AnnotationFS fs : cas.getAnnotationIndex(type)) {
                offsets.add(new int[]{fs.getBegin(), fs.getEnd()});
            }
        }
        return offsets;
    }

    private static void putIfSet(Map<String, String> map, String key, String value) {
        if (value != null) {
            map.put(key, value);
        }
    }
}
