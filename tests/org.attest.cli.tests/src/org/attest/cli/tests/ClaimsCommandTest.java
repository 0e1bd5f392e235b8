package org.attest.cli.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attest.testing.ClaimsCorpus.claim;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.attest.cli.Cli;
import org.attest.testing.ClaimsCorpus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClaimsCommandTest {

    private static final String HERALD = "More than 7,000 people fled since Tuesday, and up to 100 died in the last 24 hours.";
    private static final String COURIER = "More than 10,000 people fled since Tuesday. At least 200 died since Tuesday; 20 died, police say.";

    private static final String ROSSI = "Up to 100 people died, Minister Ana Rossi told Reuters, citing social media.";

    @TempDir
    Path tmp;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private Cli sut;
    private Path dir;

    @BeforeEach
    void setUp() throws Exception {
        sut = new Cli(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        dir = tmp.resolve("corpus");
        try (ClaimsCorpus corpus = ClaimsCorpus.create(dir)) {
            corpus.document("herald", "2024-05-03", HERALD, "kari",
                    claim("More than 7,000 people fled", "value", 7000, "qualifier", "more than", "period",
                            "since Tuesday", "cluster", "fled"),
                    claim("up to 100 died", "value", 100, "qualifier", "up to", "period", "in the last 24 hours",
                            "cluster", "killed"));
            corpus.document("courier", "2024-05-03", COURIER, "kari",
                    claim("More than 10,000 people fled", "value", 10000, "qualifier", "more than", "period",
                            "since Tuesday",
                            "cluster", "fled"),
                    claim("At least 200 died", "value", 200, "qualifier", "at least", "period", "since Tuesday",
                            "cluster", "killed"),
                    claim("20 died", "value", 20, "period", "since Tuesday", "cluster", "killed"));
        }
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void thatTheTableShowsEachClusterWithItsClaimsJointIntervalAndVerdicts() {
        int code = sut.run("claims", dir.toString(), "--from", "kari");

        assertThat(code).isZero();
        assertThat(out()).contains("Cluster fled").contains("Cluster killed").contains("More than 10,000 people fled")
                .contains("jointly allowed, 2024-04-30..2024-05-03 (2 claim(s)): (10000, inf)")
                .contains("agree").contains("conflict")
                .contains("2 cluster(s), 1 conflict(s), 0 claim(s) in no cluster");
    }

    @Test
    void thatConflictsAsJsonAreTheTrueConflictsWithBothClaims() throws Exception {
        int code = sut.run("claims", dir.toString(), "--from", "kari", "--conflicts", "--format", "json");

        assertThat(code).isZero();
        JsonNode conflicts = new ObjectMapper().readTree(out());
        assertThat(conflicts.isArray()).isTrue();
        assertThat(conflicts).hasSize(1);
        JsonNode conflict = conflicts.get(0);
        assertThat(conflict.get("cluster").asText()).isEqualTo("killed");
        assertThat(conflict.get("reason").asText()).contains("[200, inf) and [20, 20] are disjoint");
        assertThat(conflict.get("a").get("document").asText()).isEqualTo("courier");
        assertThat(conflict.get("a").get("begin").asInt()).isEqualTo(COURIER.indexOf("At least 200"));
        assertThat(conflict.get("a").get("end").asInt())
                .isEqualTo(COURIER.indexOf("At least 200") + "At least 200 died".length());
        assertThat(conflict.get("a").get("value").asDouble()).isEqualTo(200.0);
        assertThat(conflict.get("a").get("qualifier").asText()).isEqualTo("at least");
        assertThat(conflict.get("a").get("periodStart").asText()).isEqualTo("2024-04-30");
        assertThat(conflict.get("a").get("periodEnd").asText()).isEqualTo("2024-05-03");
        assertThat(conflict.get("b").get("value").asDouble()).isEqualTo(20.0);
        assertThat(conflict.get("b").get("qualifier").isNull()).isTrue();
    }

    // A corpus with a claim that came through three sources, and one attributed to none.
    private Path wire() throws Exception {
        Path wire = tmp.resolve("wire");
        try (ClaimsCorpus corpus = ClaimsCorpus.create(wire)) {
            corpus.document("wire", "2024-05-03", ROSSI, "kari");
            corpus.entity("r1", "Ana Rossi");
            corpus.annotate("wire", "kari", chains -> {
                var claim = chains.claim("Up to 100 people died", "value", 100, "qualifier", "up to", "cluster", "k");
                var minister = chains.source("Minister Ana Rossi", "person", "r1");
                var reuters = chains.source("Reuters", "news agency", null);
                chains.attribute(claim, minister).via(minister, reuters)
                        .via(reuters, chains.source("social media", "social media", null));
                chains.claim("people died", "cluster", "k");
            });
        }
        return wire;
    }

    @Test
    void thatEachClaimShowsTheChainOfSourcesItCameThroughInTheTableAndAsJson() throws Exception {
        Path wire = wire();

        assertThat(sut.run("claims", wire.toString(), "--from", "kari")).isZero();
        assertThat(out()).contains("via: Minister Ana Rossi (person) <- Reuters (news agency) <- social media")
                .containsOnlyOnce("via: ");
        out.reset();
        assertThat(sut.run("claims", wire.toString(), "--from", "kari", "--format", "json")).isZero();

        JsonNode claims = new ObjectMapper().readTree(out()).get(0).get("claims");
        JsonNode chain = claims.get(0).get("chain");
        assertThat(chain).extracting(s -> s.get("text").asText())
                .containsExactly("Minister Ana Rossi", "Reuters", "social media");
        assertThat(chain.get(0).get("type").asText()).isEqualTo("person");
        assertThat(chain.get(0).get("entity").get("id").asText()).isEqualTo("r1");
        assertThat(chain.get(0).get("entity").get("name").asText()).isEqualTo("Ana Rossi");
        assertThat(chain.get(1).get("entity").isNull()).isTrue();
        assertThat(chain.get(2).get("begin").asInt()).isEqualTo(ROSSI.indexOf("social media"));
        assertThat(claims.get(1).get("chain")).isEmpty();
        assertThat(claims.get(0).has("otherChains")).isFalse();
    }

    @Test
    void thatValidateWarnsOfAClaimWithNoAttributionWithoutFailing() throws Exception {
        Path wire = wire();

        int code = sut.run("validate", wire.toString());

        assertThat(code).isZero();
        assertThat(out()).contains("warning: in document 'wire' by kari, the claim 'people died' [10,21) is"
                + " attributed to no source").contains("1 warning(s): attribution chains to check.")
                .contains("no problems found");
    }

    @Test
    void thatTheGoldWithoutClaimsGivesNoClustersAndAnUnknownAnnotatorIsNamed() {
        assertThat(sut.run("claims", dir.toString(), "--format", "json")).isZero();
        assertThat(out().strip()).isEqualTo("[]");

        int code = sut.run("claims", dir.toString(), "--from", "lena");

        assertThat(code).isNotZero();
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("no annotator 'lena'").contains("kari");
    }
}
