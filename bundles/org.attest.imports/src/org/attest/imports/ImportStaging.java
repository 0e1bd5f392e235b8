package org.attest.imports;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.apache.uima.cas.CAS;
import org.attest.cas.CasFormat;
import org.attest.cas.Segmentation;
import org.attest.io.Article;
import org.attest.io.ArticleAnnotations;
import org.attest.io.ImportException;
import org.attest.model.Annotator;
import org.attest.model.Document;
import org.attest.store.CorpusException;
import org.attest.store.CorpusLayout;
import org.attest.store.CorpusNames;
import org.attest.store.CorpusStore;
import org.attest.store.Hashes;
import org.attest.store.TokenFile;
import org.attest.store.fs.Transaction;

/**
 * One import's articles, checked and staged one at a time into its transaction as they are read, so that an import
 * holds one file's articles in memory rather than all of them; nothing reaches the corpus before {@link #publish}.
 */
final class ImportStaging {

    private final CorpusStore store;
    private final ImportService.Request request;
    private final Transaction transaction;
    private final ImportClusters clusters;
    private final Annotator annotator;
    private final Map<String, Document> byHash = new HashMap<>();
    // ids by their lower case: a name that differs only in case is the same folder on macOS and Windows
    private final Map<String, Document> byId = new HashMap<>();
    private final List<Document> documents = new ArrayList<>();
    private final List<ImportReport.Added> added = new ArrayList<>();
    private final List<ImportReport.Duplicate> duplicates = new ArrayList<>();
    private final List<ImportReport.AnnotationsImported> annotations = new ArrayList<>();
    private final Map<String, Integer> ignoredTypes = new LinkedHashMap<>();

    ImportStaging(CorpusStore store, ImportService.Request request, Transaction transaction) {
        this.store = store;
        this.request = request;
        this.transaction = transaction;
        this.clusters = new ImportClusters(store.corpus());
        this.annotator = request.annotator() == null ? null : store.ensureAnnotator(request.annotator());
        for (Document d : store.corpus().getDocuments()) {
            byHash.put(d.getTextSha256(), d);
            byId.put(d.getId().toLowerCase(Locale.ROOT), d);
        }
    }

    /** Checks {@code article} and stages its document (unless the corpus has its text) and its annotations. */
    void add(Article article) throws ImportException, CorpusException, IOException {
        boolean annotated = !article.spans().isEmpty() || !article.relations().isEmpty();
        if (annotated && annotator == null) {
            throw new ImportException(article.sourceName() + " holds " + article.spans().size()
                    + " annotations and no annotator was named "
                    + "to receive them (nothing was imported)", ImportException.Remedy.NAME_ANNOTATOR);
        }
        article.unknownTypes().forEach((type, count) -> ignoredTypes.merge(type, count, Integer::sum));
        byte[] text = article.text().getBytes(StandardCharsets.UTF_8);
        String sha = Hashes.sha256(text);
        Document existing = byHash.get(sha);
        if (existing != null) {
            duplicates.add(new ImportReport.Duplicate(article.sourceName(), existing.getId(),
                    tokensNotKept(article, existing)));
            if (annotated) {
                annotate(existing, article, null);
            }
            return;
        }
        String wanted = article.metadata().id();
        String id = uniqueId(wanted);
        Document document = ImportService.newDocument(id, article, sha);
        byHash.put(sha, document);
        byId.put(id.toLowerCase(Locale.ROOT), document);
        CorpusLayout layout = store.layout();
        if (Files.exists(layout.document(id))) {
            throw new CorpusException(layout.document(id) + " exists but holds no readable document.xmi",
                    CorpusException.Remedy.CHECK_CORPUS, layout.dir(), id, null);
        }
        Path folder = transaction.folder(layout.document(id));
        transaction.writeInto(folder.resolve("text.txt"), text);
        if (article.segmentation() != null) {
            // the tokens the source fixed stay with the text, so every fresh CAS of the document keeps them
            transaction.writeInto(folder.resolve(TokenFile.NAME), TokenFile.encode(article.segmentation(), sha));
        }
        // the metadata file makes the folder a document: it arrives with the text, in one rename
        transaction.writeInto(folder.resolve("document.xmi"), store.documentFile(document));
        documents.add(document);
        added.add(new ImportReport.Added(id, document.getTitle(), article.sourceName(),
                id.equals(wanted) ? null : wanted));
        if (annotated) {
            annotate(document, article, folder);
        }
    }

    /**
     * Puts what was staged into the corpus in one commit of the transaction, with the model; after a failure the
     * model in memory is as before.
     */
    ImportReport publish() throws CorpusException, IOException {
        for (Document document : documents) {
            store.corpus().getDocuments().add(document);
            store.published(document);
        }
        // clusters the imported claims name but the corpus lacks arrive with them, in this one transaction
        store.corpus().getClaimClusters().addAll(clusters.created());
        try {
            store.stageModel(transaction);
            long casFiles = annotations.stream().filter(r -> r.skippedBecause() == null).count();
            transaction.summary(String.format(Locale.ROOT, "%,d documents published", documents.size())
                    + (casFiles == 0 ? "" : String.format(Locale.ROOT, ", with %,d annotation files", casFiles)));
            transaction.commit();
        } catch (IOException | RuntimeException | CorpusException e) {
            store.corpus().getDocuments().removeAll(documents);
            store.corpus().getClaimClusters().removeAll(clusters.created());
            throw e;
        }
        store.modelCommitted();
        return new ImportReport(added, duplicates, annotations, ignoredTypes);
    }

    /** Returns the number of new documents staged so far. */
    int staged() {
        return documents.size();
    }

    // folder: the staged folder of a new document, null for a document the corpus holds
    private void annotate(Document document, Article article, Path folder)
            throws ImportException, CorpusException, IOException {
        String id = document.getId();
        if (folder == null && store.hasCas(document, annotator.getName())) {
            annotations.add(new ImportReport.AnnotationsImported(id, annotator.getName(), Map.of(),
                    annotator.getName()
                            + " already has annotations on this document; they were kept and the file's annotations not imported"));
            return;
        }
        CAS cas = article.sourceSegmentation()
                .map(segmentation -> store.casFactory().newCas(article.text(), segmentation))
                .orElseGet(() -> store.casFactory().newCas(article.text()));
        Map<String, Integer> counts;
        try {
            counts = ArticleAnnotations.addTo(cas, clusters.resolve(article), store.corpus().getSchema());
        } catch (IllegalArgumentException e) {
            throw new ImportException(article.sourceName() + ": " + e.getMessage() + " (nothing was imported)");
        }
        byte[] bytes = store.casFormat().write(cas);
        if (folder != null) {
            transaction.writeInto(
                    folder.resolve("annotations").resolve(annotator.getName() + "." + CasFormat.EXTENSION), bytes);
        } else {
            transaction.write(store.layout().cas(id, annotator.getName()), bytes);
        }
        annotations.add(new ImportReport.AnnotationsImported(id, annotator.getName(), counts, null));
        store.setState(document, annotator, request.annotatorState());
    }

    /**
     * Says why the tokens {@code article} fixed are not those of {@code existing}, whose text it has (a document's
     * tokens are fixed when its text arrives), or {@code null} when they are the same.
     */
    private String tokensNotKept(Article article, Document existing) throws CorpusException {
        Segmentation source = article.segmentation();
        if (source == null) {
            return null;
        }
        Optional<Segmentation> kept = store.segmentation(existing);
        if (kept.isPresent() && kept.get().equals(source)) {
            return null;
        }
        return "its " + source.tokens().size() + " tokens in " + source.sentences().size()
                + " sentence(s) did not become the document's, which keeps "
                + (kept.isPresent()
                        ? "the " + kept.get().tokens().size() + " tokens its first source fixed"
                        : "the segmentation of its text (it came without tokens)");
    }

    private String uniqueId(String wanted) throws ImportException {
        Optional<String> problem = CorpusNames.problem(wanted);
        if (problem.isPresent()) {
            throw new ImportException("document id '" + wanted + "' is not usable as a folder name: " + problem.get());
        }
        String id = wanted;
        for (int i = 2; byId.containsKey(id.toLowerCase(Locale.ROOT)); i++) {
            id = wanted + "-" + i;
        }
        return id;
    }
}
