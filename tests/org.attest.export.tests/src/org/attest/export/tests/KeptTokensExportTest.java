package org.attest.export.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.attest.export.ExportRequest;
import org.attest.export.ExportService;
import org.attest.store.CorpusStore;
import org.attest.testing.TestCorpus;
import org.attest.testing.TokenizedXmi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KeptTokensExportTest {

    @TempDir
    Path tmp;

    private Path export(String format) throws Exception {
        Path corpus = TestCorpus.withTokenizedDocument(tmp, "anna");
        Path out = tmp.resolve("out-" + format);
        try (CorpusStore store = CorpusStore.open(corpus, CorpusStore.Mode.READ, "test")) {
            new ExportService(store).export(new ExportRequest(format, "anna", List.of(100), 1, out), m -> {
            });
        }
        return out;
    }

    @Test
    void conllGivesTheTokensOfATokenizedXmiWhereSegmentingAgainWouldSplitThem() throws Exception {
        Path out = export("conll");

        List<String> lines = Files.readAllLines(out.resolve("all.conll")).stream()
                .filter(l -> !l.isBlank() && !l.startsWith("-DOCSTART-")).toList();

        // a space inside a token becomes "_" in CoNLL's whitespace-separated columns
        assertThat(lines).extracting(l -> l.split(" ")[0])
                .containsExactlyElementsOf(TokenizedXmi.tokens().stream().map(t -> t.replace(' ', '_')).toList());
        assertThat(lines).contains("Euro-style _ _ O", "Zürich _ _ B-LOCATION", "São_Paulo _ _ B-LOCATION",
                "1,200-strong _ _ O");
    }

    @Test
    void huggingFaceJsonLinesGiveTheSourceTokensSentenceBySentence() throws Exception {
        Path out = export("hf");

        List<List<String>> sentences = new ArrayList<>();
        ObjectMapper json = new ObjectMapper();
        for (String line : Files.readAllLines(out.resolve("all.jsonl"))) {
            List<String> tokens = new ArrayList<>();
            json.readTree(line).get("tokens").forEach((JsonNode t) -> tokens.add(t.asText()));
            sentences.add(tokens);
        }

        assertThat(sentences).isEqualTo(TokenizedXmi.SENTENCES);
    }
}
