package org.attest.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;

/** The folding of index and query words: the same whether a word is met once or again after thousands of others. */
class FoldingFilterTest {

    private final Analyzer sut = new FoldingAnalyzer();

    @Test
    void accentedLatinCyrillicAndUpperCaseWordsFoldAsTheRegistryFoldsNames() throws IOException {
        assertThat(words("Mayor Ana Kovačić, KOVACIC and Ковачич met Željko Ærø"))
                .containsExactly("mayor", "ana", "kovacic", "kovacic", "and", "kovacic", "met", "zeljko", "aero");
    }

    @Test
    void wordsMetAgainAfterMoreDistinctOnesThanTheFilterRemembersFoldTheSameAsTheFirstTime() throws IOException {
        List<String> text = new ArrayList<>();
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            // distinct non-ASCII words, each met a second time much later
            String word = "Kovačić" + Integer.toString(i, 36).replace('a', 'á').replace('e', 'ë');
            text.add(word);
            expected.add(FoldingFilter.fold(word));
        }
        List<String> twice = new ArrayList<>(text);
        twice.addAll(text);
        List<String> expectedTwice = new ArrayList<>(expected);
        expectedTwice.addAll(expected);

        assertThat(words(String.join(" ", twice))).isEqualTo(expectedTwice);
        assertThat(expected).allMatch(w -> w.startsWith("kovacic") && w.chars().allMatch(c -> c < 0x80));
    }

    private List<String> words(String text) throws IOException {
        List<String> words = new ArrayList<>();
        try (TokenStream stream = sut.tokenStream("text", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                words.add(term.toString());
            }
            stream.end();
        }
        return words;
    }
}
