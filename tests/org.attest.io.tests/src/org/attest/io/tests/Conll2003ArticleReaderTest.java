package org.attest.io.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.attest.io.tests.TokenArticles.entities;
import static org.attest.io.tests.TokenArticles.sentences;
import static org.attest.io.tests.TokenArticles.tokens;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.attest.io.Article;
import org.attest.io.ImportException;
import org.attest.io.ImportOptions;
import org.attest.io.LabelMap;
import org.attest.io.tokens.Conll2003ArticleReader;
import org.attest.model.schema.DefaultSchema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class Conll2003ArticleReaderTest {

    private static final String TWO_DOCUMENTS = """
            -DOCSTART- -X- -X- O

            EU NNP B-NP B-ORG
            rejects VBZ B-VP O
            Euro-style JJ B-NP B-MISC
            rules NNS I-NP O
            . . O O

            -DOCSTART- -X- -X- O

            Zürich NNP B-NP B-LOC
            and CC O O
            Łódź NNP B-NP B-LOC
            agree VBP B-VP O

            Peter NNP B-NP B-PER
            Blackburn NNP I-NP I-PER
            """;

    private final Conll2003ArticleReader sut = new Conll2003ArticleReader(DefaultSchema.create());

    @TempDir
    Path dir;

    private List<Article> read(String content, ImportOptions options) throws Exception {
        return sut.read(Files.writeString(dir.resolve("news.conll"), content), options);
    }

    @Test
    void eachDocstartBeginsADocumentWhoseTokensAreTheSourceTokens() throws Exception {
        List<Article> articles = read(TWO_DOCUMENTS, ImportOptions.defaults());

        assertThat(articles).hasSize(2);
        assertThat(tokens(articles.get(0))).containsExactly("EU", "rejects", "Euro-style", "rules", ".");
        assertThat(tokens(articles.get(1))).containsExactly("Zürich", "and", "Łódź", "agree", "Peter", "Blackburn");
        assertThat(sentences(articles.get(1))).containsExactly("Zürich and Łódź agree", "Peter Blackburn");
        assertThat(articles.get(1).text()).isEqualTo("Zürich and Łódź agree\nPeter Blackburn");
        assertThat(articles).extracting(a -> a.metadata().id()).containsExactly("news-1", "news-2");
        assertThat(articles.get(1).sourceName()).isEqualTo("news.conll:11");
    }

    @Test
    void theDefaultMapPlacesTheCoNllLabelsOnTheSchemaLabels() throws Exception {
        List<Article> articles = read(TWO_DOCUMENTS, ImportOptions.defaults());

        assertThat(entities(articles.get(0))).containsExactly("EU/ORGANIZATION", "Euro-style/OTHER");
        assertThat(entities(articles.get(1))).containsExactly("Zürich/LOCATION", "Łódź/LOCATION",
                "Peter Blackburn/PERSON");
    }

    @Test
    void iob1TagsStartAnEntityWithIAndSeparateNeighboursWithB() throws Exception {
        String iob1 = "Paris I-LOC\nBerlin B-LOC\nLondon I-LOC\nNew I-LOC\nYork I-LOC\nsaid O\n";

        Article article = read(iob1, ImportOptions.defaults()).get(0);

        assertThat(entities(article)).containsExactly("Paris/LOCATION", "Berlin London New York/LOCATION");
        assertThat(article.metadata().id()).isEqualTo("news");
    }

    @Test
    void bioesTagsEndEntitiesAtTheirLastToken() throws Exception {
        Article article = read("Anna B-PER\nBerg E-PER\nOslo S-LOC\nBergen S-LOC\n", ImportOptions.defaults()).get(0);

        assertThat(entities(article)).containsExactly("Anna Berg/PERSON", "Oslo/LOCATION", "Bergen/LOCATION");
    }

    @Test
    void aGivenLabelMapOverridesTheDefaultMap() throws Exception {
        ImportOptions options = ImportOptions.defaults().withLabelMap(LabelMap.parse("LOC=GPE, MISC=EVENT"));

        List<Article> articles = read(TWO_DOCUMENTS, options);

        assertThat(entities(articles.get(0))).containsExactly("EU/ORGANIZATION", "Euro-style/EVENT");
        assertThat(entities(articles.get(1))).startsWith("Zürich/GPE", "Łódź/GPE");
    }

    @Test
    void anUnknownLabelRefusesTheFileNamingItsLineAndTheLabel() {
        assertThatThrownBy(() -> read("Rome B-LOC\nis O\nold O\n\nThree B-ORDINAL\n", ImportOptions.defaults()))
                .isInstanceOf(ImportException.class)
                .hasMessageContaining("news.conll:5: the entity label \"ORDINAL\" has no place")
                .hasMessageContaining("LOCATION")
                .satisfies(
                        e -> assertThat(((ImportException) e).remedy()).isEqualTo(ImportException.Remedy.MAP_LABELS));
    }

    @Test
    void unknownLabelsLeftOutAreCountedPerDocument() throws Exception {
        String content = "First B-ORDINAL\nand O\nsecond B-ORDINAL\nin O\nRome B-LOC\n";

        Article article = read(content, ImportOptions.defaults().withIgnoreUnknownTypes(true)).get(0);

        assertThat(entities(article)).containsExactly("Rome/LOCATION");
        assertThat(article.unknownTypes()).isEqualTo(Map.of("ORDINAL", 2));
    }

    @Test
    void aLineWithOtherColumnsThanTheFirstIsRefusedNamingBoth() {
        assertThatThrownBy(() -> read("EU NNP B-NP B-ORG\nrejects VBZ O\n", ImportOptions.defaults()))
                .isInstanceOf(ImportException.class)
                .hasMessageContaining("news.conll:2: 3 columns where line 1 has 4");
    }

    @Test
    void aLabelMapTargetTheSchemaLacksIsRefused() {
        ImportOptions options = ImportOptions.defaults().withLabelMap(LabelMap.parse("PER=HUMAN"));

        assertThatThrownBy(() -> read("Anna B-PER\n", options)).isInstanceOf(ImportException.class)
                .hasMessageContaining("news.conll").hasMessageContaining("PER=HUMAN names no label");
    }
}
