package org.attest.export;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.AbstractList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.attest.io.export.ExportReport;
import org.attest.io.export.LabelNames;
import org.attest.store.CorpusStore;

/**
 * The {@code manifest.json} of an export: what was exported from where, counts, agreement and file hashes; no times.
 */
final class Manifest {

    /** The manifest's schema name. */
    static final String SCHEMA = "attest-export-manifest";

    /** The manifest's schema version, raised when a key changes meaning or disappears. */
    static final int VERSION = 1;

    private static final JsonMapper MAPPER = JsonMapper.builder().enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .build();

    private final Map<String, Object> root = new TreeMap<>();

    Manifest(CorpusStore store, ExportRequest request, String format, LabelNames names,
            Map<String, List<String>> parts,
            Map<String, ExportReport> reports,
            ExportReport total, Map<String, String> skipped, List<ExportResult.FileEntry> files,
            Map<String, Object> agreement) {
        root.put("schema", Map.of("name", SCHEMA, "version", VERSION));
        root.put("corpus",
                Map.of("name", String.valueOf(store.corpus().getName()), "schema", store.corpus().getSchema().getName(),
                        "schemaVersion", store.corpus().getSchema().getVersion()));
        root.put("format", format);
        if (names.renames()) {
            // only when given, so that the manifest of an export without a label map stays as it was
            root.put("labelNames", new TreeMap<>(names.names()));
        }
        root.put("source", request.from());
        root.put("seed", request.seed());
        Map<String, Object> split = new LinkedHashMap<>();
        for (int i = 0; i < request.splitNames().size(); i++) {
            split.put(request.splitNames().get(i), request.split().get(i));
        }
        root.put("split", split);
        Map<String, Object> documents = new TreeMap<>();
        parts.forEach((name, ids) -> documents.put(name, ids.size()));
        root.put("documents", documents);
        Map<String, Object> counts = new TreeMap<>();
        reports.forEach((name, report) -> counts.put(name, report.written()));
        root.put("counts", counts);
        root.put("countsTotal", total.written());
        root.put("leftOut", total.leftOut());
        root.put("skippedDocuments", skipped);
        root.put("agreement", agreement);
        root.put("files", entries(files));
    }

    /**
     * Writes the manifest into {@code file} as indented UTF-8 JSON with sorted keys and line feeds, ending in a line
     * feed; straight into the file, because the manifest of a brat export of 100,000 documents lists 300,000 files
     * (some 40 MB), and its bytes in memory, twice while they grew, did not fit in 512 MB beside the corpus.
     */
    void write(Path file) throws IOException {
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(new DefaultIndenter("  ", "\n"));
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            MAPPER.writer(printer).without(JsonGenerator.Feature.AUTO_CLOSE_TARGET).writeValue(out, root);
            out.write('\n');
        }
    }

    // The manifest's entry of each file, made as the writer comes to it rather than all before.
    private static List<Object> entries(List<ExportResult.FileEntry> files) {
        return new AbstractList<>() {

            @Override
            public Object get(int index) {
                ExportResult.FileEntry f = files.get(index);
                return Map.of("path", f.path(), "size", f.size(), "sha256", f.sha256());
            }

            @Override
            public int size() {
                return files.size();
            }
        };
    }
}
