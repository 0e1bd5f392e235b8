package org.attest.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.attest.store.CorpusStore;
import org.attest.suggest.Evaluation;
import org.attest.suggest.SuggestionFiles;
import org.attest.suggest.model.ModelRecommender;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SuggestAndSelectTest {

    @TempDir
    Path tmp;

    private List<String> shards;

    @BeforeEach
    void importShards() throws Exception {
        Path input = Articles.write(tmp.resolve("in/articles.jsonl"), 100, 13);
        ImportJob.run(LocalSpark.session(), input.toString(), tmp.resolve("shards"), 2, null);
        shards = List.of(tmp.resolve("shards/shard-000").toString(), tmp.resolve("shards/shard-001").toString());
    }

    @Test
    void theRulesSuggestInEveryDocumentOfEveryShardAndTheCountsAreThoseOfTheFilesWritten() throws Exception {
        List<ShardSuggest.Report> sut = SuggestJob.run(LocalSpark.session(), shards, "anna", List.of(), null);

        assertThat(sut).hasSize(2).allSatisfy(r -> assertThat(r.failures()).isEmpty());
        assertThat(sut.stream().mapToInt(ShardSuggest.Report::documents).sum()).isEqualTo(100);
        assertThat(sut.get(0).notes()).anySatisfy(n -> assertThat(n).contains("no trained model"));
        int counted = sut.stream().flatMap(r -> r.counts().values().stream())
                .flatMap(m -> m.values().stream()).mapToInt(Integer::intValue).sum();
        int written = 0;
        for (String shard : shards) {
            try (CorpusStore store = CorpusStore.open(Path.of(shard), CorpusStore.Mode.READ, "test")) {
                assertThat(store.annotator("anna")).isPresent();
                SuggestionFiles files = new SuggestionFiles(store);
                for (var d : store.corpus().getDocuments()) {
                    written += files.read(files.pending("anna", d)).size();
                }
            }
        }
        // every article says "said" and gives a figure: cues and figures in each
        assertThat(written).isEqualTo(counted).isGreaterThanOrEqualTo(200);
        assertThat(sut.get(0).counts()).containsKeys("cues", "figures");
    }

    @Test
    void aModelTrainedOnACuratedCorpusSuggestsInTheShardsWithItsProbabilities() throws Exception {
        Path curated = CuratedShards.make(tmp.resolve("curated"), "c", 40);
        try (CorpusStore store = CorpusStore.open(curated, CorpusStore.Mode.WRITE, "test")) {
            new ModelRecommender().train(store, "gold", new Evaluation(store).reference("gold"));
        }

        List<ShardSuggest.Report> sut = SuggestJob.run(LocalSpark.session(), shards, "anna",
                List.of("model", "cues"), curated.toString());

        assertThat(sut).allSatisfy(r -> assertThat(r.failures()).isEmpty());
        assertThat(sut.stream().mapToInt(r -> r.counts().getOrDefault("model", java.util.Map.of()).values()
                .stream().mapToInt(Integer::intValue).sum()).sum()).isPositive();
        assertThat(Files.isRegularFile(Path.of(shards.get(0), "models/model/name-finder.bin"))).isTrue();
    }

    @Test
    void theWorkListRanksTheBestDocumentsFirstAndIsTheSameOnEveryRun() throws Exception {
        SuggestJob.run(LocalSpark.session(), shards, "anna", List.of(), null);
        Path out = tmp.resolve("worklist.tsv");

        List<Candidate> sut = SelectJob.run(LocalSpark.session(), shards, "anna", 25, out);

        assertThat(sut).hasSize(25).isSortedAccordingTo(Candidate.ORDER);
        List<String> lines = Files.readAllLines(out);
        assertThat(lines).hasSize(26).first().isEqualTo(SelectJob.HEADER);
        assertThat(lines.get(1)).startsWith("1\t").contains(sut.get(0).document());
        assertThat(sut.get(0).claims() + sut.get(0).newEntities()).isPositive();
        byte[] first = Files.readAllBytes(out);
        SelectJob.run(LocalSpark.session(), shards, "anna", 25, out);
        assertThat(Files.readAllBytes(out)).isEqualTo(first);
    }

    @Test
    void aScoreCountsUncertaintyClaimsAndNewEntities() {
        Candidate sure = new Candidate("s", "a", null, 0.0, 1, 0);
        Candidate unsure = new Candidate("s", "b", null, 0.9, 1, 0);
        Candidate named = new Candidate("s", "c", null, 0.0, 1, 3);

        assertThat(List.of(sure, unsure, named).stream().sorted(Candidate.ORDER).map(Candidate::document))
                .containsExactly("b", "c", "a");
        assertThat(unsure.score()).isEqualTo(0.9 + 0.5);
    }

    @Test
    void suggestingWithAModelFromACorpusWithoutOneIsRefusedNamingIt() {
        assertThatThrownBy(() -> SuggestJob.run(LocalSpark.session(), shards, "anna", List.of(),
                tmp.resolve("shards/shard-000").toString())).hasMessageContaining("has no trained model")
                .hasMessageContaining("shard-000");
    }
}
