package org.attest.spark;

import java.util.Arrays;
import java.util.Map;

/**
 * {@code attest spark JOB ...}: runs one of the jobs (import, export, suggest, select) or the benchmark by name; the
 * main class of the
 * job jar.
 */
public final class SparkJobs {

    /** The job names and their spark-submit classes. */
    static final Map<String, String> JOBS = Map.of("import", ImportJob.class.getName(), "export",
            ExportJob.class.getName(), "suggest", SuggestJob.class.getName(), "select", SelectJob.class.getName(),
            "bench",
            SparkBench.class.getName());

    private SparkJobs() {
    }

    /** Runs the job named by the first argument with the arguments that follow, and exits 2 on a user error. */
    public static void main(String[] args) throws Exception {
        if (args.length == 0 || args[0].equals("--help") || !JOBS.containsKey(args[0])) {
            System.err.println("usage: attest spark JOB ...; the jobs are:");
            System.err.println("  " + ImportJob.USAGE);
            System.err.println("  " + ExportJob.USAGE);
            System.err.println("  " + SuggestJob.USAGE);
            System.err.println("  " + SelectJob.USAGE);
            System.err.println("  " + SparkBench.USAGE);
            System.exit(args.length == 0 || args[0].equals("--help") ? 0 : 2);
        }
        String[] rest = Arrays.copyOfRange(args, 1, args.length);
        try {
            switch (args[0]) {
                case "import" -> ImportJob.main(rest);
                case "export" -> ExportJob.main(rest);
                case "suggest" -> SuggestJob.main(rest);
                case "bench" -> SparkBench.main(rest);
                default -> SelectJob.main(rest);
            }
        } catch (IllegalArgumentException | org.attest.store.CorpusException | org.attest.io.ImportException
                | org.attest.suggest.api.SuggestException e) {
            System.err.println("attest spark " + args[0] + ": " + e.getMessage());
            System.exit(2);
        }
    }
}
