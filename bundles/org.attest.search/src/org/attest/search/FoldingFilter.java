package org.attest.search;

import java.io.IOException;

import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.attest.registry.NameFolding;

/**
 * Folds each token as the registry folds names: lower case, no accents, other scripts transliterated to Latin, so
 * "Kovačić", "KOVACIC" and "Ковачич" index and query alike.
 */
final class FoldingFilter extends TokenFilter {

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
            String folded = NameFolding.fold(word).replace(" ", "");
            term.setEmpty().append(folded.isEmpty() ? word : folded);
        }
        return true;
    }
}
