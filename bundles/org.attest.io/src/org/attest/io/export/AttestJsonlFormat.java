package org.attest.io.export;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import com.fasterxml.jackson.core.JsonGenerator;

/**
 * Attest's lossless JSON Lines, one document per line: {@code id}, the metadata keys, {@code text}, {@code spans} (each
 * with {@code layer}, {@code begin}, {@code end}, {@code label} and all {@code features}: normalized claim values,
 * qualifiers, units, registry ids, a claim's cluster by the cluster's name (its id), span links as indexes into
 * {@code spans}; a claim also with its attribution {@code chain} and, when it has more than one, {@code otherChains})
 * and {@code relations} (each with {@code layer}, {@code from}, {@code to} as span indexes and {@code features}); keys
 * sorted. Attest imports it back with its annotations, creating the clusters it names; the chains, which the
 * relations make, are for readers and are not read back.
 */
public final class AttestJsonlFormat implements LineFormat {

    /** The format name. */
    public static final String NAME = "jsonl";

    /** The keys of a line that are not metadata. */
    public static final Set<String> RESERVED = Set.of("id", "text", "spans", "relations");

    /** Creates the format. */
    public AttestJsonlFormat() {
    }

    /** Returns false: the format writes text offsets, never sentences or tokens. */
    @Override
    public boolean needsSegmentation() {
        return false;
    }

    @Override
    public String name() {
        return NAME;
    }

    /** Returns {@code baseName.jsonl}. */
    @Override
    public String fileName(String baseName) {
        return baseName + ".jsonl";
    }

    /** Returns the document's line, ending in a line feed. */
    @Override
    public byte[] render(ExportDocument doc, ExportReport report) throws IOException {
        return JsonWriting.bytes(gen -> line(gen, doc, report));
    }

    /** Writes one document's line, keys sorted; spans and relations straight to the generator, as they are many. */
    private static void line(JsonGenerator gen, ExportDocument doc, ExportReport report) throws IOException {
        Map<String, Object> line = new TreeMap<>();
        doc.metadata().forEach((key, value) -> {
            if (RESERVED.contains(key)) {
                report.leftOut("metadata/" + key, "the key is reserved for the document's " + key);
            } else if (value != null) {
                line.put(key, value);
            }
        });
        line.put("id", doc.id());
        line.put("text", doc.text());
        line.put("spans", doc.spans());
        line.put("relations", doc.relations());
        gen.writeStartObject();
        for (Map.Entry<String, Object> entry : line.entrySet()) {
            gen.writeFieldName(entry.getKey());
            switch (entry.getKey()) {
                case "spans" -> spans(gen, doc, report);
                case "relations" -> relations(gen, doc.relations(), report);
                default -> JsonWriting.value(gen, entry.getValue());
            }
        }
        gen.writeEndObject();
        gen.writeRaw('\n');
    }

    /** Writes the spans, each with its keys in sorted order: begin, chain, end, features, label, layer, otherChains. */
    private static void spans(JsonGenerator gen, ExportDocument doc, ExportReport report) throws IOException {
        Map<Integer, List<ExportChain>> chains = new TreeMap<>();
        doc.chains().forEach(c -> chains.computeIfAbsent(c.claim(), i -> new ArrayList<>()).add(c));
        gen.writeStartArray();
        for (int i = 0; i < doc.spans().size(); i++) {
            ExportSpan span = doc.spans().get(i);
            List<ExportChain> own = chains.getOrDefault(i, List.of());
            gen.writeStartObject();
            gen.writeNumberField("begin", span.begin());
            if (!own.isEmpty()) {
                gen.writeFieldName("chain");
                chain(gen, own.get(0));
            }
            gen.writeNumberField("end", span.end());
            gen.writeFieldName("features");
            JsonWriting.value(gen, span.features());
            if (span.label() != null) {
                gen.writeStringField("label", span.label());
            }
            gen.writeStringField("layer", span.layer());
            if (own.size() > 1) {
                gen.writeArrayFieldStart("otherChains");
                for (ExportChain other : own.subList(1, own.size())) {
                    chain(gen, other);
                }
                gen.writeEndArray();
            }
            gen.writeEndObject();
            report.written(span.key());
        }
        gen.writeEndArray();
    }

    /** Writes a chain's sources, each with its keys in sorted order: begin, end, entity (id, name), text, type. */
    private static void chain(JsonGenerator gen, ExportChain chain) throws IOException {
        gen.writeStartArray();
        for (ExportChain.Source source : chain.sources()) {
            gen.writeStartObject();
            gen.writeNumberField("begin", source.begin());
            gen.writeNumberField("end", source.end());
            if (source.entityId() != null) {
                gen.writeObjectFieldStart("entity");
                gen.writeStringField("id", source.entityId());
                if (source.entityName() != null) {
                    gen.writeStringField("name", source.entityName());
                }
                gen.writeEndObject();
            }
            gen.writeStringField("text", source.text());
            if (source.type() != null) {
                gen.writeStringField("type", source.type());
            }
            gen.writeEndObject();
        }
        gen.writeEndArray();
    }

    /** Writes the relations, each with its keys in sorted order: features, from, layer, to. */
    private static void relations(JsonGenerator gen, List<ExportRelation> relations, ExportReport report)
            throws IOException {
        gen.writeStartArray();
        for (ExportRelation relation : relations) {
            gen.writeStartObject();
            gen.writeFieldName("features");
            JsonWriting.value(gen, relation.features());
            gen.writeNumberField("from", relation.from());
            gen.writeStringField("layer", relation.layer());
            gen.writeNumberField("to", relation.to());
            gen.writeEndObject();
            report.written(relation.layer());
        }
        gen.writeEndArray();
    }
}
