package org.attest.spark;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;
import org.attest.store.fs.AtomicFiles;

/**
 * {@code attest spark select SHARDS... --annotator NAME --top K}: ranks the documents of the shards for human
 * annotation (most uncertain model output, most claims, most new entities, from the suggestions written for the
 * annotator) and writes the best K as a work list; the spark-submit class of the job.
 */
public final class SelectJob {

    static final String USAGE = "select SHARDS... --annotator NAME --top K [--out worklist.tsv]";

    /** The work list's first line. */
    static final String HEADER = "rank\tscore\tuncertainty\tclaims\tnew_entities\tshard\tdocument\ttitle";

    private SelectJob() {
    }

    /** Runs the job with command-line arguments. */
    public static void main(String[] args) throws Exception {
        Args a = Args.parse("select", args, Set.of("--annotator", "--top", "--out")).require(1, USAGE);
        String annotator = a.option("--annotator", null);
        if (annotator == null) {
            throw new IllegalArgumentException("attest spark select: name whose suggestions rank the documents with"
                    + " --annotator NAME; usage: " + USAGE);
        }
        Path out = Path.of(a.option("--out", "worklist.tsv"));
        try (SparkSession spark = Sessions.open("select")) {
            List<Candidate> chosen = run(spark, a.positional(), annotator, a.number("--top", 100, 1), out);
            print(chosen, out, System.out);
        }
    }

    /**
     * Scores every document of {@code shards} that {@code annotator} has not finished, writes the best {@code top} to
     * {@code out} (tab-separated, best first) and returns them.
     */
    public static List<Candidate> run(SparkSession spark, List<String> shards, String annotator, int top, Path out)
            throws Exception {
        List<Candidate> chosen = Jobs.unwrap(() -> JavaSparkContext.fromSparkContext(spark.sparkContext())
                .parallelize(shards.stream().map(s -> Path.of(s).toAbsolutePath().normalize().toString()).toList(),
                        Math.max(1, shards.size()))
                .flatMap(dir -> ShardSelect.run(dir, annotator).iterator())
                .takeOrdered(top, Candidate.ORDER));
        StringBuilder text = new StringBuilder(HEADER).append('\n');
        int rank = 0;
        for (Candidate c : chosen) {
            text.append(String.format(Locale.ROOT, "%d\t%.4f\t%.4f\t%d\t%d\t%s\t%s\t%s%n", ++rank, c.score(),
                    c.uncertainty(), c.claims(), c.newEntities(), c.shard(), c.document(),
                    c.title() == null ? "" : c.title().replaceAll("[\\t\\r\\n]+", " ")));
        }
        AtomicFiles.write(out.toAbsolutePath(), text.toString().getBytes(StandardCharsets.UTF_8));
        return chosen;
    }

    /** Prints the first documents of the work list and where it is. */
    static void print(List<Candidate> chosen, Path out, PrintStream stream) {
        chosen.stream().limit(10).forEach(c -> stream.printf(Locale.ROOT, "%.3f  %s/%s  %s%n", c.score(), c.shard(),
                c.document(), c.title() == null ? "" : c.title()));
        stream.printf(Locale.ROOT, "%d document(s) in the work list %s%n", chosen.size(), out);
    }
}
