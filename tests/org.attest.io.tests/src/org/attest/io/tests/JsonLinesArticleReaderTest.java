package org.attest.io.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.attest.io.Article;
import org.attest.io.ImportException;
import org.attest.io.ImportOptions;
import org.attest.io.JsonLinesArticleReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonLinesArticleReaderTest {

    private final JsonLinesArticleReader sut = new JsonLinesArticleReader();

    @TempDir
    Path dir;

    private Path write(String content) throws IOException {
        return Files.writeString(dir.resolve("batch.jsonl"), content, StandardCharsets.UTF_8);
    }

    @Test
    void everyLineBecomesAnArticleWithItsMetadataAndBlankLinesAreSkipped() throws Exception {
        List<Article> articles = sut.read(TestFiles.data("articles.jsonl"), ImportOptions.defaults());

        assertThat(articles).extracting(Article::sourceName).containsExactly("articles.jsonl:1", "articles.jsonl:3");
        Article first = articles.get(0);
        assertThat(first.text()).isEqualTo("Up to 40 people are missing, Mayor Ana Kova\u010di\u0107 said.");
        assertThat(first.metadata().id()).isEqualTo("vesna-1");
        assertThat(first.metadata().outlet()).isEqualTo("Vesna Herald");
        assertThat(first.metadata().date()).isEqualTo("2026-03-14");
        assertThat(first.metadata().extra()).containsEntry("section", "local");
        Article second = articles.get(1);
        assertThat(second.text()).isEqualTo("The Lieva has begun to recede.\nRepairs will take months.");
        assertThat(second.metadata().originalLanguage()).isEqualTo("hr");
        assertThat(second.metadata().outlet()).isNull();
    }

    @Test
    void anArticleWithoutIdGetsTheFileNameAndLine() throws Exception {
        Path file = write("{\"text\": \"Water levels fell.\"}\n");

        assertThat(sut.read(file, ImportOptions.defaults()).get(0).metadata().id()).isEqualTo("batch-1");
    }

    @Test
    void aMalformedLineIsRefusedNamingFileAndLine() throws Exception {
        Path file = write("{\"id\": \"a\", \"text\": \"One.\"}\n{\"id\": \"b\", \"text\": \"Two.\"\n");

        assertThatThrownBy(() -> sut.read(file, ImportOptions.defaults())).isInstanceOf(ImportException.class)
                .hasMessageContaining("batch.jsonl:2").hasMessageContaining("malformed JSON");
    }

    @Test
    void aLineThatIsNotAnObjectIsRefused() throws Exception {
        Path file = write("[\"text\", \"One.\"]\n");

        assertThatThrownBy(() -> sut.read(file, ImportOptions.defaults())).isInstanceOf(ImportException.class)
                .hasMessageContaining("batch.jsonl:1").hasMessageContaining("array");
    }

    @Test
    void anArticleWithoutTextIsRefusedNamingTheLine() throws Exception {
        Path file = write("{\"id\": \"a\", \"text\": \"One.\"}\n\n{\"id\": \"b\", \"title\": \"No body\"}\n");

        assertThatThrownBy(() -> sut.read(file, ImportOptions.defaults())).isInstanceOf(ImportException.class)
                .hasMessageContaining("batch.jsonl:3").hasMessageContaining("no \"text\"");
    }

    @Test
    void anEmptyTextIsRefused() throws Exception {
        Path file = write("{\"id\": \"a\", \"text\": \"  \"}\n");

        assertThatThrownBy(() -> sut.read(file, ImportOptions.defaults())).isInstanceOf(ImportException.class)
                .hasMessageContaining("batch.jsonl:1").hasMessageContaining("only whitespace");
    }

    @Test
    void aTextThatIsNotAStringIsRefused() throws Exception {
        Path file = write("{\"id\": \"a\", \"text\": 42}\n");

        assertThatThrownBy(() -> sut.read(file, ImportOptions.defaults())).isInstanceOf(ImportException.class)
                .hasMessageContaining("batch.jsonl:1").hasMessageContaining("\"text\" must be a string");
    }

    @Test
    void duplicateIdsAreRefusedNamingBothLines() throws Exception {
        Path file = write(
                "{\"id\": \"a\", \"text\": \"One.\"}\n{\"id\": \"b\", \"text\": \"Two.\"}\n{\"id\": \"a\", \"text\": \"Three.\"}\n");

        assertThatThrownBy(() -> sut.read(file, ImportOptions.defaults())).isInstanceOf(ImportException.class)
                .hasMessageContaining("batch.jsonl:3").hasMessageContaining("duplicate id \"a\"")
                .hasMessageContaining("line 1");
    }

    @Test
    void aDuplicateKeyInOneObjectIsRefused() throws Exception {
        Path file = write("{\"id\": \"a\", \"text\": \"One.\", \"text\": \"Two.\"}\n");

        assertThatThrownBy(() -> sut.read(file, ImportOptions.defaults())).isInstanceOf(ImportException.class)
                .hasMessageContaining("batch.jsonl:1").hasMessageContaining("text");
    }

    @Test
    void aFileOfBlankLinesIsRefused() throws Exception {
        Path file = write("\n\n \n");

        assertThatThrownBy(() -> sut.read(file, ImportOptions.defaults())).isInstanceOf(ImportException.class)
                .hasMessageContaining("batch.jsonl");
    }
}
