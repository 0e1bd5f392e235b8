package org.attest.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.attest.testing.ClaimsCorpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A paragraph longer than a passage is cut between sentences, as the document's language ends them. */
class LongParagraphTest {

    @TempDir
    Path tmp;

    @Test
    void aPhraseAfterAnAbbreviationIsFoundInEveryPassageOfALongParagraph() throws Exception {
        // one paragraph of 300 sentences, about 14 passages: cut after the "Mr." that ends no sentence, 7 of the 300
        // "Mr. Smith" were split between two passages and never found
        String paragraph = "The mayor spoke and Mr. Smith agreed at once. ".repeat(300);

        assertThat(totals(paragraph, "\"mr smith\"", "\"at once\"")).containsExactly(300L, 300L);
    }

    @Test
    void aParagraphWithoutASentenceEndIsCutAtASpaceAndKeepsEveryWord() throws Exception {
        assertThat(totals("rain ".repeat(1_000), "rain")).containsExactly(1_000L);
    }

    // the exact totals of the queries in a corpus of one document of the text
    private long[] totals(String text, String... queries) throws Exception {
        try (ClaimsCorpus corpus = ClaimsCorpus.create(tmp.resolve("corpus"))) {
            corpus.document("town", "2024-05-05", text, "kari");
            try (CorpusSearch sut = CorpusSearch.open(corpus.store())) {
                long[] totals = new long[queries.length];
                for (int i = 0; i < queries.length; i++) {
                    SearchResults results = sut.search(queries[i], 1);
                    assertThat(results.exact()).isTrue();
                    totals[i] = results.total();
                }
                return totals;
            }
        }
    }
}
