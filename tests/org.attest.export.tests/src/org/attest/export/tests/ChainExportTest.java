package org.attest.export.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.attest.export.ExportRequest;
import org.attest.export.ExportService;
import org.attest.io.ImportOptions;
import org.attest.io.JsonLinesArticleReader;
import org.attest.testing.ClaimsCorpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The JSON Lines export writes each claim's attribution chain, and its import still reads the file. */
class ChainExportTest {

    private static final String TEXT = "Up to 100 people died, Minister Ana Rossi told Reuters, citing social media."
            + " Police and medics counted 90.";

    @TempDir
    Path tmp;

    private Path export() throws Exception {
        Path out = tmp.resolve("out");
        try (ClaimsCorpus corpus = ClaimsCorpus.create(tmp.resolve("corpus"))) {
            corpus.document("wire", "2024-05-03", TEXT, "kari");
            corpus.entity("r1", "Ana Rossi");
            corpus.annotate("wire", "kari", chains -> {
                var died = chains.claim("Up to 100 people died", "value", 100);
                var minister = chains.source("Minister Ana Rossi", "person", "r1");
                var reuters = chains.source("Reuters", "news agency", null);
                chains.attribute(died, minister).via(minister, reuters)
                        .via(reuters, chains.source("social media", null, null));
                var counted = chains.claim("counted 90");
                chains.attribute(counted, chains.source("Police", "government", null))
                        .attribute(counted, chains.source("medics", "organization", null));
                chains.claim("people died");
            });
            new ExportService(corpus.store()).export(new ExportRequest("jsonl", "kari", List.of(100), 1, out), m -> {
            });
        }
        return out.resolve("all.jsonl");
    }

    private static JsonNode claim(JsonNode line, String words) {
        for (JsonNode span : line.get("spans")) {
            if (span.get("layer").asText().equals("Claim")
                    && TEXT.substring(span.get("begin").asInt(), span.get("end").asInt()).equals(words)) {
                return span;
            }
        }
        throw new AssertionError("no claim '" + words + "' in " + line);
    }

    @Test
    void thatEachClaimHasItsChainOfSourcesWithTheirEntitiesTypesAndOffsets() throws Exception {
        JsonNode line = new ObjectMapper().readTree(Files.readString(export()));

        JsonNode chain = claim(line, "Up to 100 people died").get("chain");
        assertThat(chain).extracting(s -> s.get("text").asText())
                .containsExactly("Minister Ana Rossi", "Reuters", "social media");
        assertThat(chain.get(0).get("entity").get("id").asText()).isEqualTo("r1");
        assertThat(chain.get(0).get("entity").get("name").asText()).isEqualTo("Ana Rossi");
        assertThat(chain.get(0).get("type").asText()).isEqualTo("person");
        assertThat(chain.get(1).has("entity")).isFalse();
        assertThat(chain.get(2).has("type")).as("an unset type stays unset").isFalse();
        assertThat(chain.get(1).get("begin").asInt()).isEqualTo(TEXT.indexOf("Reuters"));
        assertThat(chain.get(1).get("end").asInt()).isEqualTo(TEXT.indexOf("Reuters") + "Reuters".length());
        assertThat(claim(line, "Up to 100 people died").has("otherChains")).isFalse();
    }

    @Test
    void thatAClaimOfTwoSourcesHasOtherChainsAndOneOfNoneAnEmptyChain() throws Exception {
        JsonNode line = new ObjectMapper().readTree(Files.readString(export()));

        JsonNode counted = claim(line, "counted 90");
        assertThat(counted.get("chain")).extracting(s -> s.get("text").asText()).containsExactly("Police");
        assertThat(counted.get("otherChains")).singleElement()
                .satisfies(other -> assertThat(other).extracting(s -> s.get("text").asText())
                        .containsExactly("medics"));
        assertThat(claim(line, "people died").get("chain")).isEmpty();
        assertThat(line.get("spans")).filteredOn(s -> !s.get("layer").asText().equals("Claim"))
                .allSatisfy(s -> assertThat(s.has("chain")).isFalse());
    }

    @Test
    void thatTheImportReadsTheExportedFileWithItsSpansAndRelations() throws Exception {
        var articles = new JsonLinesArticleReader(org.attest.model.schema.DefaultSchema.create()).read(export(),
                ImportOptions.defaults());

        assertThat(articles).singleElement().satisfies(article -> {
            assertThat(article.spans()).hasSize(8);
            assertThat(article.relations()).hasSize(5);
        });
    }
}
