package org.attest.cli.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attest.testing.ClaimsCorpus.claim;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.attest.claims.Cluster;
import org.attest.claims.ConflictRules;
import org.attest.claims.CorpusClaims;
import org.attest.model.ClaimCluster;
import org.attest.store.CorpusStore;
import org.attest.testing.ClaimsCorpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClusterRoundTripTest {

    private static final String HERALD = "Up to 100 people killed in the last 24 hours.";
    private static final String COURIER = "At least 200 people killed since Tuesday.";

    @TempDir
    Path tmp;

    @Test
    void exportWritesEachClusterLinkAsTheClustersNameAndImportCreatesTheClustersSoTheVerdictsSurvive()
            throws Exception {
        Path from = tmp.resolve("from");
        try (ClaimsCorpus corpus = ClaimsCorpus.create(from)) {
            corpus.document("herald", "2024-05-03", HERALD, "kari",
                    claim("Up to 100 people killed", "value", 100, "qualifier", "up to", "period",
                            "in the last 24 hours", "cluster", "killed"));
            corpus.document("courier", "2024-05-03", COURIER, "kari",
                    claim("At least 200 people killed", "value", 200, "qualifier", "at least", "period",
                            "since Tuesday", "cluster", "killed"));
        }
        Path out = tmp.resolve("out");
        assertThat(CommandRun.of("export", from.toString(), out.toString(), "--format", "jsonl", "--from", "kari",
                "--split", "100").code()).isZero();
        Path jsonl;
        try (Stream<Path> files = Files.walk(out)) {
            jsonl = files.filter(p -> p.toString().endsWith(".jsonl")).findFirst().orElseThrow();
        }
        assertThat(Files.readString(jsonl)).contains("\"cluster\":\"killed\"");
        Path to = tmp.resolve("to");
        assertThat(CommandRun.of("init", to.toString()).code()).isZero();

        CommandRun sut = CommandRun.of("import", to.toString(), jsonl.toString(), "--annotator", "kari");

        assertThat(sut.code()).as(sut.err()).isZero();
        try (CorpusStore store = CorpusStore.open(to, CorpusStore.Mode.READ, "test")) {
            assertThat(store.corpus().getClaimClusters()).extracting(ClaimCluster::getId).containsExactly("killed");
            store.document("herald").orElseThrow().setPublicationDate("2024-05-03");
            List<Cluster> clusters = new CorpusClaims(store, new ConflictRules()).read("kari").clusters();
            assertThat(clusters).singleElement().satisfies(c -> {
                assertThat(c.claims()).hasSize(2);
                assertThat(c.verdicts()).singleElement()
                        .satisfies(v -> assertThat(v.reason()).contains("they count different periods"));
            });
        }
    }
}
