package org.attest.io.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.attest.io.Article;
import org.attest.io.ImportException;
import org.attest.io.ImportLimitException;
import org.attest.io.ImportOptions;
import org.attest.io.TextArticleReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TextArticleReaderTest {

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private final TextArticleReader sut = new TextArticleReader();

    @TempDir
    Path dir;

    private Article read(Path file) throws ImportException {
        return sut.read(file, ImportOptions.defaults()).get(0);
    }

    private Path write(String name, byte[] bytes) throws IOException {
        return Files.write(dir.resolve(name), bytes);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] all = new byte[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    @Test
    void theSampleWithALeadingDateKeepsItsTextByteIdenticalAndYieldsTheDate() throws Exception {
        Path file = TestFiles.sharedSample("karabakh-ceasefire-b.txt");

        Article article = read(file);

        assertThat(article.text().getBytes(StandardCharsets.UTF_8)).isEqualTo(Files.readAllBytes(file));
        assertThat(article.text()).startsWith(" date 2023-09-21 ");
        assertThat(article.metadata().date()).isEqualTo("2023-09-21");
        assertThat(article.metadata().title())
                .isEqualTo("The separatists announced they would start negotiations with Azerbaijan on Thursday.");
        assertThat(article.metadata().id()).isEqualTo("karabakh-ceasefire-b");
        assertThat(article.sourceName()).isEqualTo("karabakh-ceasefire-b.txt");
        assertThat(article.metadata().extra()).doesNotContainKey("agency-id");
    }

    @Test
    void theSampleWithATrailingAgencyLineKeepsItsTextByteIdenticalAndYieldsTheAgencyId() throws Exception {
        Path file = TestFiles.sharedSample("karabakh-ceasefire-a.txt");

        Article article = read(file);

        assertThat(article.text().getBytes(StandardCharsets.UTF_8)).isEqualTo(Files.readAllBytes(file));
        assertThat(article.text()).endsWith("\nttn-69");
        assertThat(article.metadata().extra()).containsEntry("agency-id", "ttn-69");
        assertThat(article.metadata().date()).isNull();
        assertThat(article.metadata().title()).startsWith("The Armenian separatists").endsWith(".")
                .hasSizeLessThanOrEqualTo(200);
        assertThat(article.spans()).isEmpty();
        assertThat(article.relations()).isEmpty();
    }

    @Test
    void aUtf8ByteOrderMarkIsRemovedAndNothingElse() throws Exception {
        byte[] body = " Crowds gathered in Stepanakert.\n".getBytes(StandardCharsets.UTF_8);

        Article withBom = read(write("bom.txt", concat(BOM, body)));
        Article withoutBom = read(write("plain.txt", body));

        assertThat(withBom.text()).isEqualTo(" Crowds gathered in Stepanakert.\n");
        assertThat(withoutBom.text()).isEqualTo(withBom.text());
    }

    @Test
    void windowsLineEndingsAreKept() throws Exception {
        Article article = read(write("crlf.txt", "Title line\r\n\r\nBody text.\r\n".getBytes(StandardCharsets.UTF_8)));

        assertThat(article.text()).isEqualTo("Title line\r\n\r\nBody text.\r\n");
        assertThat(article.metadata().title()).isEqualTo("Title line");
    }

    @Test
    void headerLinesGiveMetadataWithoutChangingTheText() throws Exception {
        String text = "Date: 2026-03-14\nOutlet: Vesna Herald\n\nFlood in Port Vesna\n\nUp to 40 people are missing.\npv-0314\n";

        Article article = read(write("My Flood (1).TXT", text.getBytes(StandardCharsets.UTF_8)));

        assertThat(article.text()).isEqualTo(text);
        assertThat(article.metadata().date()).isEqualTo("2026-03-14");
        assertThat(article.metadata().outlet()).isEqualTo("Vesna Herald");
        assertThat(article.metadata().title()).isEqualTo("Flood in Port Vesna");
        assertThat(article.metadata().extra()).containsEntry("agency-id", "pv-0314");
        assertThat(article.metadata().id()).isEqualTo("my-flood--1-");
    }

    @Test
    void aSidecarGivesMetadataAndKeepsUnmappedKeysAsExtra() throws Exception {
        Article article = read(TestFiles.data("sidecar/schools.txt"));

        assertThat(article.metadata().id()).isEqualTo("schools-reopen");
        assertThat(article.metadata().title()).isEqualTo("Schools reopen after the Lieva flood");
        assertThat(article.metadata().outlet()).isEqualTo("Vesna Herald");
        assertThat(article.metadata().language()).isEqualTo("en");
        assertThat(article.metadata().date()).isEqualTo("2026-03-20");
        assertThat(article.metadata().extra()).containsEntry("desk", "city").containsEntry("agency-id", "vh-112")
                .doesNotContainKey("date-in-text");
    }

    @Test
    void aDateInTheTextThatDiffersFromTheSidecarIsKeptAsExtra() throws Exception {
        write("a.txt", "date 2026-03-14\nHeadline\n".getBytes(StandardCharsets.UTF_8));
        write("a.meta.json", "{\"date\": \"2026-03-15\"}".getBytes(StandardCharsets.UTF_8));

        Article article = read(dir.resolve("a.txt"));

        assertThat(article.metadata().date()).isEqualTo("2026-03-15");
        assertThat(article.metadata().extra()).containsEntry("date-in-text", "2026-03-14");
    }

    @Test
    void aMalformedSidecarIsRefusedNamingTheSidecarAndLine() throws Exception {
        write("a.txt", "Headline\n".getBytes(StandardCharsets.UTF_8));
        write("a.meta.json", "{\n  \"title\": \"x\",\n  \"outlet\" \"y\"\n}".getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> read(dir.resolve("a.txt"))).isInstanceOf(ImportException.class)
                .hasMessageContaining("a.meta.json:3").hasMessageContaining("malformed JSON");
    }

    @Test
    void anEmptyFileIsRefused() throws Exception {
        Path file = write("empty.txt", new byte[0]);

        assertThatThrownBy(() -> read(file)).isInstanceOf(ImportException.class)
                .hasMessageContaining("empty.txt").hasMessageContaining("empty");
    }

    @Test
    void aWhitespaceOnlyFileIsRefused() throws Exception {
        Path file = write("blank.txt", " \r\n\t\n".getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> read(file)).isInstanceOf(ImportException.class)
                .hasMessageContaining("blank.txt").hasMessageContaining("only whitespace");
    }

    @Test
    void aFileTruncatedInsideACharacterIsRefusedNamingTheOffset() throws Exception {
        byte[] full = "Pa\u0161injan".getBytes(StandardCharsets.UTF_8);
        byte[] truncated = java.util.Arrays.copyOf(full, 3);
        Path file = write("cut.txt", truncated);

        assertThatThrownBy(() -> read(file)).isInstanceOf(ImportException.class)
                .hasMessageContaining("cut.txt").hasMessageContaining("byte offset 2")
                .hasMessageContaining("truncated");
    }

    @Test
    void invalidUtf8InTheMiddleIsRefusedNamingTheByteOffsetAndLine() throws Exception {
        byte[] bytes = "Title\nCaf\u00e9 Vesna and more text".getBytes(StandardCharsets.ISO_8859_1);
        Path file = write("latin.txt", bytes);

        assertThatThrownBy(() -> read(file)).isInstanceOfSatisfying(ImportException.class,
                e -> assertThat(e.remedy()).isEqualTo(ImportException.Remedy.DECLARE_ENCODING))
                .hasMessageContaining("latin.txt").hasMessageContaining("invalid UTF-8 at byte offset 9")
                .hasMessageContaining("line 2").hasMessageNotContaining("--encoding");
    }

    @Test
    void aDeclaredLatin1FileIsDecoded() throws Exception {
        Path file = write("latin.txt", "Caf\u00e9 in Z\u00fcrich\n".getBytes(StandardCharsets.ISO_8859_1));

        Article article = sut.read(file, ImportOptions.defaults().withDeclaredEncoding(StandardCharsets.ISO_8859_1))
                .get(0);

        assertThat(article.text()).isEqualTo("Caf\u00e9 in Z\u00fcrich\n");
    }

    @Test
    void aSidecarCanDeclareTheEncoding() throws Exception {
        Path file = write("latin.txt", "Caf\u00e9 in Z\u00fcrich\n".getBytes(StandardCharsets.ISO_8859_1));
        write("latin.meta.json", "{\"encoding\": \"ISO-8859-1\"}".getBytes(StandardCharsets.UTF_8));

        assertThat(read(file).text()).isEqualTo("Caf\u00e9 in Z\u00fcrich\n");
        assertThat(read(file).metadata().extra()).doesNotContainKey("encoding");
    }

    @Test
    void aBinaryFileIsRefused() throws Exception {
        Path file = write("image.txt", new byte[]{'G', 'I', 'F', '8', '9', 'a', 0, 1, 2});

        assertThatThrownBy(() -> read(file)).isInstanceOf(ImportException.class)
                .hasMessageContaining("image.txt").hasMessageContaining("NUL byte at byte offset 6")
                .hasMessageContaining("binary");
    }

    @Test
    void aFileOverTheSizeLimitIsRefusedNamingTheLimitAndHowToRaiseIt() throws Exception {
        Path file = write("big.txt", "0123456789 0123456789".getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> sut.read(file, ImportOptions.defaults().withMaxFileBytes(10)))
                .isInstanceOfSatisfying(ImportLimitException.class, e -> {
                    assertThat(e.limit()).isEqualTo(ImportLimitException.Limit.FILE_SIZE);
                    assertThat(e.file()).isEqualTo(file);
                    assertThat(e.actual()).isEqualTo(21);
                    assertThat(e.allowed()).isEqualTo(10);
                }).hasMessageContaining("big.txt").hasMessageContaining("limit of 10 bytes")
                .hasMessageContaining("raise the limit");
    }

    @Test
    void aMissingFileIsRefusedNamingIt() {
        Path file = dir.resolve("nowhere.txt");

        assertThatThrownBy(() -> read(file)).isInstanceOf(ImportException.class)
                .hasMessageContaining("nowhere.txt").hasMessageContaining("does not exist");
    }
}
