package org.attest.io.export;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * spaCy-style JSON Lines: {@code {"meta": {"id"}, "spans": [{"end", "label", "start"}], "text"}} per document with
 * every labelled Entity span (overlaps allowed) by character offsets.
 */
public final class SpacyFormat implements LineFormat {

    /** The format name. */
    public static final String NAME = "spacy";

    private final LabelNames names;

    /** Creates the format with the schema's label names. */
    public SpacyFormat() {
        this(LabelNames.SCHEMA);
    }

    /** Creates the format whose Entity labels are written by their names in {@code names}. */
    public SpacyFormat(LabelNames names) {
        this.names = names;
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

    /** Returns the document's line: its Entity spans sorted by offsets, and its text; ends in a line feed. */
    @Override
    public byte[] render(ExportDocument doc, ExportReport report) throws IOException {
        List<ExportSpan> entities = new ArrayList<>();
        for (ExportSpan span : doc.spans()) {
            if (!TokenTagger.ENTITY.equals(span.layer())) {
                report.leftOut(span.key(), "layer " + span.layer() + " is not in format " + NAME + " (Entity only)");
            } else if (span.label() == null) {
                report.leftOut(span.key(), TokenTagger.NO_LABEL);
            } else {
                entities.add(span);
                report.written(span.key());
            }
        }
        doc.relations().forEach(r -> report.leftOut(r.layer(), "relations are not in format " + NAME));
        entities.sort(Comparator.comparingInt(ExportSpan::begin).thenComparingInt(ExportSpan::end)
                .thenComparing(ExportSpan::label));
        List<Object> spans = new ArrayList<>();
        for (ExportSpan span : entities) {
            spans.add(Map.of("start", span.begin(), "end", span.end(), "label", names.name(span.label())));
        }
        Map<String, Object> line = new TreeMap<>();
        line.put("meta", Map.of("id", doc.id()));
        line.put("spans", spans);
        line.put("text", doc.text());
        return JsonWriting.bytes(gen -> JsonWriting.line(gen, line));
    }
}
