package org.attest.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;

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
    void theTrainingSetOfManyShardsIsByteForByteTheExportOfOneCorpusOfAllTheirDocuments() throws Exception {
        // the documents of one corpus spread over two shards, every other one, so that each part interleaves them
        List<Integer> all = IntStream.range(0, 50).boxed().toList();
        Path whole = CuratedShards.make(tmp.resolve("whole"), "d", all);
        Path even = CuratedShards.make(tmp.resolve("shard-000"), "d", all.stream().filter(i -> i % 2 == 0).toList());
        Path odd = CuratedShards.make(tmp.resolve("shard-001"), "d", all.stream().filter(i -> i % 2 == 1).toList());

        for (String format : List.of("conll", "hf", "jsonl")) {
            Path plain = tmp.resolve("plain-" + format);
            try (CorpusStore store = CorpusStore.open(whole, CorpusStore.Mode.READ, "test")) {
                new ExportService(store).export(new ExportRequest(format, ExportRequest.GOLD, List.of(80, 10, 10), 7,
                        plain), m -> {
                        });
            }
            Path out = tmp.resolve("out-" + format);

            ExportJob.Combined sut = ExportJob.run(LocalSpark.session(), List.of(even.toString(), odd.toString()),
                    format, "gold", "80/10/10", 7, out);

            assertThat(sut.documents()).as(format).containsEntry("train", 40).containsEntry("dev", 5)
                    .containsEntry("test", 5);
            String extension = format.equals("conll") ? ".conll" : ".jsonl";
            for (String part : List.of("train", "dev", "test")) {
                assertThat(Files.readAllBytes(out.resolve(part + extension))).as(format + " " + part)
                        .isEqualTo(Files.readAllBytes(plain.resolve(part + extension)));
            }
            // both shards gave documents to the training part: the join interleaved them
            assertThat(sut.shards()).allSatisfy(r -> assertThat(r.documents().get("train")).hasSizeGreaterThan(10));
        }
        assertThat(Files.readAllBytes(tmp.resolve("out-hf/labels.json")))
                .isEqualTo(Files.readAllBytes(tmp.resolve("plain-hf/labels.json")));
        assertThat(Files.readString(tmp.resolve("out-hf/manifest.json"))).contains("\"shard-001\"")
                .contains("manifestSha256");
    }

    @Test
    void twoShardsHoldingTheSameDocumentAreRefusedNamingIt() throws Exception {
        Path one = CuratedShards.make(tmp.resolve("shard-000"), "d", List.of(1, 2, 3));
        Path two = CuratedShards.make(tmp.resolve("shard-001"), "d", List.of(3, 4));

        assertThatThrownBy(() -> ExportJob.run(LocalSpark.session(), List.of(one.toString(), two.toString()), "conll",
                "gold", "80/10/10", 7, tmp.resolve("out"))).hasMessageContaining("'d-003'")
                .hasMessageContaining("shard-000").hasMessageContaining("shard-001");
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
