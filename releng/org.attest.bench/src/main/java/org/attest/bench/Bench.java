package org.attest.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The benchmark: for each corpus size, generates the seeded synthetic corpus and measures every capability against
 * its plain UIMA or EMF baseline in the same run, then prints the table and the scaling slopes and writes JSON.
 */
public final class Bench {

    private Bench() {
    }

    /** Runs the bench with the command-line {@code args} (see {@link BenchOptions#USAGE}); exits 2 on a usage error. */
    public static void main(String[] args) throws Exception {
        BenchOptions options;
        try {
            options = BenchOptions.parse(args);
            measurements(options.only());
        } catch (IllegalArgumentException e) {
            System.err.println("attest bench: " + e.getMessage());
            System.exit(2);
            return;
        }
        if (options.help()) {
            System.out.print(BenchOptions.USAGE);
            return;
        }
        Report report = run(options, System.out::println);
        System.out.println();
        report.print(System.out);
        if (options.json() != null) {
            report.writeJson(options.json());
            System.out.println("JSON: " + options.json().toAbsolutePath());
        }
    }

    /**
     * Returns the measurements in the order they must run: import creates the corpus the others work on, and agreement,
     * which marks every document finished, comes after the model measurement so that one still sees the imported model,
     * and export, which exports one of those annotators' work with the agreement in its manifest, after agreement; team
     * work
     * clones and synchronises the corpus all of them built; claims reads the finished work agreement wrote; the heap of
     * each command, run in a process of its own on the corpus all of them left, comes last.
     */
    static List<Measurement> measurements(List<String> only) {
        List<String> names = measurements().stream().map(Measurement::name).toList();
        for (String name : only) {
            if (!names.contains(name)) {
                throw new IllegalArgumentException("--only " + name + ": there is no such measurement; the"
                        + " measurements are " + String.join(", ", names));
            }
        }
        return measurements().stream()
                .filter(m -> only.isEmpty() || only.contains(m.name()) || m instanceof ImportMeasurement).toList();
    }

    // every measurement, in the order they must run
    static List<Measurement> measurements() {
        return List.of(new ImportMeasurement(), new StartupMeasurement(), new WorkbenchStartMeasurement(),
                new SaveMeasurement(), new OpenMeasurement(), new ModelMeasurement(),
                new AgreementMeasurement(), new MergeMeasurement(), new ExportMeasurement(), new RegistryMeasurement(),
                new ClaimsMeasurement(), new SearchMeasurement(), new SuggestMeasurement(), new NameFinderMeasurement(),
                new TeamMeasurement(), new HeapMeasurement());
    }

    /** Runs every measurement at every size of {@code options}, reporting progress to {@code progress}. */
    public static Report run(BenchOptions options, java.util.function.Consumer<String> progress) throws Exception {
        long start = System.nanoTime();
        Report report = new Report(options);
        Path scratch = options.dir() != null
                ? Files.createDirectories(options.dir())
                : Files.createTempDirectory("attest-bench");
        try (HeapWatch heap = HeapWatch.start()) {
            for (int size : options.sizes()) {
                resetPeaks();
                heap.reset();
                Path dir = scratch.resolve("docs-" + size);
                deleteTree(dir);
                progress.accept("bench: " + size + " documents: generating the corpus in " + dir);
                long began = System.nanoTime();
                Workload.Stage stage = new Workload.Stage(options.quick(), size == options.sizes().get(0),
                        size == options.sizes().get(options.sizes().size() - 1));
                try (Workload workload = new Workload(new SyntheticCorpus(options.seed(), size), dir,
                        options.quick() ? 60 : 200,
                        options.quick() ? 1 : 3, stage)) {
                    report.took(size, "generating the corpus", seconds(began));
                    for (Measurement m : measurements(options.only())) {
                        if (!m.runsAt(stage)) {
                            continue;
                        }
                        progress.accept("bench: " + size + " documents: " + m.name());
                        began = System.nanoTime();
                        List<Result> rows = m.measure(workload);
                        report.add(rows);
                        double took = seconds(began);
                        // each row as soon as it is measured, so that a run that fails later keeps them in its log
                        rows.forEach(r -> progress.accept("bench: " + Report.line(r)));
                        report.took(size, m.name(), took);
                        progress.accept(String.format(Locale.ROOT, "bench: %d documents: %s took %.1f s", size,
                                m.name(), took));
                    }
                }
                report.peakHeap(size, peakHeap(), heap.mostAfterCollection());
                if (!options.keep()) {
                    deleteTree(dir);
                }
            }
        } finally {
            if (!options.keep() && options.dir() == null) {
                deleteTree(scratch);
            }
        }
        report.seconds(seconds(start));
        return report;
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    private static List<MemoryPoolMXBean> heapPools() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP).toList();
    }

    private static void resetPeaks() {
        System.gc();
        heapPools().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    /**
     * Sums the heap pools' peak usage since the last reset: an upper bound of the peak, as pools peak at different
     * times.
     */
    private static long peakHeap() {
        return heapPools().stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    }

    /** Deletes {@code root} and everything under it, when it exists. */
    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
