package org.attest.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/** The results of a bench run, printed as a table and written as JSON with every figure and ratio. */
final class Report {

    private final BenchOptions options;
    private final List<Result> results = new ArrayList<>();
    private final Map<Integer, Long> peakHeap = new LinkedHashMap<>();

    private final Map<Integer, Long> heapAfterCollection = new LinkedHashMap<>();
    private final List<Took> took = new ArrayList<>();
    private double seconds;

    Report(BenchOptions options) {
        this.options = options;
    }

    void add(List<Result> rows) {
        results.addAll(rows);
    }

    void peakHeap(int docs, long bytes, long afterCollection) {
        peakHeap.put(docs, bytes);
        heapAfterCollection.put(docs, afterCollection);
    }

    void seconds(double value) {
        seconds = value;
    }

    /** Records that the step {@code step} (a measurement, or generating the corpus) took {@code value} s at a size. */
    void took(int docs, String step, double value) {
        took.add(new Took(docs, step, value));
    }

    List<Took> took() {
        return List.copyOf(took);
    }

    /** The time one step of the run took, in seconds. */
    record Took(int docs, String step, double seconds) {
    }

    List<Result> results() {
        return List.copyOf(results);
    }

    private static final String ROW = "%-42s %7s %12s %12s %7s %7s  %s";

    void print(PrintStream out) {
        out.println(String.format(Locale.ROOT, ROW, "operation", "docs", "Attest", "baseline", "ratio", "target",
                "verdict"));
        for (Result r : results) {
            out.println(line(r));
        }
        List<Scaling.Slope> slopes = Scaling.slopes(results);
        out.println();
        if (slopes.isEmpty()) {
            out.println("Scaling: run two sizes or more (e.g. --docs 1000,10000) for the log-log slopes.");
        } else {
            out.printf(Locale.ROOT, "Scaling, log-log slope of time against size over %s docs (target <= %.1f):%n",
                    sizesText(),
                    Scaling.TARGET);
            for (Scaling.Slope s : slopes) {
                out.printf(Locale.ROOT, "  %-42s Attest %5.2f   baseline %5.2f   %s%n", s.operation(), s.attest(),
                        s.baseline(), s.verdict());
            }
        }
        List<Scaling.Slope> heap = Scaling.heapSlopes(results);
        if (!heap.isEmpty()) {
            out.printf(Locale.ROOT, "Heap, log-log slope of the most heap in use after a collection against size"
                    + " (0: memory does not grow with the corpus, 1: in proportion):%n");
            heap.forEach(s -> out.printf(Locale.ROOT, "  %-42s %5.2f%n", s.operation(), s.attest()));
        }
        peakHeap.forEach((docs, bytes) -> out.printf(Locale.ROOT,
                "Heap at %d docs: at most %d MB in use right after a collection; the heap pools' peaks sum to %d MB, an"
                        + " upper bound, as they peak at different times (max heap %d MB)%n",
                docs, heapAfterCollection.getOrDefault(docs, 0L) >> 20, bytes >> 20,
                Runtime.getRuntime().maxMemory() >> 20));
        out.printf(Locale.ROOT, "Notes:%n");
        for (Result r : results) {
            if (!r.note().isEmpty()) {
                out.printf(Locale.ROOT, "  %s @%d: %s%n", r.operation(), r.docs(), r.note());
            }
        }
        out.printf(Locale.ROOT, "Machine: %s; bench took %.0f s%n", machine(), seconds);
        out.printf(Locale.ROOT, "Time per step:%n");
        took.stream().map(Took::docs).distinct().forEach(docs -> out.printf(Locale.ROOT, "  %d docs: %s%n", docs,
                String.join(", ", took.stream().filter(t -> t.docs() == docs)
                        .map(t -> String.format(Locale.ROOT, "%s %.1f s", t.step(), t.seconds())).toList())));
    }

    void writeJson(Path file) throws IOException {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("seed", options.seed());
        json.put("quick", options.quick());
        json.put("sizes", options.sizes());
        json.put("machine", machineMap());
        json.put("seconds", round(seconds));
        json.put("secondsPerStep", took.stream().map(t -> Map.of("docs", t.docs(), "step", t.step(), "seconds",
                round(t.seconds()))).toList());
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Result r : results) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("operation", r.operation());
            m.put("docs", r.docs());
            m.put("unit", r.unit());
            m.put("attest", number(r.attest()));
            m.put("baseline", number(r.baseline()));
            m.put("ratio", number(r.ratio()));
            m.put("targetMaxRatio", number(r.maxRatio()));
            m.put("targetBelow", number(r.below()));
            m.put("targetAtLeast", number(r.atLeast()));
            m.put("verdict", r.verdict());
            m.put("note", r.note());
            rows.add(m);
        }
        json.put("results", rows);
        List<Map<String, Object>> slopes = new ArrayList<>();
        for (Scaling.Slope s : Scaling.slopes(results)) {
            slopes.add(new LinkedHashMap<>(Map.of("operation", s.operation(), "attestSlope", round(s.attest()),
                    "baselineSlope", round(s.baseline()), "target", Scaling.TARGET, "verdict", s.verdict())));
        }
        json.put("scaling", slopes);
        Map<String, Object> heapSlopes = new LinkedHashMap<>();
        Scaling.heapSlopes(results).forEach(s -> heapSlopes.put(s.operation(), round(s.attest())));
        json.put("heapScaling", heapSlopes);
        Map<String, Object> heap = new LinkedHashMap<>();
        peakHeap.forEach((docs, bytes) -> heap.put(Integer.toString(docs), bytes));
        json.put("peakHeapBytes", heap);
        Map<String, Object> afterCollection = new LinkedHashMap<>();
        heapAfterCollection.forEach((docs, bytes) -> afterCollection.put(Integer.toString(docs), bytes));
        json.put("heapAfterCollectionBytes", afterCollection);
        if (file.toAbsolutePath().getParent() != null) {
            Files.createDirectories(file.toAbsolutePath().getParent());
        }
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(file.toFile(), json);
    }

    private String sizesText() {
        return String.join(", ", options.sizes().stream().map(String::valueOf).toList());
    }

    /** Returns the row of the report's table that shows {@code r}. */
    static String line(Result r) {
        return String.format(Locale.ROOT, ROW, r.operation(), r.docs(), figure(r.attest(), r.unit()),
                figure(r.baseline(), r.unit()),
                Double.isNaN(r.ratio()) ? "-" : String.format(Locale.ROOT, "%.2fx", r.ratio()), r.target(),
                r.verdict());
    }

    private static String figure(double value, String unit) {
        if (Double.isNaN(value)) {
            return "-";
        }
        String number = value >= 100
                ? String.format(Locale.ROOT, "%.0f", value)
                : value >= 10 ? String.format(Locale.ROOT, "%.1f", value) : String.format(Locale.ROOT, "%.3f", value);
        return number + " " + unit;
    }

    private static Object number(double value) {
        return Double.isNaN(value) ? null : round(value);
    }

    private static double round(double value) {
        return Math.round(value * 10_000) / 10_000.0;
    }

    static String machine() {
        Map<String, Object> m = machineMap();
        return m.get("cpus") + " CPUs (" + m.get("cpuModel") + "), " + m.get("os") + ", Java " + m.get("java")
                + ", max heap "
                + m.get("maxHeapMB") + " MB";
    }

    private static Map<String, Object> machineMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("cpus", Runtime.getRuntime().availableProcessors());
        m.put("cpuModel", cpuModel());
        m.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
                + System.getProperty("os.arch"));
        m.put("java", System.getProperty("java.vm.vendor") + " " + Runtime.version());
        m.put("maxHeapMB", Runtime.getRuntime().maxMemory() >> 20);
        m.put("jvmArgs", ManagementFactory.getRuntimeMXBean().getInputArguments());
        return m;
    }

    private static String cpuModel() {
        try {
            return Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                    .map(l -> l.substring(l.indexOf(':') + 1).strip()).findFirst().orElse("unknown");
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }
}
