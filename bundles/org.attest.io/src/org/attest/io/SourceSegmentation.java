package org.attest.io;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.apache.uima.cas.CAS;
import org.apache.uima.cas.Type;
import org.apache.uima.cas.text.AnnotationFS;
import org.attest.cas.AttestTypes;
import org.attest.cas.Segmentation;
import org.attest.cas.Segmentation.Span;

/**
 * The sentences and tokens a CAS view holds, of DKPro Core (which INCEpTION writes too) or of Attest, read into the
 * {@link Segmentation} an import keeps instead of segmenting the text again.
 */
final class SourceSegmentation {

    /** DKPro Core's token type, which INCEpTION uses too. */
    static final String DKPRO_TOKEN = "de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Token";

    /** DKPro Core's sentence type, which INCEpTION uses too. */
    static final String DKPRO_SENTENCE = "de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Sentence";

    // the token and sentence types of each family, the first family holding tokens wins
    private static final List<List<String>> FAMILIES = List.of(List.of(DKPRO_TOKEN, DKPRO_SENTENCE),
            List.of(AttestTypes.TOKEN, AttestTypes.SENTENCE));

    private SourceSegmentation() {
    }

    /**
     * Returns the segmentation of {@code view}, or null when it holds no tokens; refuses empty or overlapping tokens or
     * sentences, naming {@code where} and their offsets.
     */
    static Segmentation of(CAS view, String where) throws ImportException {
        for (List<String> family : FAMILIES) {
            List<Span> tokens = spans(view, family.get(0));
            if (tokens.isEmpty()) {
                continue;
            }
            List<Span> sentences = spans(view, family.get(1));
            if (sentences.isEmpty()) {
                // a source that fixed tokens but no sentences: its tokens make one sentence, never split by guessing
                sentences = List.of(new Span(tokens.get(0).begin(), tokens.get(tokens.size() - 1).end()));
            }
            check(where, family.get(1), sentences, view.getDocumentText());
            check(where, family.get(0), tokens, view.getDocumentText());
            return new Segmentation(sentences, tokens);
        }
        return null;
    }

    private static List<Span> spans(CAS view, String typeName) {
        Type type = view.getTypeSystem().getType(typeName);
        List<Span> spans = new ArrayList<>();
        if (type != null) {
            for (AnnotationFS annotation : view.getAnnotationIndex(type)) {
                spans.add(new Span(annotation.getBegin(), annotation.getEnd()));
            }
        }
        spans.sort(Comparator.comparingInt(Span::begin).thenComparingInt(Span::end));
        return spans;
    }

    private static void check(String where, String typeName, List<Span> spans, String text) throws ImportException {
        Span previous = null;
        for (Span span : spans) {
            String problem = span.end() <= span.begin()
                    ? "is empty"
                    : previous != null && span.begin() < previous.end()
                            ? "overlaps the one at " + previous.begin() + "-" + previous.end() + " ("
                                    + quote(text, previous) + ")"
                            : null;
            if (problem != null) {
                throw new ImportException(where + ": the " + typeName + " at " + span.begin() + "-" + span.end()
                        + " (" + quote(text, span) + ") "
                        + problem + "; Attest keeps a source's tokens and sentences only when they do not overlap "
                        + "and none is empty: fix the tokenization in the tool that wrote the file");
            }
            previous = span;
        }
    }

    // the covered text, shortened so that a long sentence does not flood the message
    private static String quote(String text, Span span) {
        String covered = text.substring(span.begin(), Math.max(span.begin(), span.end()));
        return "\"" + (covered.length() > 40 ? covered.substring(0, 40) + "..." : covered) + "\"";
    }
}
