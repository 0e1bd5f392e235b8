package org.attest.suggest;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.attest.model.Document;
import org.attest.store.CorpusException;
import org.attest.store.CorpusFiles;
import org.attest.store.CorpusNames;
import org.attest.store.CorpusStore;
import org.attest.store.fs.AtomicFiles;
import org.attest.store.fs.PathGuard;
import org.attest.suggest.api.Suggestion;

/**
 * The suggestion files of a corpus: {@code suggestions/<annotator>/<document>.json} for an annotator to review and
 * {@code suggestions/<annotator>/rejected/<document>.json} for what they rejected; read through the path guard and
 * written atomically.
 */
public final class SuggestionFiles {

    /** The folder of the corpus that holds the suggestion files. */
    public static final String FOLDER = "suggestions";

    private final CorpusStore store;

    /** Creates the suggestion files of {@code store}'s corpus. */
    public SuggestionFiles(CorpusStore store) {
        this.store = store;
    }

    /** Returns the file of the suggestions for {@code annotator} to review in {@code document}. */
    public Path pending(String annotator, Document document) {
        return folder(annotator).resolve(fileName(document));
    }

    /** Returns the file of the suggestions {@code annotator} rejected in {@code document}. */
    public Path rejected(String annotator, Document document) {
        return folder(annotator).resolve("rejected").resolve(fileName(document));
    }

    /**
     * Returns the suggestions {@code file} holds, or none when it does not exist.
     *
     * @throws CorpusException naming the file when it is a link, leaves the corpus or is not a suggestion list
     */
    public List<Suggestion> read(Path file) throws CorpusException {
        Path root = store.layout().dir();
        try {
            if (!PathGuard.isFile(root, file)) {
                return List.of();
            }
        } catch (IOException e) {
            throw new CorpusException("cannot read " + file + ": " + e.getMessage(), e);
        }
        return SuggestionJson.read(CorpusFiles.read(root, file), file);
    }

    /**
     * Replaces {@code file} with {@code suggestions} of {@code document} for {@code annotator}, atomically and durably.
     *
     * @throws CorpusException naming the file when the corpus is open read-only or the file cannot be written
     */
    public void write(Path file, String annotator, Document document, List<Suggestion> suggestions)
            throws CorpusException {
        if (!store.writable()) {
            throw new CorpusException("cannot write " + file + ": the corpus is open for reading only");
        }
        try {
            PathGuard.confined(store.layout().dir(), file);
            AtomicFiles.createDirectories(file.getParent());
            AtomicFiles.write(file, SuggestionJson.write(document.getId(), annotator, suggestions));
        } catch (IOException e) {
            throw new CorpusException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    private Path folder(String annotator) {
        return store.layout().dir().resolve(FOLDER).resolve(CorpusNames.check("annotator name", annotator));
    }

    private static String fileName(Document document) {
        return CorpusNames.check("document id", document.getId()) + ".json";
    }
}
