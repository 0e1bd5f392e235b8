package org.attest.imports.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.attest.cas.AttestTypes;
import org.attest.imports.ImportReport;
import org.attest.imports.ImportService;
import org.attest.io.ImportException;
import org.attest.io.ImportOptions;
import org.attest.model.Document;
import org.attest.store.CorpusStore;
import org.attest.store.TokenFile;
import org.attest.testing.CorpusFolder;
import org.attest.testing.TokenizedXmi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KeptTokensImportTest {

    @TempDir
    Path tmp;

    private ImportReport importInto(CorpusStore store, Path... inputs) throws Exception {
        return new ImportService(store).run(new ImportService.Request(List.of(inputs),
                ImportOptions.defaults().withIgnoreUnknownTypes(true), "anna", null), m -> {
                });
    }

    @Test
    void aTokenizedXmiKeepsItsTokensInTheAnnotatorsCasAndBesideTheTextAndReportsItsPosTags() throws Exception {
        Path xmi = TokenizedXmi.write(tmp.resolve("in"), "tokenized.xmi");

        try (CorpusStore sut = CorpusStore.init(tmp.resolve("corpus"), "test", "test")) {
            ImportReport report = importInto(sut, xmi);

            Document d = sut.corpus().getDocuments().get(0);
            assertThat(TokenizedXmi.covered(sut.readCas(d, "anna"), AttestTypes.TOKEN))
                    .containsExactlyElementsOf(TokenizedXmi.tokens());
            assertThat(TokenizedXmi.covered(sut.readCas(d, "anna"), "org.attest.type.Entity"))
                    .containsExactly("Zürich", "São Paulo");
            assertThat(sut.layout().tokens(d.getId())).isRegularFile();
            assertThat(report.ignoredTypes()).containsOnlyKeys(TokenizedXmi.POS);
        }
    }

    @Test
    void aPlainTextGetsNoTokenFile() throws Exception {
        Path text = Files.createDirectories(tmp.resolve("in")).resolve("plain.txt");
        Files.writeString(text, "Euro-style rules reach Zürich.");

        try (CorpusStore sut = CorpusStore.init(tmp.resolve("corpus"), "test", "test")) {
            importInto(sut, text);

            assertThat(CorpusFolder.snapshot(sut.layout().dir()).keySet()).anyMatch(p -> p.endsWith("text.txt"))
                    .noneMatch(p -> p.endsWith(TokenFile.NAME));
        }
    }

    @Test
    void anImportWithOneFileOfOverlappingTokensLeavesTheCorpusAsItWas() throws Exception {
        Path good = TokenizedXmi.write(tmp.resolve("good"), "tokenized.xmi");
        Path bad = TokenizedXmi.write(tmp.resolve("bad"), "overlapping.xmi");
        Files.writeString(bad, Files.readString(bad).replace("begin=\"11\" end=\"16\"", "begin=\"5\" end=\"16\""));

        try (CorpusStore sut = CorpusStore.init(tmp.resolve("corpus"), "test", "test")) {
            var before = CorpusFolder.snapshot(sut.layout().dir());

            assertThatThrownBy(() -> importInto(sut, good, bad)).isInstanceOf(ImportException.class)
                    .hasMessageContaining(bad.toString()).hasMessageContaining("5-16");
            assertThat(CorpusFolder.snapshot(sut.layout().dir())).isEqualTo(before);
        }
    }

    @Test
    void aTokenizedFileWhoseTextTheCorpusHoldsAlreadyIsReportedAsNotBringingItsTokens() throws Exception {
        Path text = Files.createDirectories(tmp.resolve("plain")).resolve("same.txt");
        Files.writeString(text, TokenizedXmi.text());
        Path xmi = TokenizedXmi.write(tmp.resolve("in"), "tokenized.xmi");

        try (CorpusStore sut = CorpusStore.init(tmp.resolve("corpus"), "test", "test")) {
            importInto(sut, text);
            ImportReport report = importInto(sut, xmi);

            assertThat(report.duplicates()).singleElement().satisfies(d -> {
                assertThat(d.source()).contains("tokenized.xmi");
                assertThat(d.tokensNotKept()).contains(TokenizedXmi.tokens().size() + " tokens")
                        .contains("did not become the document's").contains("the segmentation of its text");
            });
            assertThat(CorpusFolder.snapshot(sut.layout().dir()).keySet()).noneMatch(p -> p.endsWith(TokenFile.NAME));
        }
    }

    @Test
    void theSameTokenizedFileImportedTwiceSaysNothingAboutTokens() throws Exception {
        Path xmi = TokenizedXmi.write(tmp.resolve("in"), "tokenized.xmi");

        try (CorpusStore sut = CorpusStore.init(tmp.resolve("corpus"), "test", "test")) {
            importInto(sut, xmi);
            ImportReport report = importInto(sut, xmi);

            assertThat(report.duplicates()).singleElement()
                    .satisfies(d -> assertThat(d.tokensNotKept()).isNull());
        }
    }
}
