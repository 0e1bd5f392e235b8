package org.attest.io.export;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import com.fasterxml.jackson.core.JsonGenerator;

/**
 * Attest's lossless JSON Lines, one document per line: {@code id}, the metadata keys, {@code text}, {@code spans} (each
 * with {@code layer}, {@code begin}, {@code end}, {@code label} and all {@code features}: normalized claim values,
 * qualifiers, units, registry and cluster ids, span links as indexes into {@code spans}) and {@code relations} (each
 * with {@code layer}, {@code from}, {@code to} as span indexes and {@code features}); keys sorted. Attest imports it
 * back with its annotations.
 */
public final class AttestJsonlFormat implements ExportFormat {

    /** The format name. */
    public static final String NAME = "jsonl";

    /** The keys of a line that are not metadata. */
    public static final Set<String> RESERVED = Set.of("id", "text", "spans", "relations");

    /** Creates the format. */
    public AttestJsonlFormat() {
    }

    @Override
    public String name() {
        return NAME;
    }

    /** Writes {@code baseName.jsonl}. */
    @Override
    public void write(List<ExportDocument> docs, Path outDir, String baseName, ExportReport report) throws IOException {
        Path file = outDir.resolve(baseName + ".jsonl");
        try (JsonGenerator gen = JsonWriting.open(file)) {
            for (ExportDocument doc : docs) {
                JsonWriting.line(gen, line(doc, report));
                report.document();
            }
        }
        report.file(file);
    }

    private static Map<String, Object> line(ExportDocument doc, ExportReport report) {
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
        List<Object> spans = new ArrayList<>(doc.spans().size());
        for (ExportSpan span : doc.spans()) {
            Map<String, Object> s = new TreeMap<>();
            s.put("layer", span.layer());
            s.put("begin", span.begin());
            s.put("end", span.end());
            if (span.label() != null) {
                s.put("label", span.label());
            }
            s.put("features", span.features());
            spans.add(s);
            report.written(span.key());
        }
        line.put("spans", spans);
        List<Object> relations = new ArrayList<>(doc.relations().size());
        for (ExportRelation relation : doc.relations()) {
            Map<String, Object> r = new TreeMap<>();
            r.put("layer", relation.layer());
            r.put("from", relation.from());
            r.put("to", relation.to());
            r.put("features", relation.features());
            relations.add(r);
            report.written(relation.layer());
        }
        line.put("relations", relations);
        return line;
    }
}
