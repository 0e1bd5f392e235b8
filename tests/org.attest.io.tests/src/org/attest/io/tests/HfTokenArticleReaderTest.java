package org.attest.io.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.attest.io.tests.TokenArticles.entities;
import static org.attest.io.tests.TokenArticles.tokens;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.attest.io.Article;
import org.attest.io.ImportException;
import org.attest.io.ImportOptions;
import org.attest.io.tokens.HfTokenArticleReader;
import org.attest.model.schema.DefaultSchema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HfTokenArticleReaderTest {

    private static final String LINES = """
            {"id": "s1", "document_id": "d1", "tokens": ["Zürich", "votes"], "ner_tags": [3, 0]}
            {"id": "s2", "document_id": "d1", "tokens": ["Euro-style", "rules"], "ner_tags": [5, 0]}
            {"id": "s3", "tokens": ["Łódź", "agrees"], "ner_tags": ["B-LOC", "O"]}
            """;

    private final HfTokenArticleReader sut = new HfTokenArticleReader(DefaultSchema.create());

    @TempDir
    Path dir;

    private List<Article> read(String labels, String lines) throws Exception {
        if (labels != null) {
            Files.writeString(dir.resolve("labels.json"), labels);
        }
        return sut.read(Files.writeString(dir.resolve("train.jsonl"), lines), ImportOptions.defaults());
    }

    @Test
    void integerTagsAreNamedByTheLabelListAndLinesOfOneDocumentAreGrouped() throws Exception {
        List<Article> articles = read("[\"O\",\"B-PER\",\"I-PER\",\"B-LOC\",\"I-LOC\",\"B-MISC\",\"I-MISC\"]",
                LINES);

        assertThat(articles).extracting(a -> a.metadata().id()).containsExactly("d1", "s3");
        assertThat(articles.get(0).text()).isEqualTo("Zürich votes\nEuro-style rules");
        assertThat(tokens(articles.get(0))).containsExactly("Zürich", "votes", "Euro-style", "rules");
        assertThat(entities(articles.get(0))).containsExactly("Zürich/LOCATION", "Euro-style/OTHER");
        assertThat(entities(articles.get(1))).containsExactly("Łódź/LOCATION");
    }

    @Test
    void theDatasetsFeaturesFormNamesTheTagsToo() throws Exception {
        String features = "{\"ner_tags\": {\"feature\": {\"names\": [\"O\", \"B-PER\", \"I-PER\"]}}}";

        Article article = read(features, "{\"tokens\": [\"Anna\", \"Berg\"], \"ner_tags\": [1, 2]}\n").get(0);

        assertThat(entities(article)).containsExactly("Anna Berg/PERSON");
        assertThat(article.metadata().id()).isEqualTo("train-1");
    }

    @Test
    void attestIdsGroupTheSentencesOfADocument() throws Exception {
        String lines = """
                {"id": "a7#0", "tokens": ["One"], "ner_tags": ["O"]}
                {"id": "a7#1", "tokens": ["Two"], "ner_tags": ["O"]}
                {"id": "b2#0", "tokens": ["Three"], "ner_tags": ["O"]}
                """;

        List<Article> articles = read(null, lines);

        assertThat(articles).extracting(a -> a.metadata().id()).containsExactly("a7", "b2");
        assertThat(articles).extracting(Article::text).containsExactly("One\nTwo", "Three");
    }

    @Test
    void anIntegerTagOutsideTheLabelListIsRefusedNamingTheLine() {
        assertThatThrownBy(() -> read("[\"O\"]", "{\"tokens\": [\"x\"], \"ner_tags\": [0]}\n"
                + "{\"tokens\": [\"y\"], \"ner_tags\": [4]}\n")).isInstanceOf(ImportException.class)
                .hasMessageContaining("train.jsonl:2: ner_tags[0] is 4").hasMessageContaining("names 1 tags");
    }

    @Test
    void anIntegerTagWithoutALabelListIsRefusedSayingWhereTheListGoes() {
        assertThatThrownBy(() -> read(null, "{\"tokens\": [\"x\"], \"ner_tags\": [0]}\n"))
                .isInstanceOf(ImportException.class).hasMessageContaining("train.jsonl:1")
                .hasMessageContaining("labels.json");
    }

    @Test
    void tokensAndTagsOfDifferentLengthsAreRefused() {
        assertThatThrownBy(() -> read(null, "{\"tokens\": [\"x\", \"y\"], \"ner_tags\": [\"O\"]}\n"))
                .isInstanceOf(ImportException.class).hasMessageContaining("train.jsonl:1: 2 tokens but 1 ner_tags");
    }
}
