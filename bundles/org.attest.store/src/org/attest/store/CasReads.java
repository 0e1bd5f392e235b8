package org.attest.store;

import java.nio.file.Path;

import org.apache.uima.cas.CAS;
import org.attest.model.Document;

/**
 * The reads of a corpus's CASes for callers that walk many of them: from bytes they read themselves, or against a text
 * they already checked, so that each file and text is read and hashed once.
 */
public final class CasReads {

    private final CorpusLayout layout;
    private final CasFiles cases;
    private final TextReader texts;

    CasReads(CorpusLayout layout, CasFiles cases, TextReader texts) {
        this.layout = layout;
        this.cases = cases;
        this.texts = texts;
    }

    /**
     * Loads {@code annotator}'s CAS of {@code document} from {@code bytes}, the content of its file read by the caller,
     * into {@code reuse} (or null) when the file allows, checked against the document's text; returns the CAS read.
     */
    public CAS cas(Document document, String annotator, byte[] bytes, CAS reuse) throws CorpusException {
        return cases.read(layout.cas(document.getId(), annotator), bytes, texts.read(document), reuse);
    }

    /** Loads the gold CAS of {@code document} from {@code bytes} like {@link #cas(Document, String, byte[], CAS)}. */
    public CAS gold(Document document, byte[] bytes, CAS reuse) throws CorpusException {
        return cases.read(layout.gold(document.getId()), bytes, texts.read(document), reuse);
    }

    /**
     * Loads {@code annotator}'s CAS of {@code document} from {@code bytes} like
     * {@link #cas(Document, String, byte[], CAS)}, but for a reader of its annotations alone: without the sentences and
     * tokens the file keeps apart, which makes it cheaper to read and impossible to save.
     */
    public CAS annotations(Document document, String annotator, byte[] bytes, CAS reuse) throws CorpusException {
        return cases.read(layout.cas(document.getId(), annotator), bytes, texts.read(document), reuse, false);
    }

    /**
     * Loads the gold CAS of {@code document} from {@code bytes} like
     * {@link #annotations(Document, String, byte[], CAS)}, its annotations alone.
     */
    public CAS goldAnnotations(Document document, byte[] bytes, CAS reuse) throws CorpusException {
        return cases.read(layout.gold(document.getId()), bytes, texts.read(document), reuse, false);
    }

    /**
     * Loads the annotations alone of {@code annotator}'s CAS of {@code document}, which must exist, checked against
     * {@code text} as {@link #cas(Document, String, String)} does.
     */
    public CAS annotations(Document document, String annotator, String text) throws CorpusException {
        Path file = layout.cas(document.getId(), annotator);
        return cases.read(file, CorpusFiles.read(layout.dir(), file), text, null, false);
    }

    /**
     * Loads the annotations alone of the gold CAS of {@code document}, which must exist, checked against {@code text}.
     */
    public CAS goldAnnotations(Document document, String text) throws CorpusException {
        Path file = layout.gold(document.getId());
        return cases.read(file, CorpusFiles.read(layout.dir(), file), text, null, false);
    }

    /**
     * Loads {@code annotator}'s CAS of {@code document}, or a fresh segmented CAS when there is none, checked against
     * {@code text}: the document's text as {@link CorpusStore#readText(Document)} returned it for this load, so that
     * a reader of several CASes of one document checks the text's SHA-256 once.
     */
    public CAS cas(Document document, String annotator, String text) throws CorpusException {
        return cases.read(layout.cas(document.getId(), annotator), document, text, null);
    }

    /** Loads the gold CAS of {@code document} like {@link #cas(Document, String, String)} does a CAS. */
    public CAS gold(Document document, String text) throws CorpusException {
        return cases.read(layout.gold(document.getId()), document, text, null);
    }

    /**
     * Returns a new CAS of {@code text}, the checked text of {@code document}, with the sentences and tokens its source
     * fixed when the corpus kept them (see {@link CorpusStore#segmentation(Document)}), else segmented.
     */
    public CAS fresh(Document document, String text) throws CorpusException {
        return cases.fresh(document, text);
    }
}
