package org.attest.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.attest.export.ExportRequest;
import org.attest.export.ExportService;
import org.attest.store.CorpusStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportJobTest {

    @TempDir
    Path tmp;

    @Test
    void theExportOfAShardIsByteForByteWhatAttestExportWritesForIt() throws Exception {
        Path shard = CuratedShards.make(tmp.resolve("shard-000"), "a", 60);
        Path plain = tmp.resolve("plain");
        try (CorpusStore store = CorpusStore.open(shard, CorpusStore.Mode.READ, "test")) {
            new ExportService(store).export(new ExportRequest("conll", ExportRequest.GOLD, List.of(80, 10, 10), 42,
                    plain), m -> {
                    });
        }

        ExportJob.Combined sut = ExportJob.run(LocalSpark.session(), List.of(shard.toString()), "conll", "gold",
                "80/10/10", 42, tmp.resolve("out"));

        assertThat(sut.documents()).containsEntry("train", 48).containsEntry("dev", 6).containsEntry("test", 6);
        assertThat(ImportJobTest.hashes(tmp.resolve("out/shards/shard-000"))).isEqualTo(ImportJobTest.hashes(plain))
                .containsKeys("train.conll", "manifest.json");
        assertThat(Files.readAllBytes(tmp.resolve("out/train.conll")))
                .isEqualTo(Files.readAllBytes(plain.resolve("train.conll")));
    }

    @Test
    void theTrainingSetOfManyShardsJoinsTheirPartsInTheOrderGiven() throws Exception {
        Path one = CuratedShards.make(tmp.resolve("shard-000"), "a", 30);
        Path two = CuratedShards.make(tmp.resolve("shard-001"), "b", 20);

        ExportJob.Combined sut = ExportJob.run(LocalSpark.session(), List.of(one.toString(), two.toString()),
                "hf", "gold", "80/10/10", 7, tmp.resolve("out"));

        assertThat(sut.documents()).containsEntry("train", 24 + 16);
        Path out = tmp.resolve("out");
        byte[] joined = Files.readAllBytes(out.resolve("train.jsonl"));
        byte[] first = Files.readAllBytes(out.resolve("shards/shard-000/train.jsonl"));
        byte[] second = Files.readAllBytes(out.resolve("shards/shard-001/train.jsonl"));
        assertThat(joined).hasSize(first.length + second.length).startsWith(first);
        assertThat(Files.readAllLines(out.resolve("train.jsonl"))).hasSize(40);
        assertThat(Files.readString(out.resolve("manifest.json"))).contains("\"shard-001\"")
                .contains("manifestSha256");
        assertThat(Files.readAllBytes(out.resolve("labels.json")))
                .isEqualTo(Files.readAllBytes(out.resolve("shards/shard-000/labels.json")));
    }

    @Test
    void parquetHoldsTheHuggingFaceRowsOfEachPart() throws Exception {
        Path one = CuratedShards.make(tmp.resolve("shard-000"), "a", 20);

        ExportJob.run(LocalSpark.session(), List.of(one.toString()), "parquet", "gold", "80/10/10", 42,
                tmp.resolve("out"));

        var rows = LocalSpark.session().read().parquet(tmp.resolve("out/train.parquet").toString());
        // one sentence per document in these corpora: one row each
        assertThat(rows.count()).isEqualTo(16);
        assertThat(Files.readString(tmp.resolve("out/manifest.json"))).contains("\"rows\" : 16");
        assertThat(rows.columns()).contains("tokens", "ner_tags");
    }
}
