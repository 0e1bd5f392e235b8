package org.attest.io.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.attest.io.ArticleReaders;
import org.attest.io.ImportException;
import org.attest.io.JsonLinesArticleReader;
import org.attest.io.TextArticleReader;
import org.attest.io.XmiArticleReader;
import org.attest.io.tokens.Conll2003ArticleReader;
import org.attest.io.tokens.ConlluArticleReader;
import org.attest.io.tokens.HfTokenArticleReader;
import org.attest.model.schema.DefaultSchema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleReadersTest {

    private final ArticleReaders sut = new ArticleReaders(DefaultSchema.create());

    @TempDir
    Path dir;

    private Path touch(String relative) throws IOException {
        Path file = dir.resolve(relative);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, "x");
    }

    @Test
    void theReaderIsChosenByExtension() throws Exception {
        assertThat(sut.forFile(Path.of("a.txt"))).isInstanceOf(TextArticleReader.class);
        assertThat(sut.forFile(Path.of("a.jsonl"))).isInstanceOf(JsonLinesArticleReader.class);
        assertThat(sut.forFile(Path.of("a.ndjson"))).isInstanceOf(JsonLinesArticleReader.class);
        assertThat(sut.forFile(Path.of("A.XMI"))).isInstanceOf(XmiArticleReader.class);
    }

    @Test
    void anUnsupportedExtensionIsRefusedNamingTheFileAndTheSupportedFormats() {
        assertThatThrownBy(() -> sut.forFile(Path.of("report.docx"))).isInstanceOf(ImportException.class)
                .hasMessageContaining("report.docx")
                .hasMessageContaining("not a supported format; use .txt, .jsonl, .xmi, .ann, .conll or .conllu");
    }

    @Test
    void tokenFormatsAreChosenByExtensionOrByTheFormatNamed() throws Exception {
        assertThat(sut.forFile(Path.of("train.conll"))).isInstanceOf(Conll2003ArticleReader.class);
        assertThat(sut.forFile(Path.of("ud.conllu"))).isInstanceOf(ConlluArticleReader.class);
        ArticleReaders named = new ArticleReaders(DefaultSchema.create(), "conll2003");
        assertThat(named.forFile(Path.of("train.txt"))).isInstanceOf(Conll2003ArticleReader.class);
        assertThat(new ArticleReaders(DefaultSchema.create(), "hf-jsonl").forFile(Path.of("train.jsonl")))
                .isInstanceOf(HfTokenArticleReader.class);
    }

    @Test
    void anUnknownFormatNameIsRefusedListingTheFormats() {
        assertThatThrownBy(() -> new ArticleReaders(DefaultSchema.create(), "conll2002"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("\"conll2002\"").hasMessageContaining("conll2003, conllu, hf-jsonl");
    }

    @Test
    void foldersAreWalkedInSortedOrderSkippingSidecarsTypeSystemsAndOtherFiles() throws Exception {
        Path b = touch("b.txt");
        touch("b.meta.json");
        Path x = touch("a/x.xmi");
        touch("a/TypeSystem.xml");
        Path batch = touch("a/batch.jsonl");
        touch("notes.md");
        touch(".git/HEAD.txt");

        List<Path> files = sut.expand(List.of(dir));

        assertThat(files).containsExactly(batch, x, b);
    }

    @Test
    void filesGivenTwiceAreListedOnce() throws Exception {
        Path b = touch("b.txt");

        assertThat(sut.expand(List.of(b, dir))).containsExactly(b);
    }

    @Test
    void aMissingInputIsRefusedNamingIt() {
        Path missing = dir.resolve("absent");

        assertThatThrownBy(() -> sut.expand(List.of(missing))).isInstanceOf(ImportException.class)
                .hasMessageContaining("absent").hasMessageContaining("no such file or folder");
    }

    @Test
    void anUnsupportedFileGivenExplicitlyIsRefused() throws Exception {
        Path pdf = touch("scan.pdf");

        assertThatThrownBy(() -> sut.expand(List.of(pdf))).isInstanceOf(ImportException.class)
                .hasMessageContaining("scan.pdf").hasMessageContaining("not a supported format");
    }
}
