package org.attest.spark;

import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.attest.export.ExportFormats;
import org.attest.export.ExportParts;
import org.attest.export.ExportRequest;
import org.attest.io.export.ExportFormat;
import org.attest.io.export.HfTokenFormat;
import org.attest.io.export.LineFormat;
import org.attest.model.schema.DefaultSchema;
import org.attest.store.Hashes;
import org.attest.store.fs.AtomicFiles;

/**
 * {@code attest spark export SHARDS... --format F OUT}: the gold of many corpora as one training set. The parts are
 * drawn over the documents of all the corpora, each corpus is exported by Attest's own export with those parts into
 * {@code OUT/shards/NAME}, and the parts of the line formats are joined document by document into
 * {@code OUT/PART.EXT} with {@code OUT/manifest.json}: the files {@code attest export} writes for one corpus of all the
 * documents. The spark-submit class of the job.
 */
public final class ExportJob {

    static final String USAGE = "export SHARDS... --format F OUT [--from gold|ANNOTATOR] [--split 80/10/10] [--seed N]"
            + "  (F: " + String.join(", ", ExportFormats.names()) + ", parquet)";

    /** The format that writes Parquet tables: the Hugging Face token rows of each part. */
    static final String PARQUET = "parquet";

    private ExportJob() {
    }

    /** Runs the job with command-line arguments. */
    public static void main(String[] args) throws Exception {
        Args a = Args.parse("export", args, Set.of("--format", "--from", "--split", "--seed")).require(2, USAGE);
        List<String> shards = a.positional().subList(0, a.positional().size() - 1);
        Path out = Path.of(a.positional().get(a.positional().size() - 1));
        String format = a.option("--format", null);
        if (format == null) {
            throw new IllegalArgumentException("attest spark export: --format is required; usage: " + USAGE);
        }
        try (SparkSession spark = Sessions.open("export")) {
            Combined result = run(spark, shards, format, a.option("--from", ExportRequest.GOLD),
                    a.option("--split", "80/10/10"), Long.parseLong(a.option("--seed", "42")), out);
            print(result, System.out);
        }
    }

    /**
     * What the job wrote.
     *
     * @param shards each corpus's export, in the order given
     * @param documents the documents per part over all corpora
     * @param files the joined files with their sizes and hashes, by path in {@code OUT}
     */
    public record Combined(List<ShardExport.Result> shards, Map<String, Integer> documents,
            Map<String, Map<String, Object>> files) {
    }

    /** Exports {@code shards} (corpus folders) into {@code out} and returns what was written. */
    public static Combined run(SparkSession spark, List<String> shards, String format, String from, String split,
            long seed, Path out) throws Exception {
        boolean parquet = PARQUET.equals(format);
        String coreFormat = parquet ? HfTokenFormat.NAME : format;
        ExportFormat probe = ExportFormats.create(coreFormat, DefaultSchema.create());
        ExportRequest checked = new ExportRequest(coreFormat, from, ExportRequest.parseSplit(split), seed, out);
        Set<String> names = new HashSet<>();
        for (String shard : shards) {
            if (!names.add(Path.of(shard).getFileName().toString())) {
                throw new IllegalArgumentException("two corpora are named " + Path.of(shard).getFileName()
                        + "; each is exported into OUT/shards/NAME, so give corpora of different folder names");
            }
        }
        Path target = out.toAbsolutePath().normalize();
        Path shardsDir = target.resolve("shards");
        // a path is no Serializable: the tasks take it as text
        String shardsText = shardsDir.toString();
        JavaSparkContext context = JavaSparkContext.fromSparkContext(spark.sparkContext());
        List<String> dirs = shards.stream().map(s -> Path.of(s).toAbsolutePath().normalize().toString()).toList();
        // the parts are drawn over the documents of all corpora, as one export of them all would draw them
        List<ShardExport.Listing> listings = Jobs.unwrap(() -> context.parallelize(dirs, Math.max(1, dirs.size()))
                .map(dir -> ShardExport.list(dir, coreFormat, from)).collect());
        HashMap<String, ArrayList<String>> parts = new HashMap<>();
        ExportParts.draw(everyId(listings), checked).forEach((part, ids) -> parts.put(part, new ArrayList<>(ids)));
        List<ShardExport.Result> results = Jobs.unwrap(() -> context.parallelize(dirs, Math.max(1, dirs.size()))
                .map(dir -> ShardExport.run(dir, coreFormat, from, split, seed, new HashMap<>(parts),
                        Path.of(shardsText, Path.of(dir).getFileName().toString())))
                .collect());
        Map<String, Integer> documents = new LinkedHashMap<>();
        results.forEach(r -> r.documents().forEach((part, ids) -> documents.merge(part, ids.size(), Integer::sum)));
        if (documents.values().stream().allMatch(n -> n == 0)) {
            throw new IllegalArgumentException("no corpus of the " + shards.size()
                    + " given has a document to export; " + results.get(0).notExported());
        }
        Map<String, Map<String, Object>> files = new TreeMap<>();
        if (partFile(probe, "train") != null) {
            for (String part : checked.splitNames()) {
                if (documents.containsKey(part)) {
                    PartJoin.join(results, parts.get(part), part, shardsDir, partFile(probe, part),
                            target.resolve(partFile(probe, part)));
                    files.put(partFile(probe, part), entry(target.resolve(partFile(probe, part))));
                }
            }
            if (HfTokenFormat.NAME.equals(coreFormat)) {
                same(results, shardsDir, HfTokenFormat.LABELS_FILE, target, files);
            }
            if (parquet) {
                for (String part : checked.splitNames()) {
                    if (documents.containsKey(part)) {
                        Path table = target.resolve(part + ".parquet");
                        spark.read().json(target.resolve(partFile(probe, part)).toString()).coalesce(1).write()
                                .mode(SaveMode.Overwrite).parquet(table.toString());
                        files.put(part + ".parquet", Map.of("rows", spark.read().parquet(table.toString()).count()));
                    }
                }
            }
        }
        Combined combined = new Combined(results, documents, files);
        AtomicFiles.write(target.resolve("manifest.json"),
                CombinedManifest.json(combined, format, checked, target));
        return combined;
    }

    /**
     * Returns the file of part {@code part} in a format whose parts are one piece per document, one after another, so
     * that the files of several corpora joined are the file of their documents; null for the other formats.
     */
    static String partFile(ExportFormat format, String part) {
        if (format instanceof LineFormat lines) {
            return lines.fileName(part);
        }
        // one JSON line per sentence, the sentences of a document together
        return format instanceof HfTokenFormat ? part + ".jsonl" : null;
    }

    /** Copies {@code name}, which every corpus's export must hold with the same bytes, into {@code out}. */
    private static void same(List<ShardExport.Result> results, Path shardsDir, String name, Path out,
            Map<String, Map<String, Object>> files) throws Exception {
        byte[] first = null;
        String firstShard = null;
        for (ShardExport.Result r : results) {
            if (r.notExported() != null) {
                continue;
            }
            byte[] bytes = Files.readAllBytes(shardsDir.resolve(r.shard()).resolve(name));
            if (first == null) {
                first = bytes;
                firstShard = r.shard();
            } else if (!java.util.Arrays.equals(first, bytes)) {
                throw new IllegalArgumentException("the " + name + " of " + r.shard() + " differs from that of "
                        + firstShard + ": their schemas have different entity labels, so their tag numbers do not"
                        + " match; export corpora of one schema together");
            }
        }
        AtomicFiles.write(out.resolve(name), first);
        files.put(name, entry(out.resolve(name)));
    }

    private static Map<String, Object> entry(Path file) throws Exception {
        Hashes.Sized hash = Hashes.sha256(file);
        return Map.of("size", hash.size(), "sha256", hash.sha256());
    }

    // Every document id of the corpora, refusing one that two corpora hold: its part and its piece would be ambiguous.
    private static List<String> everyId(List<ShardExport.Listing> listings) {
        Map<String, String> owner = new HashMap<>();
        for (ShardExport.Listing listing : listings) {
            for (String id : listing.ids()) {
                String other = owner.putIfAbsent(id, listing.shard());
                if (other != null) {
                    throw new IllegalArgumentException("the document '" + id + "' is in both " + other + " and "
                            + listing.shard() + "; a training set holds each document once, so export corpora whose"
                            + " documents differ (attest spark import spreads each id to one shard)");
                }
            }
        }
        return new ArrayList<>(owner.keySet());
    }

    /** Prints the corpora, the parts and the joined files. */
    static void print(Combined result, PrintStream out) {
        for (ShardExport.Result r : result.shards()) {
            out.printf(Locale.ROOT, "%-12s %s%n", r.shard(),
                    r.notExported() == null ? counts(r) : "not exported: " + r.notExported());
        }
        result.documents().forEach((part, n) -> out.printf(Locale.ROOT, "  %-6s %,9d document(s)%n", part, n));
        List<String> names = new ArrayList<>(result.files().keySet());
        out.println("Files: " + String.join(", ", names) + ", manifest.json; each corpus's own export in shards/");
    }

    /** Returns how many documents each part of a shard's export holds. */
    static Map<String, Integer> counts(ShardExport.Result r) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        r.documents().forEach((part, ids) -> counts.put(part, ids.size()));
        return counts;
    }
}
