package org.attest.core.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;

import org.attest.agreement.AgreementResult;
import org.attest.core.CorpusException;
import org.attest.core.agreement.AgreementReport;
import org.attest.core.agreement.AgreementRequest;
import org.attest.core.agreement.AgreementService;
import org.attest.core.agreement.LayerAgreement;
import org.attest.core.agreement.NoAnnotation;
import org.attest.core.fs.AtomicFiles;
import org.attest.core.parallel.OrderedPipeline;
import org.attest.core.store.CorpusStore;
import org.attest.io.export.ExportReport;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

/** The {@code manifest.json} of an export: what was exported from where, counts, agreement and file hashes; no times. */
final class Manifest {

    /** The manifest's schema name. */
    static final String SCHEMA = "attest-export-manifest";

    /** The manifest's schema version, raised when a key changes meaning or disappears. */
    static final int VERSION = 1;

    /** The file in the corpus's cache folder that keeps the last agreement summary with the digest of its input. */
    static final String AGREEMENT_CACHE = "export-agreement.json";

    private static final int AGREEMENT_CACHE_VERSION = 1;

    private static final JsonMapper MAPPER = JsonMapper.builder().enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS).build();

    private final Map<String, Object> root = new TreeMap<>();

    Manifest(CorpusStore store, ExportRequest request, String format, Map<String, List<String>> parts, Map<String, ExportReport> reports,
            ExportReport total, Map<String, String> skipped, List<ExportResult.FileEntry> files, Consumer<String> progress)
            throws CorpusException {
        root.put("schema", Map.of("name", SCHEMA, "version", VERSION));
        root.put("corpus", Map.of("name", String.valueOf(store.corpus().getName()), "schema", store.corpus().getSchema().getName(),
                "schemaVersion", store.corpus().getSchema().getVersion()));
        root.put("format", format);
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
        root.put("agreement", agreement(store, progress));
        List<Object> list = new ArrayList<>();
        for (ExportResult.FileEntry f : files) {
            list.add(Map.of("path", f.path(), "size", f.size(), "sha256", f.sha256()));
        }
        root.put("files", list);
    }

    /**
     * Returns the corpus agreement summary: the one kept in {@code .attest/cache} when its digest shows the same schema,
     * states and CAS contents, otherwise computed and kept.
     */
    private static Object agreement(CorpusStore store, Consumer<String> progress) throws CorpusException {
        AgreementRequest request = new AgreementRequest(null, Set.of(AgreementRequest.ALPHA, AgreementRequest.F1_EXACT), false,
                NoAnnotation.CATEGORY);
        AgreementService service = new AgreementService(store);
        String digest = service.digest(request, OrderedPipeline.defaultThreads());
        Path file = store.layout().cache().resolve(AGREEMENT_CACHE);
        Map<String, Object> kept = keptSummary(file, digest, progress);
        if (kept != null) {
            return kept;
        }
        Map<String, Object> summary = summary(service.compute(request, m -> {
            if (!m.startsWith(AgreementService.DOCUMENT_PROGRESS)) {
                progress.accept(m);
            }
        }));
        if (digest != null) {
            try {
                Map<String, Object> cache = new TreeMap<>();
                cache.put("version", AGREEMENT_CACHE_VERSION);
                cache.put("digest", digest);
                cache.put("summary", summary);
                AtomicFiles.createDirectories(file.getParent());
                AtomicFiles.write(file, MAPPER.writeValueAsBytes(cache));
            } catch (IOException e) {
                progress.accept("export: could not keep the agreement summary in " + file + " (" + e.getMessage()
                        + "); the next export computes it again");
            }
        }
        return summary;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> keptSummary(Path file, String digest, Consumer<String> progress) {
        if (digest == null || !Files.isRegularFile(file)) {
            return null;
        }
        try {
            Map<String, Object> cache = MAPPER.readValue(file.toFile(), Map.class);
            if (Integer.valueOf(AGREEMENT_CACHE_VERSION).equals(cache.get("version")) && digest.equals(cache.get("digest"))
                    && cache.get("summary") instanceof Map<?, ?> summary) {
                return (Map<String, Object>) summary;
            }
            return null;
        } catch (IOException | RuntimeException e) {
            progress.accept("export: " + file + " is damaged (" + e.getMessage() + "); computed the agreement summary anew");
            return null;
        }
    }

    private static Map<String, Object> summary(AgreementReport report) {
        Map<String, Object> summary = new TreeMap<>();
        summary.put("documentsCounted", report.documentsCounted());
        summary.put("annotators", report.annotators());
        if (report.documentsCounted() == 0) {
            summary.put("note", "fewer than two annotators finished the same document");
            return summary;
        }
        Map<String, Object> layers = new TreeMap<>();
        for (LayerAgreement layer : report.layers()) {
            Map<String, Object> values = new TreeMap<>();
            values.put(AgreementRequest.ALPHA, rounded(layer.corpus().get(AgreementRequest.ALPHA)));
            values.put(AgreementRequest.F1_EXACT, rounded(layer.corpus().get(AgreementRequest.F1_EXACT)));
            layers.put(layer.layer(), values);
        }
        summary.put("layers", layers);
        return summary;
    }

    private static Double rounded(AgreementResult result) {
        if (result == null || !Double.isFinite(result.value())) {
            return null;
        }
        return Math.round(result.value() * 10_000) / 10_000.0;
    }

    /** Returns the manifest as indented UTF-8 JSON with sorted keys and line feeds, ending in a line feed. */
    byte[] toJson() {
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(new DefaultIndenter("  ", "\n"));
        try {
            String json = MAPPER.writer(printer).writeValueAsString(root) + "\n";
            return json.getBytes(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
