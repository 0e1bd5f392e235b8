package org.attest.export;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

import org.attest.io.export.ExportRelation;
import org.attest.io.export.ExportSpan;
import org.attest.model.Layer;
import org.attest.model.Schema;
import org.attest.store.cache.CacheFingerprints;
import org.attest.store.cache.CasCache;
import org.attest.store.cache.Decoder;
import org.attest.store.cache.Encoder;

/**
 * What the export took from each CAS file of one source ({@link Converted}), kept by the SHA-256 of the file's bytes in
 * {@code .attest/cache/export-SOURCE.bin} (a {@link CasCache}), so that re-exporting an unchanged file does not
 * deserialize it again. The formats still write every file from these values on each export.
 */
final class ExportCache implements CasCache.Codec<Converted> {

    // the version in it must change whenever ExportService converts a CAS differently, so no older entry is used
    private static final String MAGIC = "ATTEST-EXPORT-3";

    private static final int STRING = 1;
    private static final int DOUBLE = 2;
    private static final int FALSE = 3;
    private static final int TRUE = 4;
    private static final int SPAN = 5;

    private final List<String> layers;

    private ExportCache(Schema schema) {
        this.layers = schema.getLayers().stream().map(Layer::getName).toList();
    }

    /** Opens the cache of {@code source} (an annotator or gold) in {@code folder} for {@code schema}. */
    static CasCache<Converted> open(Path folder, String source, Schema schema) {
        return CasCache.open(folder.resolve(fileName(source)), MAGIC, CacheFingerprints.fingerprint(schema),
                new ExportCache(schema));
    }

    /** Returns the name of the cache file of {@code source}. */
    static String fileName(String source) {
        return "export-" + source + ".bin";
    }

    @Override
    public void encode(Converted value, Encoder out) {
        out.number(value.segmentation().length);
        out.raw(value.segmentation(), value.segmentation().length);
        Map<String, Integer> strings = new LinkedHashMap<>();
        Encoder items = new Encoder();
        items.number(value.spans().size());
        for (ExportSpan span : value.spans()) {
            items.number(layer(span.layer()));
            items.signed(span.begin());
            items.signed(span.end() - span.begin());
            items.number(span.label() == null ? 0 : 1 + index(strings, span.label()));
            features(span.features(), strings, items);
        }
        items.number(value.relations().size());
        for (ExportRelation relation : value.relations()) {
            items.number(layer(relation.layer()));
            items.number(relation.from());
            items.number(relation.to());
            features(relation.features(), strings, items);
        }
        out.number(strings.size());
        strings.keySet().forEach(out::string);
        byte[] itemBytes = items.toByteArray();
        out.raw(itemBytes, itemBytes.length);
    }

    @Override
    public Converted decode(Decoder in) {
        byte[] segmentation = in.bytes(in.number());
        // checked now, while the cache can still fall back to reading the CAS file; decoded when a format needs it
        Converted.check(segmentation);
        String[] strings = new String[in.count(1)];
        for (int i = 0; i < strings.length; i++) {
            strings[i] = in.string();
        }
        // layer, begin, length, label and feature count: five bytes at least
        int spanCount = in.count(5);
        List<ExportSpan> spans = new ArrayList<>(spanCount);
        for (int i = 0; i < spanCount; i++) {
            String layer = layers.get(in.number());
            int begin = in.signed();
            int end = begin + in.signed();
            int label = in.number();
            spans.add(new ExportSpan(layer, begin, end, label == 0 ? null : strings[label - 1], features(in, strings)));
        }
        // layer, from, to and feature count: four bytes at least
        int relationCount = in.count(4);
        List<ExportRelation> relations = new ArrayList<>(relationCount);
        for (int i = 0; i < relationCount; i++) {
            String layer = layers.get(in.number());
            int from = in.number();
            int to = in.number();
            relations.add(new ExportRelation(layer, from, to, features(in, strings)));
        }
        return new Converted(segmentation, spans, relations);
    }

    private int layer(String name) {
        int index = layers.indexOf(name);
        if (index < 0) {
            throw new IllegalArgumentException("the schema has no layer '" + name + "'");
        }
        return index;
    }

    private static void features(SortedMap<String, Object> features, Map<String, Integer> strings, Encoder out) {
        out.number(features.size());
        features.forEach((name, value) -> {
            out.number(index(strings, name));
            switch (value) {
                case String s -> {
                    out.number(STRING);
                    out.number(index(strings, s));
                }
                case Double d -> {
                    out.number(DOUBLE);
                    out.bits(Double.doubleToRawLongBits(d));
                }
                case Boolean b -> out.number(b ? TRUE : FALSE);
                case Integer span -> {
                    out.number(SPAN);
                    out.signed(span);
                }
                default -> throw new IllegalArgumentException("cannot keep the feature value " + value + " of " + name);
            }
        });
    }

    private static SortedMap<String, Object> features(Decoder in, String[] strings) {
        int count = in.number();
        SortedMap<String, Object> features = new TreeMap<>();
        for (int i = 0; i < count; i++) {
            String name = strings[in.number()];
            int kind = in.number();
            Object value = switch (kind) {
                case STRING -> strings[in.number()];
                case DOUBLE -> Double.longBitsToDouble(in.bits());
                case FALSE -> Boolean.FALSE;
                case TRUE -> Boolean.TRUE;
                case SPAN -> in.signed();
                default -> throw new IllegalArgumentException("unknown feature value kind " + kind);
            };
            features.put(name, value);
        }
        return features;
    }

    private static int index(Map<String, Integer> strings, String value) {
        return strings.computeIfAbsent(value, v -> strings.size());
    }
}
