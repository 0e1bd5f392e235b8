package org.attest.io.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.attest.io.Article;
import org.attest.io.ArticleReader;
import org.attest.io.ImportException;
import org.attest.io.ImportOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What every article reader promises, whatever its format; each reader's contract test extends this. */
abstract class ArticleReaderContract {

    @TempDir
    Path dir;

    /** Returns the reader under test. */
    abstract ArticleReader sut();

    /** Writes a valid file of the reader's format, holding one article with {@code text}, into {@code dir}. */
    abstract Path validFile(Path dir, String text) throws Exception;

    @Test
    void aValidFileYieldsItsArticleTextUnchanged() throws Exception {
        String text = "Mayor Ana Kova\u010di\u0107 said \u201cwe will rebuild\u201d.";
        Path file = validFile(dir, text);

        List<Article> articles = sut().read(file, ImportOptions.defaults());

        assertThat(articles).hasSize(1);
        assertThat(articles.get(0).text()).isEqualTo(text);
        assertThat(articles.get(0).sourceName()).startsWith(file.getFileName().toString());
        assertThat(articles.get(0).metadata().id()).isNotBlank();
    }

    @Test
    void aMissingFileIsRefusedNamingIt() throws Exception {
        Path file = validFile(dir, "Some text.");
        Files.delete(file);

        assertThatThrownBy(() -> sut().read(file, ImportOptions.defaults())).isInstanceOf(ImportException.class)
                .hasMessageContaining(file.toString()).hasMessageContaining("does not exist");
    }

    @Test
    void aFileOverTheLimitIsRefusedNamingTheLimit() throws Exception {
        Path file = validFile(dir, "Some text that is longer than the limit.");

        assertThatThrownBy(() -> sut().read(file, ImportOptions.defaults().withMaxFileBytes(8)))
                .isInstanceOf(ImportException.class).hasMessageContaining(file.toString())
                .hasMessageContaining("limit of 8 bytes");
    }

    @Test
    void anEmptyFileIsRefusedNamingIt() throws Exception {
        Path file = validFile(dir, "Some text.");
        Files.write(file, new byte[0]);

        assertThatThrownBy(() -> sut().read(file, ImportOptions.defaults())).isInstanceOf(ImportException.class)
                .hasMessageContaining(file.toString());
    }
}
