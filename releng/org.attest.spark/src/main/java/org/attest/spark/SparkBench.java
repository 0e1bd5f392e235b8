package org.attest.spark;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.spark.sql.SparkSession;
import org.attest.export.ExportRequest;
import org.attest.export.ExportService;
import org.attest.store.CorpusStore;
import org.attest.store.fs.Folders;

/**
 * {@code attest spark bench [--docs N] [--shards S] [--seed S]}: the jobs on N synthetic articles (default 100,000)
 * with
 * one and with two executor threads in local mode, in documents per second and the speed-up; then the export of one
 * curated shard by the Spark job against Attest's own export, byte for byte.
 */
public final class SparkBench {

    static final String USAGE = "bench [--docs N] [--shards S] [--seed S] [--dir DIR] [--json FILE]";

    /** One phase at one parallelism: documents and seconds. */
    record Row(String phase, int executors, int documents, double seconds) {

        /** Returns the documents per second. */
        double rate() {
            return documents / Math.max(seconds, 1e-9);
        }
    }

    /**
     * What the benchmark measured.
     *
     * @param rows each phase at 1 and 2 executors
     * @param exportIdentical whether the Spark export of a curated shard equals Attest's own export byte for byte
     * @param exportDocuments the documents of that shard
     */
    record Report(List<Row> rows, boolean exportIdentical, int exportDocuments) {
    }

    private SparkBench() {
    }

    /** Runs the benchmark with command-line arguments and prints its table. */
    public static void main(String[] args) throws Exception {
        Args a = Args.parse("bench", args, Set.of("--docs", "--shards", "--seed", "--dir", "--json"));
        Path dir = a.option("--dir", null) == null
                ? Files.createTempDirectory("attest-spark-bench-")
                : Path.of(a.option("--dir", null));
        try {
            Report report = run(dir, a.number("--docs", 100_000, 10), a.number("--shards", 8, 1),
                    Long.parseLong(a.option("--seed", "42")));
            print(report, System.out);
            if (a.option("--json", null) != null) {
                Files.writeString(Path.of(a.option("--json", null)), json(report), StandardCharsets.UTF_8);
            }
        } finally {
            if (a.option("--dir", null) == null) {
                Folders.deleteQuietly(dir);
            }
        }
    }

    /** Runs every phase on {@code docs} articles of {@code seed} in {@code shards} shards, under {@code dir}. */
    static Report run(Path dir, int docs, int shards, long seed) throws Exception {
        Path input = Articles.write(dir.resolve("articles.jsonl"), docs, seed);
        List<Row> rows = new ArrayList<>();
        for (int executors : new int[]{1, 2}) {
            Path out = dir.resolve("shards-" + executors);
            try (SparkSession spark = session(executors)) {
                // a first small job loads the classes and starts the threads, which neither run should pay for
                ImportJob.run(spark, Articles.write(dir.resolve("warm/a.jsonl"), 20, seed).toString(),
                        dir.resolve("warm/out-" + executors), 2, null);
                long t0 = System.nanoTime();
                ImportJob.run(spark, input.toString(), out, shards, null);
                rows.add(new Row("import", executors, docs, (System.nanoTime() - t0) / 1e9));
                List<String> dirs = new ArrayList<>();
                for (int i = 0; i < shards; i++) {
                    dirs.add(out.resolve(ShardKey.folder(i)).toString());
                }
                t0 = System.nanoTime();
                SuggestJob.run(spark, dirs, "anna", List.of(), null);
                rows.add(new Row("suggest", executors, docs, (System.nanoTime() - t0) / 1e9));
                t0 = System.nanoTime();
                SelectJob.run(spark, dirs, "anna", 100, dir.resolve("worklist-" + executors + ".tsv"));
                rows.add(new Row("select", executors, docs, (System.nanoTime() - t0) / 1e9));
            }
        }
        int curated = Math.min(docs, 300);
        Path shard = CuratedShards.make(dir.resolve("curated/shard-000"), "c", curated);
        Path plain = dir.resolve("plain-export");
        try (CorpusStore store = CorpusStore.open(shard, CorpusStore.Mode.READ, "attest spark bench")) {
            new ExportService(store).export(new ExportRequest("conll", ExportRequest.GOLD, List.of(80, 10, 10), seed,
                    plain), m -> {
                    });
        }
        boolean identical;
        try (SparkSession spark = session(2)) {
            ExportJob.run(spark, List.of(shard.toString()), "conll", ExportRequest.GOLD, "80/10/10", seed,
                    dir.resolve("spark-export"));
            identical = true;
            for (String name : List.of("train.conll", "dev.conll", "test.conll", "manifest.json")) {
                identical &= Arrays.equals(Files.readAllBytes(plain.resolve(name)),
                        Files.readAllBytes(dir.resolve("spark-export/shards/shard-000").resolve(name)));
            }
        }
        return new Report(rows, identical, curated);
    }

    private static SparkSession session(int executors) {
        return SparkSession.builder().master("local[" + executors + "]").appName("attest spark bench")
                .config("spark.ui.enabled", "false").getOrCreate();
    }

    /** Prints the rows, the speed-up per phase and the export check. */
    static void print(Report report, PrintStream out) {
        out.println("phase      executors   documents    seconds     documents/s   speed-up");
        Map<String, Double> single = new LinkedHashMap<>();
        for (Row r : report.rows()) {
            if (r.executors() == 1) {
                single.put(r.phase(), r.rate());
            }
        }
        for (Row r : report.rows()) {
            out.printf(Locale.ROOT, "%-10s %9d %11d %10.1f %15.1f %10s%n", r.phase(), r.executors(), r.documents(),
                    r.seconds(), r.rate(), r.executors() == 1
                            ? "1.00"
                            : String.format(Locale.ROOT, "%.2f",
                                    r.rate() / single.get(r.phase())));
        }
        out.printf(Locale.ROOT, "export of a curated shard (%d documents) by attest spark export and attest export:"
                + " %s%n", report.exportDocuments(), report.exportIdentical() ? "byte-identical" : "DIFFERENT");
    }

    private static String json(Report report) {
        StringBuilder b = new StringBuilder("{\"rows\": [");
        for (int i = 0; i < report.rows().size(); i++) {
            Row r = report.rows().get(i);
            b.append(i == 0 ? "" : ", ").append(String.format(Locale.ROOT,
                    "{\"phase\": \"%s\", \"executors\": %d, \"documents\": %d, \"seconds\": %.3f,"
                            + " \"documentsPerSecond\": %.1f}",
                    r.phase(), r.executors(), r.documents(), r.seconds(), r.rate()));
        }
        return b.append("], \"exportIdentical\": ").append(report.exportIdentical()).append("}\n").toString();
    }
}
