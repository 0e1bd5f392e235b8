package org.attest.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

import org.attest.core.parallel.OrderedPipeline;
import org.attest.io.export.ExportFormat;
import org.attest.io.export.ExportReport;
import org.attest.io.export.LabelNames;
import org.attest.io.export.LineFormat;
import org.attest.model.Document;
import org.attest.model.GoldState;
import org.attest.model.Schema;
import org.attest.store.CorpusException;
import org.attest.store.CorpusStore;
import org.attest.store.Hashes;
import org.attest.store.fs.AtomicFiles;
import org.attest.store.fs.Folders;
import org.attest.store.fs.Recovery;
import org.attest.store.fs.Transaction;

/** Exports the gold corpus or an annotator's annotations to a format, split into parts, with a manifest. */
public final class ExportService {

    /** The name of the manifest file. */
    public static final String MANIFEST = "manifest.json";

    /** How every per-document progress message starts, so that a caller can tell them from the notes about the run. */
    public static final String DOCUMENT_PROGRESS = "export: document ";

    /** How the staging folder an export writes into, inside its output folder, starts. */
    public static final String STAGING_PREFIX = ".export-staging-";

    private static final int LISTED = 5;

    private final CorpusStore store;

    /** Creates the service for an open corpus. */
    public ExportService(CorpusStore store) {
        this.store = store;
    }

    /** Exports as {@code request} says, reporting progress; the same corpus and request give the same bytes. */
    public ExportResult export(ExportRequest request, Consumer<String> progress) throws CorpusException {
        long start = System.nanoTime();
        Schema schema = store.corpus().getSchema();
        LabelNames names = ExportFormats.labelNames(request.labelMap(), schema);
        ExportFormat format = ExportFormats.create(request.format(), schema, names);
        Map<String, String> skipped = new TreeMap<>();
        List<Document> documents = sources(request, skipped);
        List<String> ids = documents.stream().map(Document::getId).toList();
        Map<String, List<String>> parts = request.parts() == null
                ? ExportParts.draw(ids, request)
                : ExportParts.share(ids, request, store.layout().dir());
        refuseInsideCorpus(request.outDir());
        try {
            AtomicFiles.createDirectories(request.outDir());
        } catch (IOException e) {
            throw new CorpusException(
                    "cannot create " + request.outDir() + ": " + e.getMessage() + "; check the path and permissions",
                    e);
        }
        Transaction transaction = begin(request.outDir(), progress);
        Path staging = transaction.stagedRoot();
        SharedObservations observations = new SharedObservations(store);
        AgreementSummary agreement = AgreementSummary.start(store, observations);
        Map<String, ExportReport> reports = new LinkedHashMap<>();
        ExportReport total = new ExportReport();
        List<ExportResult.FileEntry> files = new ArrayList<>();
        long writeNanos = 0;
        ExportResult.FileEntry manifestEntry;
        // the formats write into a staging folder inside the output folder and one transaction publishes the files and
        // the manifest together, so an export that fails leaves the previous export as it was and one killed is
        // finished
        // by the next export into the folder
        try (transaction) {
            Map<String, Document> byId = new LinkedHashMap<>();
            documents.forEach(d -> byId.put(d.getId(), d));
            int threads = OrderedPipeline.defaultThreads();
            ExportReader reader = ExportReader.open(store, request.from(), format, progress, observations);
            int[] delivered = {0};
            Consumer<String> documentDone = id -> progress
                    .accept(DOCUMENT_PROGRESS + ++delivered[0] + " of " + documents.size()
                            + ": " + id);
            for (Map.Entry<String, List<String>> part : parts.entrySet()) {
                List<Document> partDocuments = part.getValue().stream().map(byId::get).toList();
                ExportReport report = new ExportReport();
                long t0 = System.nanoTime();
                long waited;
                try {
                    if (format instanceof LineFormat lines) {
                        waited = LineParts.write(lines, partDocuments, threads, reader, staging, part.getKey(), report,
                                documentDone);
                    } else {
                        try (ExportDocuments docs = new ExportDocuments(partDocuments, threads, reader::read,
                                d -> documentDone.accept(d.id()))) {
                            format.write(docs, staging, part.getKey(), report);
                            waited = docs.waitNanos();
                        }
                    }
                } catch (ExportDocuments.ReadFailure e) {
                    throw e.getCause();
                } catch (IOException e) {
                    throw new CorpusException("cannot write the " + part.getKey() + " part into " + request.outDir()
                            + ": " + e.getMessage(), e);
                }
                writeNanos += System.nanoTime() - t0 - waited;
                reports.put(part.getKey(), report);
                total.addAll(report);
                progress.accept(part.getKey() + ": " + partDocuments.size() + " document(s)");
            }
            // the digest looks files up in the observation cache, which finish() saves and so closes
            agreement.awaitDigest();
            reader.finish(progress);
            for (Path file : total.files()) {
                files.add(entry(staging, file));
            }
            Manifest manifest = new Manifest(store, request, format.name(), names, parts, reports, total, skipped,
                    files, agreement.get(progress));
            try {
                Path stagedManifest = staging.resolve(MANIFEST);
                manifest.write(stagedManifest);
                manifestEntry = entry(staging, stagedManifest);
                total.files().forEach(transaction::adopt);
                transaction.adopt(stagedManifest);
                transaction.summary(String.format(java.util.Locale.ROOT,
                        "%,d files and the manifest of a %s export of %,d documents published",
                        total.files().size(), format.name(), documents.size()));
                transaction.commit();
                reports.replaceAll((part, report) -> report.relocated(staging, request.outDir()));
                total = total.relocated(staging, request.outDir());
            } catch (IOException e) {
                throw new CorpusException("cannot write into " + request.outDir() + ": " + e.getMessage()
                        + "; the earlier export in it is unchanged", e);
            }
        } finally {
            observations.close();
            Folders.removeEmptyPrivateFolder(request.outDir());
        }
        files.add(manifestEntry);
        return new ExportResult(request.outDir(), files, parts, reports, total, skipped, writeNanos,
                System.nanoTime() - start);
    }

    /**
     * Refuses an output folder inside the corpus, where the export's files would become part of the corpus and its
     * team's copies.
     */
    private void refuseInsideCorpus(Path outDir) throws CorpusException {
        try {
            Path corpus = store.layout().dir().toRealPath();
            Path existing = outDir.toAbsolutePath().normalize();
            Path rest = existing.getFileSystem().getPath("");
            while (existing != null && !Files.exists(existing)) {
                rest = existing.getFileName().resolve(rest);
                existing = existing.getParent();
            }
            Path out = existing == null
                    ? outDir.toAbsolutePath().normalize()
                    : existing.toRealPath().resolve(rest).normalize();
            if (out.startsWith(corpus)) {
                throw new CorpusException("cannot export into " + outDir + ": it is inside the corpus "
                        + store.layout().dir()
                        + ", whose files the export would mix with its own (and a team would share them); choose a folder outside it, such as "
                        + corpus.getParent().resolve(corpus.getFileName() + "-export"));
            }
        } catch (IOException e) {
            throw new CorpusException("cannot check where " + outDir + " is: " + e.getMessage(), e);
        }
    }

    /**
     * Starts the transaction of an export into {@code outDir}, first finishing or removing what interrupted exports
     * left there.
     */
    private static Transaction begin(Path outDir, Consumer<String> progress) throws CorpusException {
        try (var entries = Files.newDirectoryStream(outDir, STAGING_PREFIX + "*")) {
            for (Path leftover : entries) {
                if (Files.isDirectory(leftover, LinkOption.NOFOLLOW_LINKS)) {
                    Folders.deleteQuietly(leftover);
                    progress.accept("export: removed " + leftover + ", left by an export that did not finish");
                }
            }
            Recovery.recover(outDir, false).forEach(note -> progress.accept("export: " + note));
            return Transaction.begin(outDir, "export");
        } catch (IOException e) {
            throw new CorpusException(
                    "cannot write into " + outDir + ": " + e.getMessage() + "; check the path and permissions", e);
        }
    }

    private List<Document> sources(ExportRequest request, Map<String, String> skipped) throws CorpusException {
        List<Document> all = new ArrayList<>(store.corpus().getDocuments());
        if (ExportRequest.GOLD.equals(request.from())) {
            List<Document> curated = new ArrayList<>();
            for (Document d : all) {
                GoldState state = store.goldState(d);
                if (state == GoldState.CURATED && Files.isRegularFile(store.layout().gold(d.getId()))) {
                    // a gold file its curation record does not describe has lost its provenance: stop, naming both
                    new org.attest.curation.CurationService(store).check(d);
                    curated.add(d);
                } else {
                    skipped.put(d.getId(),
                            state == GoldState.IN_CURATION
                                    ? "its gold is still in curation"
                                    : "it has no curated gold yet");
                }
            }
            if (curated.isEmpty()) {
                throw new CorpusException("no document of " + store.layout().dir() + " is curated yet ("
                        + listed(all.stream().map(Document::getId).sorted().toList())
                        + ")", CorpusException.Remedy.CURATE_FIRST, store.layout().dir(), null, null);
            }
            return curated;
        }
        if (store.annotator(request.from()).isEmpty()) {
            throw new CorpusException("the corpus has no annotator '" + request.from() + "'; it has the gold and "
                    + store.corpus().getAnnotators().stream().map(a -> a.getName()).sorted().toList(),
                    CorpusException.Remedy.CHOOSE_ANNOTATOR,
                    store.layout().dir(), null, request.from());
        }
        List<Document> chosen = new ArrayList<>();
        for (Document d : all) {
            if (store.hasCas(d, request.from())) {
                chosen.add(d);
            } else {
                skipped.put(d.getId(), request.from() + " has no annotations on it");
            }
        }
        return chosen;
    }

    private static String listed(List<String> ids) {
        return String.join(", ", ids.subList(0, Math.min(LISTED, ids.size()))) + (ids.size() > LISTED ? ", ..." : "");
    }

    /**
     * Returns the ids of the documents an export of {@code request} writes (the curated ones for the gold, those the
     * annotator has annotations on), sorted; fails as the export would when there is none.
     */
    public List<String> exportable(ExportRequest request) throws CorpusException {
        return sources(request, new TreeMap<>()).stream().map(Document::getId).sorted().toList();
    }

    private static ExportResult.FileEntry entry(Path dir, Path file) throws CorpusException {
        try {
            // in pieces: a part's file can be hundreds of megabytes
            Hashes.Sized hash = Hashes.sha256(file);
            return new ExportResult.FileEntry(dir.relativize(file).toString(), hash.size(), hash.sha256());
        } catch (IOException e) {
            throw new CorpusException("cannot read back " + file + ": " + e.getMessage(), e);
        }
    }
}
