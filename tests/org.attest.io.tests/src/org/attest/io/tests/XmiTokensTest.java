package org.attest.io.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;

import org.attest.cas.Segmentation;
import org.attest.io.Article;
import org.attest.io.ImportException;
import org.attest.io.ImportOptions;
import org.attest.io.XmiArticleReader;
import org.attest.model.schema.DefaultSchema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class XmiTokensTest {

    // 0123456789012345678901234567890123456789
    static final String TEXT = "Euro-style rules reach São Paulo. Done.";

    private final XmiArticleReader sut = new XmiArticleReader(DefaultSchema.create());

    @TempDir
    Path dir;

    private XmiFixture tokenized(String tokenType, String sentenceType) throws Exception {
        XmiFixture fixture = new XmiFixture(TEXT);
        for (int[] token : new int[][]{{0, 10}, {11, 16}, {17, 22}, {23, 32}, {32, 33}, {34, 38}, {38, 39}}) {
            fixture.add(tokenType, token[0], token[1]);
        }
        fixture.add(sentenceType, 0, 33);
        fixture.add(sentenceType, 34, 39);
        return fixture;
    }

    private static List<String> tokens(Article article) {
        Segmentation segmentation = article.sourceSegmentation().orElseThrow();
        return segmentation.tokens().stream().map(t -> article.text().substring(t.begin(), t.end())).toList();
    }

    @Test
    void dkproTokensAndSentencesBecomeTheArticlesSegmentationWhileLemmasStayUnknown() throws Exception {
        XmiFixture fixture = tokenized(XmiFixture.TOKEN, XmiFixture.SENTENCE);
        fixture.add(XmiFixture.LEMMA, 0, 10, "value", "euro-style");
        ImportOptions options = ImportOptions.defaults().withIgnoreUnknownTypes(true);

        Article article = sut.read(fixture.write(dir, "dkpro.xmi"), options).get(0);

        assertThat(tokens(article)).containsExactly("Euro-style", "rules", "reach", "São Paulo", ".", "Done", ".");
        assertThat(article.segmentation().sentences()).extracting(s -> TEXT.substring(s.begin(), s.end()))
                .containsExactly("Euro-style rules reach São Paulo.", "Done.");
        assertThat(article.unknownTypes()).containsOnlyKeys(XmiFixture.LEMMA);
    }

    @Test
    void attestTokensAndSentencesAreReadToo() throws Exception {
        XmiFixture fixture = tokenized(XmiFixture.ATTEST + "Token", XmiFixture.ATTEST + "Sentence");

        Article article = sut.read(fixture.write(dir, "attest.xmi"), ImportOptions.defaults()).get(0);

        assertThat(tokens(article)).startsWith("Euro-style", "rules").contains("São Paulo");
        assertThat(article.unknownTypes()).isEmpty();
    }

    @Test
    void anXmiWithoutTokensFixesNoSegmentation() throws Exception {
        XmiFixture fixture = new XmiFixture(TEXT);
        fixture.add(XmiFixture.SENTENCE, 0, 33);

        Article article = sut.read(fixture.write(dir, "plain.xmi"), ImportOptions.defaults()).get(0);

        assertThat(article.sourceSegmentation()).isEmpty();
    }

    @Test
    void overlappingTokensAreRefusedNamingTheFileAndTheirOffsets() throws Exception {
        XmiFixture fixture = tokenized(XmiFixture.TOKEN, XmiFixture.SENTENCE);
        fixture.add(XmiFixture.TOKEN, 5, 16);
        Path xmi = fixture.write(dir, "overlap.xmi");

        assertThatThrownBy(() -> sut.read(xmi, ImportOptions.defaults())).isInstanceOf(ImportException.class)
                .hasMessageContaining(xmi.toString()).hasMessageContaining("5-16")
                .hasMessageContaining("overlaps the one at 0-10");
    }

    @Test
    void anEmptyTokenIsRefusedNamingTheFileAndItsOffsets() throws Exception {
        XmiFixture fixture = tokenized(XmiFixture.TOKEN, XmiFixture.SENTENCE);
        fixture.add(XmiFixture.TOKEN, 33, 33);
        Path xmi = fixture.write(dir, "empty.xmi");

        assertThatThrownBy(() -> sut.read(xmi, ImportOptions.defaults())).isInstanceOf(ImportException.class)
                .hasMessageContaining(xmi.toString()).hasMessageContaining("33-33").hasMessageContaining("is empty");
    }
}
