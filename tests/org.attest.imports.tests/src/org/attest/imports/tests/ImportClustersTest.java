package org.attest.imports.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.uima.cas.CAS;
import org.attest.cas.Layers;
import org.attest.imports.ImportService;
import org.attest.io.ImportOptions;
import org.attest.model.ClaimCluster;
import org.attest.model.CorpusFactory;
import org.attest.model.DocumentState;
import org.attest.store.CorpusStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportClustersTest {

    private static final String TEXT = "Up to 100 people died. More than 7,000 fled. At least 3 bridges fell.";

    @TempDir
    Path tmp;

    private static String line(String id, String... clusters) {
        StringBuilder spans = new StringBuilder();
        int[][] at = {{0, 21}, {23, 43}, {45, 68}};
        for (int i = 0; i < clusters.length; i++) {
            spans.append(i == 0 ? "" : ",").append("{\"layer\":\"Claim\",\"begin\":").append(at[i][0])
                    .append(",\"end\":").append(at[i][1]).append(",\"features\":{\"type\":\"statistic\"")
                    .append(clusters[i] == null ? "" : ",\"cluster\":\"" + clusters[i] + "\"").append("}}");
        }
        return "{\"id\":\"" + id + "\",\"text\":\"" + TEXT + " " + id + "\",\"spans\":[" + spans
                + "],\"relations\":[]}\n";
    }

    private CorpusStore corpusWithTheClusterOfTheDead() throws Exception {
        CorpusStore store = CorpusStore.init(tmp.resolve("c"), "c", "test");
        ClaimCluster dead = CorpusFactory.eINSTANCE.createClaimCluster();
        dead.setId("dead");
        dead.setProposition("People killed in the flood");
        store.corpus().getClaimClusters().add(dead);
        store.saveModel();
        return store;
    }

    private void importLines(CorpusStore store, String lines) throws Exception {
        Path file = tmp.resolve("in-" + System.nanoTime() + ".jsonl");
        Files.writeString(file, lines);
        new ImportService(store).run(
                new ImportService.Request(List.of(file), ImportOptions.defaults(), "kari", DocumentState.FINISHED),
                m -> {
                });
    }

    @Test
    void thatANameIsAnIdOrAPropositionOfAClusterOrMakesANewOneThatIsSavedWithTheImport() throws Exception {
        try (CorpusStore store = corpusWithTheClusterOfTheDead()) {
            importLines(store, line("one", "dead", "people fled the city", "bridges")
                    + line("two", "people KILLED in  the flood", "People-Fled-The-City", null));
        }
        try (CorpusStore store = CorpusStore.open(tmp.resolve("c"), CorpusStore.Mode.READ, "test")) {
            assertThat(store.corpus().getClaimClusters()).extracting(ClaimCluster::getId, ClaimCluster::getProposition)
                    .containsExactlyInAnyOrder(
                            org.assertj.core.groups.Tuple.tuple("dead", "People killed in the flood"),
                            org.assertj.core.groups.Tuple.tuple("people-fled-the-city", "people fled the city"),
                            org.assertj.core.groups.Tuple.tuple("bridges", null));
            assertThat(links(store, "one")).containsExactly("dead", "people-fled-the-city", "bridges");
            assertThat(links(store, "two")).containsExactly("dead", "people-fled-the-city", null);
        }
    }

    @Test
    void thatAFailedImportAddsNoCluster() throws Exception {
        try (CorpusStore store = corpusWithTheClusterOfTheDead()) {
            String broken = line("one", "bridges").replace("\"end\":21", "\"end\":2100");

            assertThatThrownBy(() -> importLines(store, line("two", "fled") + broken)).hasMessageContaining(".jsonl");
            assertThat(store.corpus().getClaimClusters()).extracting(ClaimCluster::getId).containsExactly("dead");
        }
        try (CorpusStore store = CorpusStore.open(tmp.resolve("c"), CorpusStore.Mode.READ, "test")) {
            assertThat(store.corpus().getClaimClusters()).extracting(ClaimCluster::getId).containsExactly("dead");
        }
    }

    private static List<Object> links(CorpusStore store, String id) throws Exception {
        CAS cas = store.readCas(store.document(id).orElseThrow(), "kari");
        Layers layers = new Layers(cas, store.corpus().getSchema());
        return layers.spans("Claim").stream().map(c -> layers.value(c, "cluster")).toList();
    }
}
