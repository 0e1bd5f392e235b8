package org.attest.cas;

import java.util.IllformedLocaleException;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import org.apache.uima.cas.CAS;
import org.apache.uima.cas.Type;

/** Splits a CAS's text into sentence and token annotations with ICU's locale-aware break rules. */
public final class Segmenter {

    private final ULocale locale;
    private final BreakIterator sentences;
    private final BreakIterator words;

    /** Creates an English segmenter, which keeps common abbreviations such as "Mr." inside a sentence. */
    public Segmenter() {
        this(null);
    }

    /** Creates a segmenter for the BCP 47 {@code languageCode}, or English when it is null or blank. */
    public Segmenter(String languageCode) {
        this.locale = locale(languageCode);
        // Prototypes only: segment() clones them because a BreakIterator keeps its position and is not thread-safe.
        this.sentences = BreakIterator.getSentenceInstance(locale);
        this.words = BreakIterator.getWordInstance(locale);
    }

    private static ULocale locale(String languageCode) {
        String tag = languageCode == null || languageCode.isBlank() ? "en" : languageCode.strip();
        try {
            // "ss=standard" suppresses sentence breaks after the locale's known abbreviations.
            return new ULocale.Builder().setLanguageTag(tag).setUnicodeLocaleKeyword("ss", "standard").build();
        } catch (IllformedLocaleException e) {
            throw new IllegalArgumentException(
                    "'" + languageCode + "' is not a BCP 47 language code; use e.g. 'en' or 'nb'", e);
        }
    }

    /** Returns the language code this segmenter uses, such as "en". */
    public String language() {
        return locale.getLanguage();
    }

    /**
     * Adds a Sentence annotation per sentence and a Token annotation per word, number or punctuation mark of the CAS's
     * text.
     */
    public void segment(CAS cas) {
        String text = cas.getDocumentText();
        if (text == null) {
            throw new IllegalArgumentException("The CAS has no text to segment; set its document text first");
        }
        Type sentenceType = type(cas, AttestTypes.SENTENCE);
        Type tokenType = type(cas, AttestTypes.TOKEN);
        BreakIterator sentenceBreaks = (BreakIterator) sentences.clone();
        sentenceBreaks.setText(text);
        for (int start = sentenceBreaks.first(),
                end = sentenceBreaks.next(); end != BreakIterator.DONE; start = end, end = sentenceBreaks.next()) {
            int begin = skipSpace(text, start, end);
            int stop = trimSpace(text, begin, end);
            if (begin < stop) {
                cas.addFsToIndexes(cas.createAnnotation(sentenceType, begin, stop));
            }
        }
        BreakIterator wordBreaks = (BreakIterator) words.clone();
        wordBreaks.setText(text);
        for (int start = wordBreaks.first(),
                end = wordBreaks.next(); end != BreakIterator.DONE; start = end, end = wordBreaks.next()) {
            // ICU returns runs of whitespace as segments of their own; those are not tokens.
            if (skipSpace(text, start, end) < end) {
                cas.addFsToIndexes(cas.createAnnotation(tokenType, start, end));
            }
        }
    }

    private static Type type(CAS cas, String name) {
        Type type = cas.getTypeSystem().getType(name);
        if (type == null) {
            throw new IllegalArgumentException("The CAS's type system has no type " + name
                    + "; create the CAS with CasFactory");
        }
        return type;
    }

    private static int skipSpace(String text, int from, int to) {
        int i = from;
        while (i < to) {
            int cp = text.codePointAt(i);
            if (!UCharacter.isUWhiteSpace(cp)) {
                break;
            }
            i += Character.charCount(cp);
        }
        return i;
    }

    private static int trimSpace(String text, int from, int to) {
        int i = to;
        while (i > from) {
            int cp = text.codePointBefore(i);
            if (!UCharacter.isUWhiteSpace(cp)) {
                break;
            }
            i -= Character.charCount(cp);
        }
        return i;
    }
}
