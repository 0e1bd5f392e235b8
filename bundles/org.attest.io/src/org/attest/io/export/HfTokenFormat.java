package org.attest.io.export;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import com.fasterxml.jackson.core.JsonGenerator;

/**
 * Hugging Face token classification: JSON Lines {@code {"id", "ner_tags", "tokens"}}, one line per sentence, IOB2 tags
 * as integers, and {@code labels.json}, the list of tag names whose positions are those integers.
 */
public final class HfTokenFormat implements ExportFormat {

    /** The format name. */
    public static final String NAME = "hf";

    /** The name of the label list file. */
    public static final String LABELS_FILE = "labels.json";

    private final Set<String> labels;
    private final List<String> tags;
    private final Map<String, Integer> ids = new HashMap<>();
    private final LabelNames names;

    /** Creates the format for the Entity labels {@code labels}, in that order: tags O, B-first, I-first, B-second... */
    public HfTokenFormat(List<String> labels) {
        this(labels, LabelNames.SCHEMA);
    }

    /**
     * Creates the format for the Entity labels {@code labels} like {@link #HfTokenFormat(List)}, each written by its
     * name in {@code names}.
     */
    public HfTokenFormat(List<String> labels, LabelNames names) {
        this.labels = Set.copyOf(labels);
        this.names = names;
        List<String> all = new ArrayList<>();
        all.add("O");
        for (String label : labels) {
            all.add("B-" + names.name(label));
            all.add("I-" + names.name(label));
        }
        this.tags = List.copyOf(all);
        for (int i = 0; i < tags.size(); i++) {
            ids.put(tags.get(i), i);
        }
    }

    @Override
    public String name() {
        return NAME;
    }

    /** Returns the tag names; a tag's integer is its position. */
    public List<String> tags() {
        return tags;
    }

    /** Writes {@code baseName.jsonl} and {@code labels.json}. */
    @Override
    public void write(List<ExportDocument> docs, Path outDir, String baseName, ExportReport report) throws IOException {
        Path file = outDir.resolve(baseName + ".jsonl");
        TokenTagger tagger = new TokenTagger(false, labels,
                "label is not in " + LABELS_FILE + " (not in the schema's tagset)", names);
        // each document's lines are made on their own, so the report knows where each document's piece of the file is
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            for (ExportDocument doc : docs) {
                byte[] piece = JsonWriting.bytes(gen -> {
                    int n = 0;
                    for (List<TokenTagger.Tagged> sentence : tagger.tag(doc, NAME, report)) {
                        Map<String, Object> line = new TreeMap<>();
                        line.put("id", doc.id() + "#" + n++);
                        line.put("tokens", sentence.stream().map(t -> t.text(doc.text())).toList());
                        line.put("ner_tags", sentence.stream().map(t -> ids.get(t.tag())).toList());
                        JsonWriting.line(gen, line);
                    }
                });
                out.write(piece);
                report.document(piece.length);
            }
        }
        report.file(file);
        Path labels = outDir.resolve(LABELS_FILE);
        try (JsonGenerator gen = JsonWriting.open(labels)) {
            JsonWriting.line(gen, tags);
        }
        report.file(labels);
    }
}
