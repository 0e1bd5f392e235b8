package org.attest.spark;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;

/**
 * {@code attest spark suggest SHARDS... --annotator NAME}: runs the recommenders (the rules, and the model of a trained
 * corpus) over every document of the shards, one shard per task, and writes the suggestions the annotator reviews in
 * the workbench; the spark-submit class of the job.
 */
public final class SuggestJob {

    static final String USAGE = "suggest SHARDS... --annotator NAME [--recommender NAME,...] [--model CORPUS]";

    private SuggestJob() {
    }

    /** Runs the job with command-line arguments. */
    public static void main(String[] args) throws Exception {
        Args a = Args.parse("suggest", args, Set.of("--annotator", "--recommender", "--model")).require(1, USAGE);
        String annotator = a.option("--annotator", null);
        if (annotator == null) {
            throw new IllegalArgumentException("attest spark suggest: name whom the suggestions are for with"
                    + " --annotator NAME; usage: " + USAGE);
        }
        String recommenders = a.option("--recommender", "");
        try (SparkSession spark = Sessions.open("suggest")) {
            List<ShardSuggest.Report> reports = run(spark, a.positional(), annotator,
                    recommenders.isBlank()
                            ? List.of()
                            : Arrays.stream(recommenders.split(",")).map(String::strip)
                                    .toList(),
                    a.option("--model", null));
            print(reports, System.out);
            if (reports.stream().anyMatch(r -> !r.failures().isEmpty())) {
                System.exit(1);
            }
        }
    }

    /**
     * Suggests for {@code annotator} in every document of {@code shards} with {@code recommenders} (empty: every local
     * one), the model recommender with the model of {@code modelFrom} when given; returns each shard's report.
     */
    public static List<ShardSuggest.Report> run(SparkSession spark, List<String> shards, String annotator,
            List<String> recommenders, String modelFrom) throws Exception {
        String model = modelFrom == null ? null : Path.of(modelFrom).toAbsolutePath().normalize().toString();
        List<String> names = List.copyOf(recommenders);
        return Jobs.unwrap(() -> JavaSparkContext.fromSparkContext(spark.sparkContext())
                .parallelize(shards.stream().map(s -> Path.of(s).toAbsolutePath().normalize().toString()).toList(),
                        Math.max(1, shards.size()))
                .map(dir -> ShardSuggest.run(dir, annotator, names, model))
                .collect());
    }

    /** Prints the counts per recommender and label over all shards, the notes and the failures. */
    static void print(List<ShardSuggest.Report> reports, PrintStream out) {
        Map<String, Map<String, Integer>> total = new TreeMap<>();
        int documents = 0;
        for (ShardSuggest.Report r : reports) {
            documents += r.documents();
            r.counts().forEach((recommender, labels) -> labels.forEach((label, n) -> total
                    .computeIfAbsent(recommender, k -> new TreeMap<>()).merge(label, n, Integer::sum)));
        }
        out.printf(Locale.ROOT, "Suggestions written for %,d document(s) in %d shard(s):%n", documents,
                reports.size());
        total.forEach((recommender, labels) -> labels.forEach(
                (label, n) -> out.printf(Locale.ROOT, "  %-10s %-24s %,9d%n", recommender, label, n)));
        // one line per note, however many shards it concerns
        Map<String, Integer> notes = new TreeMap<>();
        reports.forEach(r -> r.notes().forEach(n -> notes.merge(n, 1, Integer::sum)));
        notes.forEach((note, shards) -> out.printf(Locale.ROOT, "Left out in %d shard(s): %s%n", shards, note));
        reports.forEach(r -> r.failures().forEach(f -> out.println("Failed: " + f)));
    }
}
