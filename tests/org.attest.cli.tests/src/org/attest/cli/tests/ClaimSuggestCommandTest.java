package org.attest.cli.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attest.testing.ClaimsCorpus.claim;

import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.attest.cli.Cli;
import org.attest.testing.ClaimsCorpus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClaimSuggestCommandTest {

    private static final String HERALD = "Up to 100 people killed in the last 24 hours.";
    private static final String COURIER = "At least 200 persons killed since Tuesday.";

    @TempDir
    Path tmp;

    private Path dir;

    @BeforeEach
    void setUp() throws Exception {
        dir = tmp.resolve("corpus");
        try (ClaimsCorpus corpus = ClaimsCorpus.create(dir)) {
            corpus.document("herald", "2024-05-03", HERALD, "kari",
                    claim("Up to 100 people killed", "value", 100, "qualifier", "up to", "unit", "people killed",
                            "period", "in the last 24 hours", "cluster", "killed"));
            corpus.document("courier", "2024-05-03", COURIER, "kari",
                    claim("At least 200 persons killed", "value", 200, "qualifier", "at least", "unit",
                            "person killed", "period", "since Tuesday"));
        }
    }

    @Test
    void suggestListsTheClusterForTheUnclusteredClaimWithItsReason() {
        CommandRun sut = CommandRun.of("claims", dir.toString(), "--from", "kari", "--suggest");

        assertThat(sut.code()).as(sut.err()).isZero();
        assertThat(sut.out()).containsPattern("killed +courier \\[0,27\\) +\"At least 200 persons killed\" +same unit")
                .contains("1 suggestion(s) for 1 claim(s) of kari in no cluster")
                .contains("attest claims " + dir + " --from kari --suggest --apply");
    }

    @Test
    void suggestAsJsonNamesTheClaimAndTheCluster() throws Exception {
        CommandRun sut = CommandRun.of("claims", dir.toString(), "--from", "kari", "--suggest", "--format", "json");

        JsonNode json = new ObjectMapper().readTree(sut.out());
        assertThat(json).hasSize(1);
        assertThat(json.get(0).get("cluster").asText()).isEqualTo("killed");
        assertThat(json.get(0).get("new").asBoolean()).isFalse();
        assertThat(json.get(0).get("document").asText()).isEqualTo("courier");
        assertThat(json.get(0).get("begin").asInt()).isZero();
    }

    @Test
    void applyLinksTheClaimSoThatTheClusterThenJudgesIt() {
        CommandRun sut = CommandRun.of("claims", dir.toString(), "--from", "kari", "--suggest", "--apply");

        assertThat(sut.code()).as(sut.err()).isZero();
        assertThat(sut.out()).contains("Linked 1 of kari's 1 unclustered claim(s) to clusters.");
        CommandRun after = CommandRun.of("claims", dir.toString(), "--from", "kari");
        assertThat(after.out()).contains("1 cluster(s), 0 conflict(s), 0 claim(s) in no cluster")
                .contains("courier [0,27)").contains("they count different periods");
    }

    @Test
    void applyRefusesTheGoldAndSaysWhomToName() {
        CommandRun sut = CommandRun.of("claims", dir.toString(), "--suggest", "--apply");

        assertThat(sut.code()).isEqualTo(Cli.FAILED);
        assertThat(sut.err()).contains("the gold is changed through curation")
                .contains("--from ANNOTATOR --suggest --apply");
    }
}
