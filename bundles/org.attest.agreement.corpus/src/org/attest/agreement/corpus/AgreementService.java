package org.attest.agreement.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;

import org.attest.core.parallel.OrderedPipeline;
import org.attest.diff.CasDiff;
import org.attest.diff.Observation;
import org.attest.model.DocumentState;
import org.attest.model.Layer;
import org.attest.model.RelationLayer;
import org.attest.model.Schema;
import org.attest.model.schema.DefaultSchema;
import org.attest.model.schema.Schemas;
import org.attest.store.CorpusException;
import org.attest.store.CorpusStore;
import org.attest.store.cache.CacheFingerprints;

/**
 * Computes agreement over a corpus: per layer, corpus-wide, per annotator pair, per label and per document.
 *
 * <p>An annotator counts in a document when its work there is FINISHED (or IN_PROGRESS, when the request says so); a
 * document counts when two or more annotators count in it. The units of the categorical measures are the positions of
 * the {@link CasDiff} of the counted annotators' CASes. Each document is read, diffed and reduced to units and counts
 * once, so the time grows linearly with the number of documents.
 */
public final class AgreementService {

    /** How every per-document progress message starts, so that a caller can tell them from the notes about the run. */
    public static final String DOCUMENT_PROGRESS = "agreement: document ";

    private final AgreementInput input;

    /** Creates the service over an open corpus, reading each counted annotator's CAS from disk. */
    public AgreementService(CorpusStore store) {
        this(new StoreInput(store));
    }

    /**
     * Creates the service over an open corpus like {@link #AgreementService(CorpusStore)}, but over {@code documents},
     * a copy of the corpus's documents and states taken by the caller (for example on a UI thread that owns the model).
     */
    public AgreementService(CorpusStore store, List<AgreementInput.Entry> documents) {
        this(new StoreInput(store, Objects.requireNonNull(documents, "documents")));
    }

    /** Creates the service over any source of documents and CASes, for example one held in memory. */
    public AgreementService(AgreementInput input) {
        this.input = Objects.requireNonNull(input, "input");
    }

    /** Computes the agreement {@code request} asks for, reporting each document read to {@code progress}. */
    public AgreementReport compute(AgreementRequest request, Consumer<String> progress) throws CorpusException {
        return compute(request, progress, input.concurrent() ? OrderedPipeline.defaultThreads() : 1);
    }

    /**
     * Computes the agreement {@code request} asks for like {@link #compute(AgreementRequest, Consumer)}, reading and
     * comparing documents on {@code threads} threads (1: on the caller's); the report is the same for any number.
     */
    public AgreementReport compute(AgreementRequest request, Consumer<String> progress, int threads)
            throws CorpusException {
        Schema schema = input.schema();
        List<LayerAccumulator> layers = new ArrayList<>();
        for (Layer layer : layers(schema, request.layer())) {
            layers.add(new LayerAccumulator(layer.getName(), layer instanceof RelationLayer, request.noAnnotation(),
                    request.wants(AgreementRequest.F1_OVERLAP), request.wants(AgreementRequest.UNITIZING)));
        }
        ClaimUnits claims = claimsWanted(request) ? ClaimUnits.of(schema, request.tolerance()) : null;
        TreeSet<String> coders = new TreeSet<>();
        List<AgreementReport.SkippedDocument> skipped = new ArrayList<>();
        List<AgreementInput.Entry> documents = input.documents();
        List<Counted> counted = new ArrayList<>();
        for (int d = 0; d < documents.size(); d++) {
            List<String> annotators = countedAnnotators(documents.get(d), request.includeInProgress());
            if (annotators.size() >= 2) {
                counted.add(new Counted(d, documents.get(d).id(), annotators));
            }
        }
        int next = 0;
        try (OrderedPipeline<Counted, Parts> parts = new OrderedPipeline<>(counted, threads,
                document -> analyse(layers, claims, document))) {
            for (int d = 0; d < documents.size(); d++) {
                AgreementInput.Entry document = documents.get(d);
                progress.accept(DOCUMENT_PROGRESS + (d + 1) + " of " + documents.size() + ": " + document.id());
                if (next == counted.size() || counted.get(next).index() != d) {
                    List<String> annotators = countedAnnotators(document, request.includeInProgress());
                    skipped.add(new AgreementReport.SkippedDocument(document.id(),
                            whySkipped(annotators, request.includeInProgress())));
                    continue;
                }
                coders.addAll(counted.get(next++).annotators());
                Parts documentParts = parts.next();
                for (int l = 0; l < layers.size(); l++) {
                    layers.get(l).add(documentParts.layers().get(l));
                }
                if (claims != null) {
                    claims.add(documentParts.claims());
                }
            }
        }
        input.done(progress);
        List<String> coderList = List.copyOf(coders);
        List<LayerAgreement> results = new ArrayList<>();
        // the layers' measures are independent of each other; computing them side by side keeps both cores busy
        try (OrderedPipeline<LayerAccumulator, LayerAgreement> finished = new OrderedPipeline<>(layers, threads,
                layer -> LayerMeasures.finish(layer, coderList, request))) {
            while (finished.hasNext()) {
                results.add(finished.next());
            }
        }
        return new AgreementReport(coderList, next, skipped, request.noAnnotation(), request.includeInProgress(),
                results, claims == null || coderList.size() < 2 ? null : claims.finish(coderList));
    }

    /**
     * Returns the SHA-256 of everything a report for {@code request} depends on (the schema, the request, the documents
     * with their annotators' states, and the content of every counted annotator's work), or null when the input cannot
     * fingerprint that content; equal digests give equal reports. Reads on {@code threads} threads.
     */
    public String digest(AgreementRequest request, int threads) throws CorpusException {
        Digest digest = new Digest();
        digest.line("attest-agreement-digest 1");
        digest.line(CacheFingerprints.fingerprint(input.schema()));
        digest.line("layer " + request.layer() + " measures " + new TreeSet<>(request.measures()) + " in-progress "
                + request.includeInProgress() + " no-annotation " + request.noAnnotation()
                + (claimsWanted(request) ? " tolerance " + request.tolerance() : ""));
        List<AgreementInput.Entry> documents = input.documents();
        List<Counted> counted = new ArrayList<>();
        for (int d = 0; d < documents.size(); d++) {
            counted.add(new Counted(d, documents.get(d).id(),
                    countedAnnotators(documents.get(d), request.includeInProgress())));
        }
        try (OrderedPipeline<Counted, List<String>> hashes = new OrderedPipeline<>(counted,
                input.concurrent() ? threads : 1,
                document -> contentHashes(document))) {
            for (Counted document : counted) {
                List<String> contents = hashes.next();
                if (contents.contains(null)) {
                    return null;
                }
                digest.line(
                        "document " + document.id() + " " + new TreeMap<>(documents.get(document.index()).states()));
                for (int a = 0; a < contents.size(); a++) {
                    digest.line(document.annotators().get(a) + " " + contents.get(a));
                }
            }
        } finally {
            // the input may have opened its cache to look up the files' hashes: nothing to say, nothing to keep
            input.done(note -> {
            });
        }
        return digest.hex();
    }

    /** A SHA-256 fed line by line, so that a digest of a large corpus never holds all its lines at once. */
    private static final class Digest {

        private final java.security.MessageDigest sha;

        Digest() {
            try {
                sha = java.security.MessageDigest.getInstance("SHA-256");
            } catch (java.security.NoSuchAlgorithmException e) {
                throw new IllegalStateException("every Java runtime has SHA-256", e);
            }
        }

        void line(String line) {
            sha.update((line + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }

        String hex() {
            return java.util.HexFormat.of().formatHex(sha.digest());
        }
    }

    private List<String> contentHashes(Counted document) throws CorpusException {
        List<String> hashes = new ArrayList<>();
        if (document.annotators().size() < 2) {
            return hashes;
        }
        for (String annotator : document.annotators()) {
            hashes.add(input.contentHash(document.id(), annotator));
        }
        return hashes;
    }

    /** A document that counts: its place in the corpus, id and counted annotators, sorted. */
    private record Counted(int index, String id, List<String> annotators) {
    }

    /** One document's figures: each layer's, in the order of the layers, and its claims' (null when not wanted). */
    private record Parts(List<LayerAccumulator.Part> layers, ClaimUnits.Part claims) {
    }

    private static boolean claimsWanted(AgreementRequest request) {
        return request.wants(AgreementRequest.CLAIMS)
                && (request.layer() == null || request.layer().equals(DefaultSchema.CLAIM));
    }

    // Reads and compares one document and reduces it to each layer's figures, so what was read can go right after.
    private Parts analyse(List<LayerAccumulator> layers, ClaimUnits claims, Counted document)
            throws CorpusException {
        Map<String, Observed> observed = new TreeMap<>();
        for (String annotator : document.annotators()) {
            observed.put(annotator, input.observed(document.id(), annotator));
        }
        int length = observed.values().iterator().next().length();
        List<LayerAccumulator.Part> parts = new ArrayList<>(layers.size());
        for (LayerAccumulator layer : layers) {
            Map<String, List<Observation>> byAnnotator = new TreeMap<>();
            observed.forEach((annotator, o) -> byAnnotator.put(annotator, o.layer(layer.layer())));
            parts.add(layer.analyse(document.id(), length, document.annotators(),
                    CasDiff.compare(layer.layer(), byAnnotator)));
        }
        return new Parts(parts, claims == null ? null : claims.analyse(document.id(), document.annotators(), observed));
    }

    private static List<Layer> layers(Schema schema, String name) {
        if (name == null) {
            return List.copyOf(schema.getLayers());
        }
        return List.of(Schemas.layer(schema, name).orElseThrow(() -> new IllegalArgumentException("the schema '"
                + schema.getName() + "' has no layer '" + name + "'; use one of "
                + schema.getLayers().stream().map(Layer::getName).toList())));
    }

    private static List<String> countedAnnotators(AgreementInput.Entry document, boolean includeInProgress) {
        TreeSet<String> counted = new TreeSet<>();
        document.states().forEach((annotator, state) -> {
            if (state == DocumentState.FINISHED || includeInProgress && state == DocumentState.IN_PROGRESS) {
                counted.add(annotator);
            }
        });
        return List.copyOf(counted);
    }

    private static String whySkipped(List<String> annotators, boolean includeInProgress) {
        String what = includeInProgress ? "finished or in progress" : "finished";
        if (annotators.isEmpty()) {
            return "no annotator has it " + what + "; agreement needs two";
        }
        return "only " + annotators.get(0) + " has it " + what + "; agreement needs two"
                + (includeInProgress ? "" : " (work in progress was not counted)");
    }
}
