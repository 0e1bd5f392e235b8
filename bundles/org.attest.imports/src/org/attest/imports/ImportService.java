package org.attest.imports;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

import org.apache.uima.cas.CAS;
import org.attest.cas.Segmentation;
import org.attest.io.Article;
import org.attest.io.ArticleAnnotations;
import org.attest.io.ArticleMetadata;
import org.attest.io.ArticleReaders;
import org.attest.io.ImportException;
import org.attest.io.ImportOptions;
import org.attest.model.Annotator;
import org.attest.model.CorpusFactory;
import org.attest.model.Document;
import org.attest.model.DocumentState;
import org.attest.model.MetadataEntry;
import org.attest.store.CorpusException;
import org.attest.store.CorpusLayout;
import org.attest.store.CorpusNames;
import org.attest.store.CorpusStore;
import org.attest.store.Hashes;
import org.attest.store.TokenFile;
import org.attest.store.fs.Transaction;

/** Imports articles into a corpus all-or-nothing: every input is read and checked before anything is written. */
public final class ImportService {

    private final CorpusStore store;

    /** Creates an import into {@code store}, which must be open for writing. */
    public ImportService(CorpusStore store) {
        this.store = Objects.requireNonNull(store);
    }

    /** What to import and how. */
    public record Request(List<Path> inputs, ImportOptions options, String annotator, DocumentState annotatorState,
            boolean followLinks) {

        /** Creates a request; {@code annotator} may be null when the inputs carry no annotations. */
        public Request {
            inputs = List.copyOf(inputs);
            annotatorState = annotatorState == null ? DocumentState.IN_PROGRESS : annotatorState;
        }

        /** Creates a request that refuses symbolic links among the inputs. */
        public Request(List<Path> inputs, ImportOptions options, String annotator, DocumentState annotatorState) {
            this(inputs, options, annotator, annotatorState, false);
        }
    }

    /**
     * Imports the request's inputs; on any error the corpus on disk is left exactly as it was (reopen the store then).
     */
    public ImportReport run(Request request, Consumer<String> progress) throws CorpusException, ImportException {
        ArticleReaders readers;
        try {
            readers = new ArticleReaders(store.corpus().getSchema(), request.options().format());
        } catch (IllegalArgumentException e) {
            throw new ImportException(e.getMessage());
        }
        List<Path> files = readers.expand(request.inputs(), request.followLinks());
        if (files.isEmpty()) {
            throw new ImportException(
                    "no importable files in " + request.inputs()
                            + "; Attest reads .txt, .jsonl, .xmi, .ann, .conll and .conllu files");
        }
        List<Article> articles = new ArrayList<>();
        int n = 0;
        for (Path file : files) {
            articles.addAll(readers.forFile(file).read(file, request.options()));
            n++;
            if (files.size() > 20 && (n % 100 == 0 || n == files.size())) {
                progress.accept("read " + n + " of " + files.size() + " files");
            }
        }
        Plan plan = plan(articles, request);
        return publish(plan, request, progress);
    }

    private record NewDocument(Document document, Article article, String textSha) {
    }

    private record AnnotationWork(Document document, Article article, boolean newDocument) {
    }

    private static final class Plan {

        final List<NewDocument> documents = new ArrayList<>();
        final List<AnnotationWork> annotations = new ArrayList<>();
        final List<ImportReport.Added> added = new ArrayList<>();
        final List<ImportReport.Duplicate> duplicates = new ArrayList<>();
        final List<ImportReport.AnnotationsImported> annotationReports = new ArrayList<>();
        final Map<String, Integer> ignoredTypes = new LinkedHashMap<>();
    }

    private Plan plan(List<Article> articles, Request request) throws ImportException, CorpusException {
        Plan plan = new Plan();
        Map<String, Document> byHash = new HashMap<>();
        // ids by their lower case: a name that differs only in case is the same folder on macOS and Windows
        Map<String, Document> byId = new HashMap<>();
        for (Document d : store.corpus().getDocuments()) {
            byHash.put(d.getTextSha256(), d);
            byId.put(d.getId().toLowerCase(java.util.Locale.ROOT), d);
        }
        for (Article article : articles) {
            boolean annotated = !article.spans().isEmpty() || !article.relations().isEmpty();
            if (annotated && request.annotator() == null) {
                throw new ImportException(article.sourceName() + " holds " + article.spans().size()
                        + " annotations and no annotator was named "
                        + "to receive them (nothing was imported)", ImportException.Remedy.NAME_ANNOTATOR);
            }
            article.unknownTypes().forEach((type, count) -> plan.ignoredTypes.merge(type, count, Integer::sum));
            String sha = Hashes.sha256(article.text().getBytes(StandardCharsets.UTF_8));
            Document existing = byHash.get(sha);
            if (existing != null) {
                plan.duplicates.add(new ImportReport.Duplicate(article.sourceName(), existing.getId(),
                        tokensNotKept(article, existing)));
                if (annotated) {
                    plan.annotations.add(new AnnotationWork(existing, article, false));
                }
                continue;
            }
            String wanted = article.metadata().id();
            String id = uniqueId(wanted, byId);
            Document document = newDocument(id, article, sha);
            byHash.put(sha, document);
            byId.put(id.toLowerCase(java.util.Locale.ROOT), document);
            plan.documents.add(new NewDocument(document, article, sha));
            plan.added.add(new ImportReport.Added(id, document.getTitle(), article.sourceName(),
                    id.equals(wanted) ? null : wanted));
            if (annotated) {
                plan.annotations.add(new AnnotationWork(document, article, true));
            }
        }
        return plan;
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

    private static String uniqueId(String wanted, Map<String, Document> byId) throws ImportException {
        java.util.Optional<String> problem = CorpusNames.problem(wanted);
        if (problem.isPresent()) {
            throw new ImportException("document id '" + wanted + "' is not usable as a folder name: " + problem.get());
        }
        String id = wanted;
        for (int i = 2; byId.containsKey(id.toLowerCase(java.util.Locale.ROOT)); i++) {
            id = wanted + "-" + i;
        }
        return id;
    }

    private static Document newDocument(String id, Article article, String sha) {
        ArticleMetadata meta = article.metadata();
        Document d = CorpusFactory.eINSTANCE.createDocument();
        d.setId(id);
        d.setTitle(meta.title());
        d.setOutlet(meta.outlet());
        d.setLanguage(meta.language());
        d.setOriginalLanguage(meta.originalLanguage());
        d.setPublicationDate(meta.date());
        d.setSourceFileName(article.sourceName());
        d.setTextSha256(sha);
        d.setTextLength(article.text().length());
        d.setImported(new Date());
        meta.extra().forEach((k, v) -> {
            MetadataEntry e = CorpusFactory.eINSTANCE.createMetadataEntry();
            e.setKey(k);
            e.setValue(v);
            d.getMetadata().add(e);
        });
        return d;
    }

    private ImportReport publish(Plan plan, Request request, Consumer<String> progress)
            throws CorpusException, ImportException {
        CorpusLayout layout = store.layout();
        // every file is staged first and published by one transaction with the model: after a failure the corpus is as
        // before, after a crash the next writer finishes the import from its journal
        try (Transaction transaction = Transaction.begin(layout.dir(), "import")) {
            Map<String, Path> folders = new HashMap<>();
            for (NewDocument nd : plan.documents) {
                String id = nd.document().getId();
                if (Files.exists(layout.document(id))) {
                    throw new CorpusException(layout.document(id) + " exists but holds no readable document.xmi",
                            CorpusException.Remedy.CHECK_CORPUS, layout.dir(), id, null);
                }
                Path folder = transaction.folder(layout.document(id));
                folders.put(id, folder);
                transaction.writeInto(folder.resolve("text.txt"), nd.article().text().getBytes(StandardCharsets.UTF_8));
                if (nd.article().segmentation() != null) {
                    // the tokens the source fixed stay with the text, so every fresh CAS of the document keeps them
                    transaction.writeInto(folder.resolve(TokenFile.NAME),
                            TokenFile.encode(nd.article().segmentation(), nd.textSha()));
                }
                // the metadata file makes the folder a document: it arrives with the text, in one rename
                transaction.writeInto(folder.resolve("document.xmi"), store.documentFile(nd.document()));
            }
            Annotator annotator = request.annotator() == null ? null : store.ensureAnnotator(request.annotator());
            ImportClusters clusters = new ImportClusters(store.corpus());
            for (AnnotationWork work : plan.annotations) {
                String id = work.document().getId();
                if (!work.newDocument() && store.hasCas(work.document(), annotator.getName())) {
                    plan.annotationReports.add(new ImportReport.AnnotationsImported(id, annotator.getName(), Map.of(),
                            annotator.getName()
                                    + " already has annotations on this document; they were kept and the file's annotations not imported"));
                    continue;
                }
                CAS cas = work.article().sourceSegmentation()
                        .map(segmentation -> store.casFactory().newCas(work.article().text(), segmentation))
                        .orElseGet(() -> store.casFactory().newCas(work.article().text()));
                Map<String, Integer> counts;
                try {
                    counts = fill(cas, clusters.resolve(work.article()));
                } catch (IllegalArgumentException e) {
                    throw new ImportException(
                            work.article().sourceName() + ": " + e.getMessage() + " (nothing was imported)");
                }
                byte[] bytes = store.casFormat().write(cas);
                String name = annotator.getName() + "." + org.attest.cas.CasFormat.EXTENSION;
                if (work.newDocument()) {
                    transaction.writeInto(folders.get(id).resolve("annotations").resolve(name), bytes);
                } else {
                    transaction.write(layout.cas(id, annotator.getName()), bytes);
                }
                plan.annotationReports.add(new ImportReport.AnnotationsImported(id, annotator.getName(), counts, null));
                store.setState(work.document(), annotator, request.annotatorState());
            }
            for (NewDocument nd : plan.documents) {
                store.corpus().getDocuments().add(nd.document());
                store.published(nd.document());
            }
            // clusters the imported claims name but the corpus lacks arrive with them, in this one transaction
            store.corpus().getClaimClusters().addAll(clusters.created());
            try {
                store.stageModel(transaction);
                long casFiles = plan.annotationReports.stream().filter(r -> r.skippedBecause() == null).count();
                transaction.summary(String.format(java.util.Locale.ROOT, "%,d documents published",
                        plan.documents.size())
                        + (casFiles == 0
                                ? ""
                                : String.format(java.util.Locale.ROOT, ", with %,d annotation files", casFiles)));
                transaction.commit();
            } catch (IOException | RuntimeException | CorpusException e) {
                plan.documents.forEach(nd -> store.corpus().getDocuments().remove(nd.document()));
                store.corpus().getClaimClusters().removeAll(clusters.created());
                throw e;
            }
            store.modelCommitted();
            if (!plan.documents.isEmpty()) {
                progress.accept("imported " + plan.documents.size() + " document(s)");
            }
        } catch (IOException e) {
            throw new CorpusException("import failed and was undone: " + e.getMessage(), e);
        }
        return new ImportReport(plan.added, plan.duplicates, plan.annotationReports, plan.ignoredTypes);
    }

    private Map<String, Integer> fill(CAS cas, Article article) {
        return ArticleAnnotations.addTo(cas, article, store.corpus().getSchema());
    }
}
