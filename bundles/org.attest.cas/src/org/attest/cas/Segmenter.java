package org.attest.cas;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.IllformedLocaleException;
import com.ibm.icu.util.ULocale;
import org.apache.uima.cas.CAS;
import org.apache.uima.cas.Type;

/** Splits a CAS's text into sentence and token annotations with ICU's locale-aware break rules. */
public final class Segmenter {

    private static final String ENGLISH = "en";

    private final String tag;
    private final String language;
    // built at the first text: ICU's locale data and break rules take a while to load, and a command that only reads
    // CASes (attest info) never segments one
    private volatile Rules rules;

    /** Creates an English segmenter, which keeps common abbreviations such as "Mr." inside a sentence. */
    public Segmenter() {
        this(null);
    }

    /** Creates a segmenter for the BCP 47 {@code languageCode}, or English when it is null or blank. */
    public Segmenter(String languageCode) {
        this.tag = languageCode == null || languageCode.isBlank() ? ENGLISH : languageCode.strip();
        if (tag.equals(ENGLISH)) {
            this.language = ENGLISH;
        } else {
            // a code given is checked now, so that a bad one is refused where it is named
            Rules given = new Rules(locale(tag));
            this.rules = given;
            this.language = given.locale().getLanguage();
        }
    }

    // Prototypes only: segment() clones them because a BreakIterator keeps its position and is not thread-safe.
    private record Rules(ULocale locale, BreakIterator sentences, BreakIterator words) {

        Rules(ULocale locale) {
            this(locale, BreakIterator.getSentenceInstance(locale), BreakIterator.getWordInstance(locale));
        }
    }

    private Rules rules() {
        Rules built = rules;
        if (built == null) {
            synchronized (this) {
                built = rules;
                if (built == null) {
                    built = new Rules(locale(tag));
                    rules = built;
                }
            }
        }
        return built;
    }

    private static ULocale locale(String tag) {
        try {
            // "ss=standard" suppresses sentence breaks after the locale's known abbreviations.
            return new ULocale.Builder().setLanguageTag(tag).setUnicodeLocaleKeyword("ss", "standard").build();
        } catch (IllformedLocaleException e) {
            // ICU's own exception, not java.util's: the builder is ICU's
            throw new IllegalArgumentException(
                    "'" + tag + "' is not a BCP 47 language code; use e.g. 'en' or 'nb'", e);
        }
    }

    /** Returns the language code this segmenter uses, such as "en". */
    public String language() {
        return language;
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
        Rules prototypes = rules();
        BreakIterator sentenceBreaks = (BreakIterator) prototypes.sentences().clone();
        sentenceBreaks.setText(text);
        for (int start = sentenceBreaks.first(),
                end = sentenceBreaks.next(); end != BreakIterator.DONE; start = end, end = sentenceBreaks.next()) {
            int begin = skipSpace(text, start, end);
            int stop = trimSpace(text, begin, end);
            if (begin < stop) {
                cas.addFsToIndexes(cas.createAnnotation(sentenceType, begin, stop));
            }
        }
        BreakIterator wordBreaks = (BreakIterator) prototypes.words().clone();
        wordBreaks.setText(text);
        for (int start = wordBreaks.first(),
                end = wordBreaks.next(); end != BreakIterator.DONE; start = end, end = wordBreaks.next()) {
            // ICU returns runs of whitespace as segments of their own; those are not tokens.
            if (skipSpace(text, start, end) < end) {
                cas.addFsToIndexes(cas.createAnnotation(tokenType, start, end));
            }
        }
    }

    /**
     * Returns where the last sentence of {@code text} that ends after {@code from} and at most at {@code to} ends, at
     * the white space that follows it (the offset of that space), or -1 when no sentence ends there: an abbreviation
     * such as "Mr." ends none.
     */
    public int lastSentenceEnd(String text, int from, int to) {
        BreakIterator sentenceBreaks = (BreakIterator) rules().sentences().clone();
        sentenceBreaks.setText(text);
        int at = sentenceBreaks.preceding(Math.min(text.length(), to + 1));
        while (at != BreakIterator.DONE && at > from) {
            // a break is where the next sentence starts: this one ends where the space before it begins
            int end = trimSpace(text, from, at);
            if (end > from && end < at) {
                return end;
            }
            at = sentenceBreaks.previous();
        }
        return -1;
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
