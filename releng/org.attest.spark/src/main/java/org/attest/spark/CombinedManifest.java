package org.attest.spark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.attest.export.ExportRequest;
import org.attest.store.Hashes;

/**
 * The {@code manifest.json} of a Spark export: the request, each corpus's export and the sha256 of its own manifest,
 * the documents per part and the joined files; no times, so an unchanged input gives the same bytes.
 */
final class CombinedManifest {

    private static final JsonMapper MAPPER = JsonMapper.builder().enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .build();

    private CombinedManifest() {
    }

    /** Returns the manifest of {@code combined} as indented UTF-8 JSON with sorted keys, ending in a line feed. */
    static byte[] json(ExportJob.Combined combined, String format, ExportRequest request, Path out) throws Exception {
        Map<String, Object> root = new TreeMap<>();
        root.put("schema", Map.of("name", "attest-spark-export-manifest", "version", 1));
        root.put("format", format);
        root.put("source", request.from());
        root.put("seed", request.seed());
        Map<String, Object> split = new LinkedHashMap<>();
        for (int i = 0; i < request.splitNames().size(); i++) {
            split.put(request.splitNames().get(i), request.split().get(i));
        }
        root.put("split", split);
        root.put("documents", combined.documents());
        List<Object> corpora = new ArrayList<>();
        for (ShardExport.Result r : combined.shards()) {
            Map<String, Object> c = new TreeMap<>();
            c.put("name", r.shard());
            c.put("export", "shards/" + r.shard());
            if (r.notExported() == null) {
                c.put("documents", ExportJob.counts(r));
                Path manifest = out.resolve("shards").resolve(r.shard()).resolve("manifest.json");
                c.put("manifestSha256", Hashes.sha256(Files.readAllBytes(manifest)));
            } else {
                c.put("notExported", r.notExported());
            }
            corpora.add(c);
        }
        root.put("corpora", corpora);
        root.put("files", combined.files());
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(new DefaultIndenter("  ", "\n"));
        return (MAPPER.writer(printer).writeValueAsString(root) + "\n")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }
}
