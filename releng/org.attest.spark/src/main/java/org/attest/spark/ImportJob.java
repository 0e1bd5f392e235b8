package org.attest.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.to_json;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.spark.HashPartitioner;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import scala.Tuple2;

/**
 * {@code attest spark import INPUT OUT --shards N}: JSON Lines or Parquet articles into N corpus shards,
 * {@code OUT/shard-000} ..., each document in the shard its id's hash names; the spark-submit class of the job.
 */
public final class ImportJob {

    static final String USAGE = "import INPUT OUT --shards N [--format jsonl|parquet]";

    private static final ObjectMapper JSON = new ObjectMapper();

    private ImportJob() {
    }

    /** Runs the job with command-line arguments. */
    public static void main(String[] args) throws Exception {
        Args a = Args.parse("import", args, Set.of("--shards", "--format")).require(2, USAGE);
        try (SparkSession spark = Sessions.open("import")) {
            List<ShardImport.Report> reports = run(spark, a.positional().get(0), Path.of(a.positional().get(1)),
                    a.number("--shards", 1, 1), a.option("--format", null));
            print(reports, System.out);
        }
    }

    /**
     * Imports the articles of {@code input} (a file or folder; {@code format} jsonl or parquet, or null to tell by the
     * name) into {@code shards} shards under {@code out} and returns what each shard's import did, in shard order.
     */
    public static List<ShardImport.Report> run(SparkSession spark, String input, Path out, int shards, String format)
            throws Exception {
        Dataset<Row> lines = lines(spark, input, format);
        // a path is no Serializable: the tasks take it as text
        String target = out.toAbsolutePath().normalize().toString();
        List<ShardImport.Report> reports = Jobs.unwrap(() -> lines.javaRDD()
                .filter(row -> !row.getString(0).isBlank())
                .mapToPair(row -> {
                    ArticleLine line = line(row.getString(0), row.getString(1));
                    return new Tuple2<>(ShardKey.of(line.id(), shards), line);
                })
                .partitionBy(new HashPartitioner(shards))
                .mapPartitionsWithIndex((index, pairs) -> List.of(ShardImport.run(Path.of(target), index,
                        new Jobs.Values<>(pairs))).iterator(), true)
                .collect());
        return reports.stream().sorted((x, y) -> x.shard().compareTo(y.shard())).toList();
    }

    /** Prints the shards with their counts, and the totals. */
    static void print(List<ShardImport.Report> reports, PrintStream out) {
        int read = 0;
        int added = 0;
        int unchanged = 0;
        for (ShardImport.Report r : reports) {
            out.printf(Locale.ROOT, "%-10s %,9d read %,9d added %,9d already there%n", r.shard(), r.read(), r.added(),
                    r.unchanged());
            read += r.read();
            added += r.added();
            unchanged += r.unchanged();
        }
        out.printf(Locale.ROOT, "%,d article(s) read into %d shard(s): %,d added, %,d already in their shard.%n", read,
                reports.size(), added, unchanged);
    }

    /** Returns the input as rows of (one article as a JSON line, the file it came from). */
    private static Dataset<Row> lines(SparkSession spark, String input, String format) {
        String chosen = format != null
                ? format.toLowerCase(Locale.ROOT)
                : input.toLowerCase(Locale.ROOT).endsWith(".parquet") ? "parquet" : "jsonl";
        Column file = col("_metadata.file_path");
        switch (chosen) {
            case "jsonl" -> {
                // the lines as they are: Attest's JSON Lines import reads and checks them, keeping every key
                return spark.read().text(input).select(col("value"), file);
            }
            case "parquet" -> {
                Dataset<Row> table = spark.read().parquet(input);
                Column[] columns = Arrays.stream(table.columns()).map(c -> col("`" + c + "`")).toArray(Column[]::new);
                return table.select(to_json(struct(columns)).as("value"), file);
            }
            default -> throw new IllegalArgumentException(
                    "attest spark import: --format is jsonl or parquet, not '" + format + "'");
        }
    }

    /** Returns the article on {@code json} with its id, or fails naming {@code source} when it has none. */
    static ArticleLine line(String json, String source) {
        JsonNode node;
        try {
            node = JSON.readTree(json);
        } catch (Exception e) {
            throw new IllegalArgumentException(source + ": a line is not JSON (" + e.getMessage().lines().findFirst()
                    .orElse("") + "); each line must be one JSON object such as {\"id\": \"a1\", \"text\": \"...\"}");
        }
        JsonNode id = node == null ? null : node.get("id");
        if (id == null || !(id.isTextual() || id.isIntegralNumber()) || id.asText().isBlank()) {
            String start = json.length() > 60 ? json.substring(0, 60) + "..." : json;
            throw new IllegalArgumentException(source + ": the article " + start
                    + " has no \"id\"; the shards are chosen by id, so give every article one");
        }
        return new ArticleLine(id.asText(), json, source);
    }
}
