package org.attest.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The command line of the bench.
 *
 * @param sizes the corpus sizes to run, in documents
 * @param quick whether to use small samples so the run finishes in under two minutes
 * @param json where to write the JSON report, or null
 * @param seed the seed of the synthetic corpus
 * @param dir the scratch folder, or null for a new temporary folder
 * @param keep whether to keep the scratch folder afterwards
 * @param help whether only the usage was asked for
 * @param only the names of the measurements to run (the import, which makes the corpus, always runs), empty for all
 */
public record BenchOptions(List<Integer> sizes, boolean quick, Path json, long seed, Path dir, boolean keep,
        boolean help, List<String> only) {

    /** The usage text. */
    public static final String USAGE = """
            Usage: attest bench [--docs N[,N...]] [--quick] [--json FILE] [--seed S] [--dir DIR] [--keep]
                               [--only NAME[,NAME...]]
              --docs N,M   corpus sizes in documents (default 1000,10000; --quick: 100,1000); two sizes or more
                           give the log-log scaling slope, one size gives none
              --quick      smaller samples and sizes, one round, under 2 minutes: the import and start-up at both sizes,
                           what does not depend on the size and team work at the first, the rest (the heap
                           of three commands) once, at the last
              --json FILE  also write every figure and ratio as JSON to FILE
              --seed S     seed of the synthetic corpus (default 20250601); equal seeds give equal corpora
              --dir DIR    scratch folder on the disk to measure (default: a new folder in java.io.tmpdir)
              --keep       keep the scratch folder (corpora, baseline files) afterwards
              --only NAMES run only these measurements (e.g. search) after the import that makes the corpus
            """;

    /** Parses {@code args}; an error names the argument and the fix. */
    public static BenchOptions parse(String... args) {
        List<Integer> sizes = null;
        boolean quick = false;
        Path json = null;
        long seed = 20250601L;
        Path dir = null;
        boolean keep = false;
        List<String> only = List.of();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            switch (arg) {
                case "--quick" -> quick = true;
                case "--keep" -> keep = true;
                case "--help", "-h" -> {
                    return new BenchOptions(List.of(), false, null, seed, null, false, true, List.of());
                }
                case "--docs" -> sizes = sizes(value(args, ++i, arg));
                case "--json" -> json = Path.of(value(args, ++i, arg));
                case "--dir" -> dir = Path.of(value(args, ++i, arg));
                case "--seed" -> seed = number(value(args, ++i, arg), arg);
                case "--only" -> only = List.of(value(args, ++i, arg).split(","));
                default -> throw new IllegalArgumentException("unknown option '" + arg + "'\n" + USAGE);
            }
        }
        if (sizes == null) {
            sizes = quick ? List.of(100, 1000) : List.of(1000, 10000);
        }
        return new BenchOptions(List.copyOf(sizes), quick, json, seed, dir, keep, false, only);
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length) {
            throw new IllegalArgumentException(option + " needs a value\n" + USAGE);
        }
        return args[i];
    }

    private static List<Integer> sizes(String value) {
        List<Integer> sizes = new ArrayList<>();
        for (String part : value.split(",")) {
            long n = number(part.strip(), "--docs");
            if (n < 10 || n > 1_000_000) {
                throw new IllegalArgumentException(
                        "--docs " + value + ": each size must be between 10 and 1000000 documents");
            }
            sizes.add((int) n);
        }
        return sizes.stream().distinct().sorted().toList();
    }

    private static long number(String value, String option) {
        try {
            return Long.parseLong(value.replace("_", "").replace("k", "000"));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " " + value + ": not a whole number; write e.g. 1000 or 10k");
        }
    }
}
