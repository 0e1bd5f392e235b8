package org.attest.inception;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import org.apache.uima.cas.CAS;
import org.attest.cas.CasFormat;
import org.attest.io.Article;
import org.attest.io.ArticleAnnotations;
import org.attest.io.ImportException;
import org.attest.io.ImportLimitException;
import org.attest.io.ImportOptions;
import org.attest.model.CorpusFactory;
import org.attest.model.CurationRecord;
import org.attest.model.Document;
import org.attest.model.DocumentState;
import org.attest.model.GoldState;
import org.attest.model.persist.CorpusModelFormat;
import org.attest.store.CorpusException;
import org.attest.store.CorpusLayout;
import org.attest.store.CorpusStore;
import org.attest.store.Hashes;
import org.attest.store.fs.Transaction;

/**
 * Imports an INCEpTION project export into an empty corpus, all or nothing: its documents, each user as an annotator
 * with their annotations and states, and the curation as the gold with a decision per annotation.
 */
public final class InceptionImport {

    private final CorpusStore store;

    /** Creates an import into {@code store}, which must be open for writing and hold no documents. */
    public InceptionImport(CorpusStore store) {
        this.store = Objects.requireNonNull(store);
    }

    /** Returns whether {@code file} is an INCEpTION project export: a ZIP with {@code exportedproject*.json}. */
    public static boolean isProjectExport(Path file) {
        if (!file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".zip")
                || !Files.isRegularFile(file)) {
            return false;
        }
        // the entries' names are read one after the other: a large archive is not held in memory to be recognised
        try (java.io.InputStream in = Files.newInputStream(file)) {
            return ProjectZip.isProject(in);
        } catch (IOException e) {
            // unreadable here means unreadable to every reader: the import that follows names the file and the error
            return false;
        }
    }

    /** Imports the project export {@code file}; on any error the corpus is left as it was. */
    public InceptionReport run(Path file, ImportOptions options) throws CorpusException, ImportException {
        if (!store.corpus().getDocuments().isEmpty()) {
            throw new ImportException(store.layout().dir() + " already holds " + store.corpus().getDocuments().size()
                    + " documents; an INCEpTION project becomes a corpus of its own: import it into a new folder");
        }
        ProjectZip zip = ProjectZip.read(file.toString(), file, bytes(file, options), options.maxFileBytes());
        String json = zip.names().stream().filter(ProjectZip::isProjectJson).findFirst()
                .orElseThrow(() -> new ImportException(file + " holds no exportedproject*.json at its root, so it is "
                        + "no INCEpTION project export; export the project from INCEpTION's project settings"));
        ExportedProject project = ExportedProject.parse(zip.where(json), zip.entry(json).orElseThrow());
        CustomLayers layers = new CustomLayers(project, store.corpus().getSchema());
        List<ProjectDocument> documents;
        ProjectReader reader;
        try (InceptionXmi xmi = new InceptionXmi(store.corpus().getSchema(), options, layers)) {
            reader = new ProjectReader(zip, project, xmi);
            documents = reader.documents();
        }
        List<InceptionReport.Document> imported = publish(file, documents);
        return new InceptionReport(project.name() == null ? file.getFileName().toString() : project.name(), imported,
                layers.unmapped(), reader.leftOut(), reader.notes());
    }

    private static byte[] bytes(Path file, ImportOptions options) throws ImportException {
        try {
            long size = Files.size(file);
            if (size > 20 * options.maxFileBytes()) {
                throw new ImportLimitException(ImportLimitException.Limit.FILE_SIZE, file, size,
                        20 * options.maxFileBytes(), file + " has " + size + " bytes, more than a project export may "
                                + "have (20 times the largest file); raise the limit");
            }
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new ImportException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    private List<InceptionReport.Document> publish(Path file, List<ProjectDocument> documents)
            throws CorpusException, ImportException {
        CorpusLayout layout = store.layout();
        List<InceptionReport.Document> imported = new ArrayList<>();
        List<Document> added = new ArrayList<>();
        Date now = new Date();
        try (Transaction transaction = Transaction.begin(layout.dir(), "import of an INCEpTION project")) {
            for (ProjectDocument pd : documents) {
                Document document = newDocument(pd, file, now);
                Path folder = transaction.folder(layout.document(pd.id()));
                transaction.writeInto(folder.resolve("text.txt"), pd.text().getBytes(StandardCharsets.UTF_8));
                transaction.writeInto(folder.resolve("document.xmi"), store.documentFile(document));
                Map<String, String> states = new TreeMap<>();
                for (Map.Entry<String, DocumentState> e : pd.states().entrySet()) {
                    store.setState(document, store.ensureAnnotator(e.getKey()), e.getValue());
                    states.put(e.getKey(), e.getValue().getLiteral());
                }
                Map<String, CAS> finished = new TreeMap<>();
                for (Map.Entry<String, Article> e : pd.annotations().entrySet()) {
                    CAS cas = cas(pd, e.getValue());
                    if (pd.states().get(e.getKey()) == DocumentState.FINISHED) {
                        finished.put(e.getKey(), cas);
                    }
                    transaction.writeInto(folder.resolve("annotations").resolve(e.getKey() + "." + CasFormat.EXTENSION),
                            store.casFormat().write(cas));
                }
                if (pd.gold() != null) {
                    CAS goldCas = cas(pd, pd.gold());
                    byte[] gold = store.casFormat().write(goldCas);
                    CurationRecord record = GoldRecord.of(pd.id(), goldCas, finished, record(pd),
                            store.corpus().getSchema(), now);
                    record.setGoldSha256(Hashes.sha256(gold));
                    transaction.writeInto(folder.resolve(layout.gold(pd.id()).getFileName().toString()), gold);
                    transaction.writeInto(folder.resolve(layout.curationRecord(pd.id()).getFileName().toString()),
                            CorpusModelFormat.writeCurationRecord(record));
                }
                added.add(document);
                imported.add(new InceptionReport.Document(pd.id(), pd.name(), states,
                        pd.gold() == null ? -1 : pd.gold().spans().size() + pd.gold().relations().size(),
                        (pd.gold() == null ? GoldState.NONE : record(pd)).getLiteral()));
            }
            store.corpus().getDocuments().addAll(added);
            added.forEach(store::published);
            try {
                store.stageModel(transaction);
                transaction.summary(documents.size() + " documents of an INCEpTION project imported");
                transaction.commit();
            } catch (IOException | RuntimeException | CorpusException e) {
                store.corpus().getDocuments().removeAll(added);
                throw e;
            }
            store.modelCommitted();
        } catch (IOException e) {
            throw new CorpusException("the import of " + file + " failed and was undone: " + e.getMessage(), e);
        }
        return imported;
    }

    private static GoldState record(ProjectDocument pd) {
        return pd.goldState() == GoldState.NONE ? GoldState.IN_CURATION : pd.goldState();
    }

    private CAS cas(ProjectDocument pd, Article article) throws ImportException {
        CAS cas = article.sourceSegmentation().map(s -> store.casFactory().newCas(pd.text(), s))
                .orElseGet(() -> store.casFactory().newCas(pd.text()));
        try {
            ArticleAnnotations.addTo(cas, article, store.corpus().getSchema());
            return cas;
        } catch (IllegalArgumentException e) {
            throw new ImportException(article.sourceName() + ": " + e.getMessage() + " (nothing was imported)", e);
        }
    }

    private static Document newDocument(ProjectDocument pd, Path file, Date now) {
        Document d = CorpusFactory.eINSTANCE.createDocument();
        d.setId(pd.id());
        d.setTitle(pd.name());
        d.setSourceFileName(file.getFileName() + "!/" + InceptionLayout.SOURCE + "/" + pd.name());
        d.setTextSha256(Hashes.sha256(pd.text().getBytes(StandardCharsets.UTF_8)));
        d.setTextLength(pd.text().length());
        d.setImported(now);
        return d;
    }
}
