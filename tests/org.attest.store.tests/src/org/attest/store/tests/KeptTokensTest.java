package org.attest.store.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.attest.cas.AttestTypes;
import org.attest.cas.Segmentation;
import org.attest.cas.Segmentation.Span;
import org.attest.model.Document;
import org.attest.store.CorpusException;
import org.attest.store.CorpusStore;
import org.attest.store.TokenFile;
import org.attest.testing.TestCorpus;
import org.attest.testing.TokenizedXmi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KeptTokensTest {

    @TempDir
    Path tmp;

    @Test
    void theTokensOfATokenizedSourceAreKeptBesideTheTextAndEveryFreshCasUsesThem() throws Exception {
        Path dir = TestCorpus.withTokenizedDocument(tmp, "anna");

        try (CorpusStore sut = CorpusStore.open(dir, CorpusStore.Mode.READ, "test")) {
            Document d = sut.corpus().getDocuments().get(0);
            assertThat(sut.layout().tokens(d.getId())).isRegularFile();
            assertThat(TokenizedXmi.covered(sut.readCas(d, "anna"), AttestTypes.TOKEN))
                    .containsExactlyElementsOf(TokenizedXmi.tokens());
            assertThat(sut.hasCas(d, "ben")).isFalse();
            assertThat(TokenizedXmi.covered(sut.readCas(d, "ben"), AttestTypes.TOKEN))
                    .containsExactlyElementsOf(TokenizedXmi.tokens());
            assertThat(TokenizedXmi.covered(sut.readGold(d), AttestTypes.TOKEN))
                    .containsExactlyElementsOf(TokenizedXmi.tokens());
            assertThat(TokenizedXmi.covered(sut.newCas(d), AttestTypes.SENTENCE)).containsExactly(
                    "Euro-style rules reach Zürich and São Paulo.", "The 1,200-strong crowd cheered.");
            assertThat(TokenizedXmi.covered(sut.casFactory().newCas(sut.readText(d)), AttestTypes.TOKEN))
                    .as("what segmenting the text again would give").doesNotContain("Euro-style", "São Paulo");
        }
    }

    @Test
    void aDocumentWhoseSourceFixedNoTokensIsSegmentedAsBefore() throws Exception {
        Path dir = TestCorpus.withOneDocument(tmp, "Euro-style rules reach Zürich.");

        try (CorpusStore sut = CorpusStore.open(dir, CorpusStore.Mode.READ, "test")) {
            Document d = sut.corpus().getDocuments().get(0);
            assertThat(sut.layout().tokens(d.getId())).doesNotExist();
            assertThat(sut.segmentation(d)).isEmpty();
            assertThat(TokenizedXmi.covered(sut.readCas(d, "ben"), AttestTypes.TOKEN))
                    .containsExactly("Euro", "-", "style", "rules", "reach", "Zürich", ".");
        }
    }

    @Test
    void aTokenFileChangedByHandIsRefusedNamingTheFile() throws Exception {
        Path dir = TestCorpus.withTokenizedDocument(tmp, "anna");
        Path file = tokenFile(dir);
        Files.writeString(file, Files.readString(file).replace(": 0-10 ", ": 0-4 "));

        try (CorpusStore sut = CorpusStore.open(dir, CorpusStore.Mode.READ, "test")) {
            Document d = sut.corpus().getDocuments().get(0);
            assertThatThrownBy(() -> sut.readCas(d, "ben")).isInstanceOf(CorpusException.class)
                    .hasMessageContaining(file.toString()).hasMessageContaining("changed after import");
        }
    }

    @Test
    void aTokenFileWrittenForAnotherTextIsRefusedNamingTheFile() throws Exception {
        Path dir = TestCorpus.withTokenizedDocument(tmp, "anna");
        Path file = tokenFile(dir);
        Segmentation other = new Segmentation(List.of(new Span(0, 5)), List.of(new Span(0, 5)));
        Files.write(file, TokenFile.encode(other, "0".repeat(64)));

        try (CorpusStore sut = CorpusStore.open(dir, CorpusStore.Mode.READ, "test")) {
            Document d = sut.corpus().getDocuments().get(0);
            assertThatThrownBy(() -> sut.newCas(d)).isInstanceOf(CorpusException.class)
                    .hasMessageContaining(file.toString()).hasMessageContaining("another text");
        }
    }

    @Test
    void theFileHoldsALinePerSentenceAndReadsBackTokensOutsideSentencesToo() throws Exception {
        Segmentation sut = new Segmentation(List.of(new Span(4, 9), new Span(12, 20)),
                List.of(new Span(0, 3), new Span(4, 6), new Span(6, 9), new Span(10, 11), new Span(12, 20)));

        byte[] bytes = TokenFile.encode(sut, "ab".repeat(32));

        assertThat(new String(bytes, java.nio.charset.StandardCharsets.US_ASCII).lines().skip(1))
                .containsExactly("4-9: 4-6 6-9", "12-20: 12-20", "-: 0-3 10-11");
        assertThat(TokenFile.decode(tmp.resolve("tokens.txt"), bytes, "ab".repeat(32), 20)).isEqualTo(sut);
    }

    private static Path tokenFile(Path dir) throws Exception {
        try (CorpusStore store = CorpusStore.open(dir, CorpusStore.Mode.READ, "test")) {
            return store.layout().tokens(store.corpus().getDocuments().get(0).getId());
        }
    }
}
