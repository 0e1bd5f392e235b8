package org.attest.export.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.attest.export.ExportParts;
import org.attest.export.ExportRequest;
import org.attest.export.ExportResult;
import org.attest.export.ExportService;
import org.attest.model.Document;
import org.attest.store.CorpusException;
import org.attest.store.CorpusStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportPartsTest {

    @TempDir
    Path tmp;

    private Path corpus;
    private List<String> ids;

    @BeforeEach
    void setUp() throws Exception {
        corpus = ExportServiceTest.corpus(tmp);
        try (CorpusStore store = CorpusStore.open(corpus, CorpusStore.Mode.READ, "test")) {
            ids = store.corpus().getDocuments().stream().map(Document::getId).sorted().toList();
        }
    }

    @Test
    void partsDrawnOverALargerSetPutEachDocumentWhereTheDrawPutIt() throws Exception {
        List<String> larger = new ArrayList<>(ids);
        for (int i = 0; i < 20; i++) {
            larger.add("elsewhere-" + i);
        }
        ExportRequest request = new ExportRequest("jsonl", "anna", List.of(50, 50), 3, tmp.resolve("out"));
        Map<String, List<String>> drawn = ExportParts.draw(larger, request);

        ExportResult sut = export(request.withParts(drawn));

        for (String part : List.of("train", "test")) {
            assertThat(sut.documents().get(part))
                    .isEqualTo(drawn.get(part).stream().filter(ids::contains).sorted().toList());
        }
        assertThat(sut.documents().get("train").size() + sut.documents().get("test").size()).isEqualTo(ids.size());
        // a draw over 40 documents puts these 20 elsewhere than a draw over them alone
        assertThat(sut.documents()).isNotEqualTo(ExportParts.draw(ids, request));
    }

    @Test
    void aDocumentThatNoPartNamesIsRefusedNamingIt() throws Exception {
        ExportRequest request = new ExportRequest("jsonl", "anna", List.of(50, 50), 3, tmp.resolve("out"));
        Map<String, List<String>> parts = ExportParts.draw(ids.subList(1, ids.size()), request);

        assertThatThrownBy(() -> export(request.withParts(parts))).isInstanceOf(CorpusException.class)
                .hasMessageContaining("leave 1 of its documents out").hasMessageContaining(ids.get(0));
        assertThat(tmp.resolve("out/train.jsonl")).doesNotExist();
    }

    @Test
    void theReportOfALineFormatKnowsWhereEachDocumentsPieceIs() throws Exception {
        ExportResult sut = export(new ExportRequest("conll", "anna", List.of(100), 3, tmp.resolve("out")));

        List<Long> pieces = sut.reports().get("all").pieces();
        assertThat(pieces).hasSize(ids.size()).allSatisfy(p -> assertThat(p).isPositive());
        byte[] file = Files.readAllBytes(tmp.resolve("out/all.conll"));
        assertThat(pieces.stream().mapToLong(Long::longValue).sum()).isEqualTo(file.length);
        // the first piece is the first document's block: it ends where the second document's block starts
        String second = new String(file, Math.toIntExact(pieces.get(0)), 40, java.nio.charset.StandardCharsets.UTF_8);
        assertThat(second).startsWith("-DOCSTART-");
    }

    private ExportResult export(ExportRequest request) throws Exception {
        try (CorpusStore store = CorpusStore.open(corpus, CorpusStore.Mode.READ, "test")) {
            return new ExportService(store).export(request, m -> {
            });
        }
    }
}
