package org.attest.search;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.attest.registry.NameFolding;

/**
 * Folds each token as the registry folds names: lower case, no accents, other scripts transliterated to Latin, so
 * "Kovačić", "KOVACIC" and "Ковачич" index and query alike.
 */
final class FoldingFilter extends TokenFilter {

    // the non-ASCII words folded so far, each with its folding, for every stream of the process: names come back from
    // document to document and from one index build to the next, and folding one (script, NFKD, marks, letters) costs
    // far more than a lookup; forgotten all at once when it holds too many, as the registry's transliterations are
    private static final int REMEMBERED = 16_384;

    private static final Map<String, String> FOLDED = new ConcurrentHashMap<>();

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

    FoldingFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        char[] buffer = term.buffer();
        int length = term.length();
        boolean ascii = true;
        for (int i = 0; i < length; i++) {
            char c = buffer[i];
            if (c >= 0x80) {
                ascii = false;
                break;
            }
            if (c >= 'A' && c <= 'Z') {
                buffer[i] = (char) (c + ('a' - 'A'));
            }
        }
        if (!ascii) {
            // the registry's folding, which remembers the words it transliterated: most words are ASCII and skip it
            String word = term.toString();
            String known = FOLDED.get(word);
            if (known == null) {
                if (FOLDED.size() >= REMEMBERED) {
                    FOLDED.clear();
                }
                known = fold(word);
                FOLDED.put(word, known);
            }
            term.setEmpty().append(known);
        }
        return true;
    }

    /**
     * Returns {@code word} folded as the registry folds a name, without spaces; the word itself when nothing is left.
     */
    static String fold(String word) {
        String folded = NameFolding.fold(word).replace(" ", "");
        return folded.isEmpty() ? word : folded;
    }
}
