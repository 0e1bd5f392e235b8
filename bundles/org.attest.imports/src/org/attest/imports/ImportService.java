package org.attest.imports;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

import org.attest.io.Article;
import org.attest.io.ArticleMetadata;
import org.attest.io.ArticleReaders;
import org.attest.io.ImportException;
import org.attest.io.ImportOptions;
import org.attest.model.CorpusFactory;
import org.attest.model.Document;
import org.attest.model.DocumentState;
import org.attest.model.MetadataEntry;
import org.attest.store.CorpusException;
import org.attest.store.CorpusStore;
import org.attest.store.fs.Transaction;

/**
 * Imports articles into a corpus all-or-nothing: each input is read, checked and staged in turn, and nothing reaches
 * the
 * corpus unless every input was good.
 */
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
        // each file's articles are checked and staged as they are read, and one transaction publishes them all: the
        // import holds one file's articles in memory, and after a failure the corpus is as before
        try (Transaction transaction = Transaction.begin(store.layout().dir(), "import")) {
            ImportStaging staging = new ImportStaging(store, request, transaction);
            int n = 0;
            for (Path file : files) {
                for (Article article : readers.forFile(file).read(file, request.options())) {
                    staging.add(article);
                }
                n++;
                if (files.size() > 20 && (n % 100 == 0 || n == files.size())) {
                    progress.accept("read " + n + " of " + files.size() + " files");
                }
            }
            ImportReport report = staging.publish();
            if (staging.staged() > 0) {
                progress.accept("imported " + staging.staged() + " document(s)");
            }
            return report;
        } catch (IOException e) {
            throw new CorpusException("import failed and was undone: " + e.getMessage(), e);
        }
    }

    /** Returns the model of a new document {@code id} of {@code article}, whose text has the SHA-256 {@code sha}. */
    static Document newDocument(String id, Article article, String sha) {
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
}
