package org.attest.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;

import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.attest.agreement.AgreementResult;
import org.attest.agreement.corpus.AgreementReport;
import org.attest.agreement.corpus.AgreementRequest;
import org.attest.agreement.corpus.AgreementService;
import org.attest.agreement.corpus.LayerAgreement;
import org.attest.agreement.corpus.NoAnnotation;
import org.attest.store.CorpusException;
import org.attest.store.CorpusStore;
import org.attest.store.fs.AtomicFiles;

/**
 * The corpus agreement an export's manifest lists (Krippendorff's alpha and exact F1 per layer of the finished
 * annotators), kept in {@code .attest/cache/export-agreement.json} with the digest of its input and used again while
 * that digest is unchanged.
 */
final class AgreementSummary {

    /** The file in the corpus's cache folder that keeps the last summary with the digest of its input. */
    static final String CACHE_FILE = "export-agreement.json";

    private static final int CACHE_VERSION = 1;

    private static final AgreementRequest REQUEST = new AgreementRequest(null,
            Set.of(AgreementRequest.ALPHA, AgreementRequest.F1_EXACT), false, NoAnnotation.CATEGORY);

    private static final JsonMapper MAPPER = JsonMapper.builder().enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .build();

    private final CorpusStore store;
    private final AgreementService service;
    private final CompletableFuture<String> digest;

    private AgreementSummary(CorpusStore store, AgreementService service, CompletableFuture<String> digest) {
        this.store = store;
        this.service = service;
        this.digest = digest;
    }

    /**
     * Starts hashing what the summary depends on (the schema, states and counted CAS files) on a thread of its own, so
     * that it overlaps the export's writing; the files' hashes are looked up in the observation cache of
     * {@code observations}, which the export records into as it reads (one cache open, not two).
     */
    static AgreementSummary start(CorpusStore store, SharedObservations observations) {
        AgreementService service = new AgreementService(store);
        CompletableFuture<String> digest = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            try {
                digest.complete(observations.get().agreement(store).digest(REQUEST, 1));
            } catch (Throwable e) {
                digest.completeExceptionally(e);
            }
        }, "Attest export: agreement input digest");
        thread.setDaemon(true);
        thread.start();
        return new AgreementSummary(store, service, digest);
    }

    /**
     * Waits until the digest is made (or failed, which {@link #get} reports): the observation cache is in use till
     * then.
     */
    void awaitDigest() {
        digest.handle((made, failed) -> made).join();
    }

    /** Returns the summary: the kept one when its digest is the current one, otherwise computed now and kept. */
    Map<String, Object> get(Consumer<String> progress) throws CorpusException {
        String current = digest();
        Path file = store.layout().cache().resolve(CACHE_FILE);
        Map<String, Object> kept = kept(file, current, progress);
        if (kept != null) {
            return kept;
        }
        Map<String, Object> summary = summary(service.compute(REQUEST, m -> {
            if (!m.startsWith(AgreementService.DOCUMENT_PROGRESS)) {
                progress.accept(m);
            }
        }));
        if (current != null) {
            try {
                Map<String, Object> cache = new TreeMap<>();
                cache.put("version", CACHE_VERSION);
                cache.put("digest", current);
                cache.put("summary", summary);
                org.attest.store.fs.PathGuard.privateFile(file);
                AtomicFiles.createDirectories(file.getParent());
                AtomicFiles.write(file, MAPPER.writeValueAsBytes(cache));
            } catch (IOException e) {
                progress.accept("export: could not keep the agreement summary in " + file + " (" + e.getMessage()
                        + "); the next export computes it again");
            }
        }
        return summary;
    }

    private String digest() throws CorpusException {
        try {
            return digest.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof CorpusException cause) {
                throw cause;
            }
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> kept(Path file, String digest, Consumer<String> progress) {
        if (digest == null) {
            return null;
        }
        try {
            if (!org.attest.store.fs.PathGuard.isFile(org.attest.store.fs.PathGuard.privateFile(file).getParent(),
                    file)) {
                return null;
            }
            Map<String, Object> cache = MAPPER.readValue(file.toFile(), Map.class);
            if (Integer.valueOf(CACHE_VERSION).equals(cache.get("version")) && digest.equals(cache.get("digest"))
                    && cache.get("summary") instanceof Map<?, ?> summary) {
                return (Map<String, Object>) summary;
            }
            return null;
        } catch (IOException | RuntimeException e) {
            progress.accept(
                    "export: " + file + " is damaged (" + e.getMessage() + "); computed the agreement summary anew");
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
}
