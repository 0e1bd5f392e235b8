package org.attest.store;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

import org.apache.uima.cas.CAS;
import org.attest.cas.CasFactory;
import org.attest.cas.CasFormat;
import org.attest.cas.CasFormatException;
import org.attest.cas.Segmentation;
import org.attest.model.Document;
import org.attest.store.fs.AtomicFiles;
import org.attest.store.fs.PathGuard;

/**
 * The CAS files of a corpus, an annotator's or the gold: read through the path guard and checked against their text,
 * written atomically.
 */
final class CasFiles {

    private final Path root;
    private final CasFactory casFactory;
    private final CasFormat casFormat;

    CasFiles(Path root, CasFactory casFactory, CasFormat casFormat) {
        this.root = root;
        this.casFactory = casFactory;
        this.casFormat = casFormat;
    }

    /**
     * Loads {@code file} holding {@code text}, the text of {@code document}, into {@code reuse} when the file allows,
     * or
     * a fresh CAS of the text when there is no file.
     */
    CAS read(Path file, Document document, String text, CAS reuse) throws CorpusException {
        return isFile(file) ? read(file, CorpusFiles.read(root, file), text, reuse) : fresh(document, text);
    }

    /**
     * Returns a new CAS of {@code text}, the checked text of {@code document}, with the sentences and tokens its source
     * fixed when the corpus kept them, else segmented.
     */
    CAS fresh(Document document, String text) throws CorpusException {
        Optional<Segmentation> kept = segmentation(document, text.length());
        return kept.isPresent() ? casFactory.newCas(text, kept.get()) : casFactory.newCas(text);
    }

    /** Returns whether {@code document} has a file of kept tokens (the text need not be read to know it has none). */
    boolean hasTokens(Document document) throws CorpusException {
        return isFile(new CorpusLayout(root).tokens(document.getId()));
    }

    /**
     * Returns the sentences and tokens {@code document}'s source fixed, checked against its text of {@code textLength}
     * characters, if it has them.
     */

    Optional<Segmentation> segmentation(Document document, int textLength) throws CorpusException {
        Path file = new CorpusLayout(root).tokens(document.getId());
        if (!isFile(file)) {
            return Optional.empty();
        }
        return Optional.of(TokenFile.decode(file, CorpusFiles.read(root, file), document.getTextSha256(),
                textLength));
    }

    /** Loads the CAS in {@code bytes}, the content of {@code file}, refusing one whose text is not {@code text}. */
    CAS read(Path file, byte[] bytes, String text, CAS reuse) throws CorpusException {
        return read(file, bytes, text, reuse, true);
    }

    /**
     * Loads the CAS in {@code bytes} like {@link #read(Path, byte[], String, CAS)}, with its sentences and tokens when
     * {@code segmentation}, else without them when the file keeps them apart ({@link CasFormat#readAnnotations}).
     */
    CAS read(Path file, byte[] bytes, String text, CAS reuse, boolean segmentation) throws CorpusException {
        try {
            CAS cas = segmentation
                    ? casFormat.read(bytes, file.toString(), reuse)
                    : casFormat.readAnnotations(bytes, file.toString(), reuse);
            if (!text.equals(cas.getDocumentText())) {
                throw new CorpusException(
                        file + " holds a different text than " + file.getParent().getParent().resolve("text.txt")
                                + "; the file does not belong to this document");
            }
            return cas;
        } catch (CasFormatException e) {
            throw new CorpusException(e.getMessage(), e);
        }
    }

    /** Writes {@code cas} into {@code file} atomically and durably. */
    void write(Path file, CAS cas) throws CorpusException {
        try {
            PathGuard.confined(root, file);
            AtomicFiles.createDirectories(file.getParent());
            AtomicFiles.write(file, casFormat.write(cas));
        } catch (IOException e) {
            throw new CorpusException(
                    "cannot save " + file + ": " + e.getMessage() + "; the previous version is unchanged", e);
        }
    }

    // Whether the file is there to read, refusing a link on the way or at it.
    private boolean isFile(Path file) throws CorpusException {
        try {
            return PathGuard.isFile(root, file);
        } catch (IOException e) {
            throw new CorpusException(e.getMessage(), e);
        }
    }
}
