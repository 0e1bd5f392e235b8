package org.attest.agreement.corpus;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

import org.attest.diff.Observation;
import org.attest.diff.Position;
import org.attest.model.Layer;
import org.attest.model.RelationLayer;
import org.attest.model.Schema;
import org.attest.store.cache.CacheFingerprints;
import org.attest.store.cache.CasCache;
import org.attest.store.cache.Decoder;
import org.attest.store.cache.Encoder;

/**
 * What agreement read from each CAS file ({@link Observed}), kept by the SHA-256 of the file's bytes in
 * {@code .attest/cache/observations.bin} (a {@link CasCache}), so that a file already read is not deserialized again.
 */
final class ObservationCache implements CasCache.Codec<Observed> {

    /** The cache's file name in the corpus's cache folder. */
    static final String FILE_NAME = "observations.bin";

    // the version in it must change whenever what CasDiff observes of a CAS changes, so no older entry is used
    private static final String MAGIC = "ATTEST-OBSERVATIONS-2";

    private final Schema schema;

    private ObservationCache(Schema schema) {
        this.schema = schema;
    }

    /** Opens the cache in {@code folder} for {@code schema}; a missing or unusable file gives an empty cache. */
    static CasCache<Observed> open(Path folder, Schema schema) {
        return CasCache.open(folder.resolve(FILE_NAME), MAGIC, CacheFingerprints.fingerprint(schema),
                new ObservationCache(schema));
    }

    @Override
    public void encode(Observed observed, Encoder payload) {
        payload.number(observed.length());
        // strings once per entry: labels and feature values repeat within a document
        Map<String, Integer> strings = new LinkedHashMap<>();
        Encoder items = new Encoder();
        for (Layer layer : schema.getLayers()) {
            List<Observation> observations = observed.layer(layer.getName());
            items.number(observations.size());
            for (Observation o : observations) {
                Position p = o.position();
                items.number(p.begin());
                items.number(p.end() - p.begin());
                if (p.isRelation()) {
                    items.number(p.toBegin());
                    items.number(p.toEnd() - p.toBegin());
                }
                items.number(index(strings, o.label()));
                items.number(o.features().size());
                o.features().forEach((name, value) -> {
                    items.number(index(strings, name));
                    items.number(index(strings, value));
                });
            }
        }
        payload.number(strings.size());
        strings.keySet().forEach(payload::string);
        byte[] itemBytes = items.toByteArray();
        payload.raw(itemBytes, itemBytes.length);
    }

    private static int index(Map<String, Integer> strings, String value) {
        return strings.computeIfAbsent(value, v -> strings.size());
    }

    @Override
    public Observed decode(Decoder in) {
        int length = in.number();
        String[] strings = new String[in.count(1)];
        for (int i = 0; i < strings.length; i++) {
            strings[i] = in.string();
        }
        Map<String, List<Observation>> layers = new LinkedHashMap<>();
        for (Layer layer : schema.getLayers()) {
            boolean relation = layer instanceof RelationLayer;
            // begin, length, label and feature count: four bytes at least
            int count = in.count(4);
            List<Observation> observations = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                int begin = in.number();
                int end = begin + in.number();
                Position position;
                if (relation) {
                    int toBegin = in.number();
                    position = Position.relation(layer.getName(), begin, end, toBegin, toBegin + in.number());
                } else {
                    position = Position.span(layer.getName(), begin, end);
                }
                String label = strings[in.number()];
                int features = in.number();
                SortedMap<String, String> values = new TreeMap<>();
                for (int f = 0; f < features; f++) {
                    values.put(strings[in.number()], strings[in.number()]);
                }
                observations.add(new Observation(position, label, values));
            }
            layers.put(layer.getName(), List.copyOf(observations));
        }
        return new Observed(length, layers);
    }
}
