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
        try (ClaimsCorpus corpus = ClaimsCorpus.create(tmp.resolve("corpus"))) {
            corpus.document("town", "2024-05-05", paragraph, "kari");
            try (CorpusSearch sut = CorpusSearch.open(corpus.store())) {

                SearchResults results = sut.search("\"mr smith\"", 1);

                assertThat(results.total()).isEqualTo(300);
                assertThat(results.exact()).isTrue();
                assertThat(sut.search("\"at once\"", 1).total()).isEqualTo(300);
            }
        }
    }

    @Test
    void aParagraphWithoutASentenceEndIsCutAtASpaceAndKeepsEveryWord() throws Exception {
        String paragraph = "rain ".repeat(1_000);
        try (ClaimsCorpus corpus = ClaimsCorpus.create(tmp.resolve("corpus"))) {
            corpus.document("rain", "2024-05-05", paragraph, "kari");
            try (CorpusSearch sut = CorpusSearch.open(corpus.store())) {
                assertThat(sut.search("rain", 1).total()).isEqualTo(1_000);
            }
        }
    }
}
