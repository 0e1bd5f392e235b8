package org.attest.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.attest.model.Document;
import org.attest.store.CorpusStore;
import org.attest.store.Hashes;
import org.attest.validate.CorpusScan;
import org.attest.validate.CorpusValidator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportJobTest {

    @TempDir
    Path tmp;

    @Test
    void everyArticleLandsOnceInTheShardItsIdHashNamesAndEachShardValidates() throws Exception {
        Path input = Articles.write(tmp.resolve("in/articles.jsonl"), 300, 7);
        Path out = tmp.resolve("shards");

        List<ShardImport.Report> sut = ImportJob.run(LocalSpark.session(), input.toString(), out, 4, null);

        assertThat(sut).extracting(ShardImport.Report::shard).containsExactly("shard-000", "shard-001", "shard-002",
                "shard-003");
        assertThat(sut.stream().mapToInt(ShardImport.Report::added).sum()).isEqualTo(300);
        List<String> ids = new ArrayList<>();
        for (int shard = 0; shard < 4; shard++) {
            Path dir = out.resolve(ShardKey.folder(shard));
            assertThat(CorpusScan.scan(dir)).isEmpty();
            try (CorpusStore store = CorpusStore.open(dir, CorpusStore.Mode.READ, "test")) {
                assertThat(new CorpusValidator(store).validate(m -> {
                })).isEmpty();
                for (Document d : store.corpus().getDocuments()) {
                    assertThat(ShardKey.of(d.getId(), 4)).as(d.getId()).isEqualTo(shard);
                    ids.add(d.getId());
                }
                assertThat(store.corpus().getDocuments()).hasSize(sut.get(shard).added());
            }
        }
        assertThat(ids).hasSize(300).doesNotHaveDuplicates().contains("doc-0000", "doc-0299");
    }

    @Test
    void theMetadataAndTextOfAnArticleArriveAsTheJsonLinesImportReadsThem() throws Exception {
        Path input = Articles.write(tmp.resolve("in/articles.jsonl"), 20, 3);
        Path out = tmp.resolve("shards");

        ImportJob.run(LocalSpark.session(), input.toString(), out, 2, "jsonl");

        Path dir = out.resolve(ShardKey.folder(ShardKey.of("doc-0007", 2)));
        try (CorpusStore store = CorpusStore.open(dir, CorpusStore.Mode.READ, "test")) {
            Document sut = store.document("doc-0007").orElseThrow();
            assertThat(sut.getTitle()).isEqualTo("Report 7");
            assertThat(store.readText(sut)).endsWith("Article 7.");
        }
    }

    @Test
    void parquetArticlesArriveAsTheirJsonLinesTwinsDo() throws Exception {
        Path input = Articles.write(tmp.resolve("in/articles.jsonl"), 50, 9);
        Path table = tmp.resolve("in/articles.parquet");
        LocalSpark.session().read().json(input.toString()).write().parquet(table.toString());

        ImportJob.run(LocalSpark.session(), table.toString(), tmp.resolve("from-parquet"), 2, null);
        ImportJob.run(LocalSpark.session(), input.toString(), tmp.resolve("from-jsonl"), 2, null);

        assertThat(contents(tmp.resolve("from-parquet"), 2)).isEqualTo(contents(tmp.resolve("from-jsonl"), 2))
                .allSatisfy(shard -> assertThat(shard).isNotEmpty());
    }

    @Test
    void aSecondRunOfTheSameInputAddsNothingAndChangesNoFile() throws Exception {
        Path input = Articles.write(tmp.resolve("in/articles.jsonl"), 200, 11);
        Path out = tmp.resolve("shards");
        ImportJob.run(LocalSpark.session(), input.toString(), out, 3, null);
        Map<String, String> before = hashes(out);

        List<ShardImport.Report> sut = ImportJob.run(LocalSpark.session(), input.toString(), out, 3, null);

        assertThat(sut.stream().mapToInt(ShardImport.Report::added).sum()).isZero();
        assertThat(sut.stream().mapToInt(ShardImport.Report::unchanged).sum()).isEqualTo(200);
        assertThat(hashes(out)).isEqualTo(before);
    }

    @Test
    void theSameInputGivesTheSameShardsWhateverTheSparkPartitioning() throws Exception {
        Path input = Articles.write(tmp.resolve("in/articles.jsonl"), 120, 5);
        Path split = tmp.resolve("split");
        Files.createDirectories(split);
        List<String> lines = Files.readAllLines(input);
        Files.write(split.resolve("b.jsonl"), lines.subList(60, 120));
        Files.write(split.resolve("a.jsonl"), lines.subList(0, 60));

        ImportJob.run(LocalSpark.session(), input.toString(), tmp.resolve("one"), 2, null);
        ImportJob.run(LocalSpark.session(), split.toString(), tmp.resolve("two"), 2, null);

        // the import records when it ran, so two imports compare by what the shards hold, in their order
        assertThat(contents(tmp.resolve("two"), 2)).isEqualTo(contents(tmp.resolve("one"), 2));
    }

    /** Returns each shard's documents in corpus order as id, title, text hash and source. */
    private static List<List<String>> contents(Path out, int shards) throws Exception {
        List<List<String>> result = new ArrayList<>();
        for (int shard = 0; shard < shards; shard++) {
            List<String> documents = new ArrayList<>();
            try (CorpusStore store = CorpusStore.open(out.resolve(ShardKey.folder(shard)), CorpusStore.Mode.READ,
                    "test")) {
                for (Document d : store.corpus().getDocuments()) {
                    documents.add(d.getId() + " " + d.getTitle() + " " + d.getTextSha256() + " " + d.getOutlet());
                }
            }
            result.add(documents);
        }
        return result;
    }

    @Test
    void anArticleWithoutIdIsRefusedNamingTheInputFile() throws Exception {
        Path input = tmp.resolve("in/bad.jsonl");
        Files.createDirectories(input.getParent());
        Files.writeString(input, "{\"id\": \"a\", \"text\": \"One.\"}\n{\"title\": \"x\", \"text\": \"Two.\"}\n");

        assertThatThrownBy(() -> ImportJob.run(LocalSpark.session(), input.toString(), tmp.resolve("out"), 2, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("bad.jsonl")
                .hasMessageContaining("has no \"id\"");
    }

    @Test
    void anArticleTheImportRefusesIsNamedByInputFileAndId() throws Exception {
        Path input = tmp.resolve("in/empty-text.jsonl");
        Files.createDirectories(input.getParent());
        Files.writeString(input, "{\"id\": \"a\", \"text\": \"One.\"}\n{\"id\": \"b\", \"text\": \"  \"}\n");

        assertThatThrownBy(() -> ImportJob.run(LocalSpark.session(), input.toString(), tmp.resolve("out"), 1, null))
                .hasMessageContaining("empty-text.jsonl (article id \"b\")").hasMessageContaining("only whitespace");
        try (CorpusStore store = CorpusStore.open(tmp.resolve("out/shard-000"), CorpusStore.Mode.READ, "test")) {
            assertThat(store.corpus().getDocuments()).isEmpty();
        }
    }

    /** Returns the SHA-256 of every file under {@code root} by relative path, the lock and caches left out. */
    static Map<String, String> hashes(Path root) throws Exception {
        Map<String, String> result = new TreeMap<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                String name = root.relativize(f).toString();
                if (!name.contains("lock") && !name.contains(".attest/cache")) {
                    result.put(name, Hashes.sha256(Files.readAllBytes(f)));
                }
            }
        }
        return result;
    }
}
