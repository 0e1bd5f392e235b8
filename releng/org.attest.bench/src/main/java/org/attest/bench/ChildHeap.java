package org.attest.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Runs one command of the product's {@code bin/attest} in a process of its own with a fixed heap and reads, from the
 * garbage collector's log, the most heap it held after a collection (what it kept alive) and before one (its peak).
 */
final class ChildHeap {

    private static final long TIMEOUT_MINUTES = 60;

    // the end of a command's output kept (in output.txt too): enough for its summary or its error
    private static final int TAIL_BYTES = 64 * 1024;

    // "... Pause Young (Normal) (G1 Evacuation Pause) 25M->4M(512M) 3.456ms": used before -> after (committed)
    private static final Pattern COLLECTION = Pattern.compile("(\\d+)([KMG])->(\\d+)([KMG])\\((\\d+)([KMG])\\)");

    private ChildHeap() {
    }

    /**
     * What one command did.
     *
     * @param exit its exit code
     * @param seconds its wall-clock time
     * @param liveMb the most heap in use right after a collection, in MB
     * @param peakMb the most heap in use right before a collection, in MB
     * @param collections how many collections the log shows
     * @param outOfMemory whether it ran out of heap
     * @param tail the end of its output, for a command that failed
     */
    record Run(int exit, double seconds, double liveMb, double peakMb, int collections, boolean outOfMemory,
            String tail) {

        /** Returns whether the command ended well. */
        boolean ok() {
            return exit == 0 && !outOfMemory;
        }

        /** Returns the run in a few words for the row's note. */
        String describe() {
            String figures = String.format(Locale.ROOT, "%.1f s, %d collections, most in use after one %.0f MB,"
                    + " before one %.0f MB", seconds, collections, liveMb, peakMb);
            if (ok()) {
                return figures;
            }
            return (outOfMemory ? "OUT OF MEMORY" : "FAILED with exit " + exit) + "; " + figures + "; output: "
                    + tail.replace('\n', ' ');
        }
    }

    /**
     * Runs {@code bin/attest args} of {@code product} with {@code heapMb} MB of heap, keeping its output and log in
     * {@code dir}, with {@code environment} added.
     */
    static Run run(Path product, List<String> args, int heapMb, Path dir, Map<String, String> environment)
            throws IOException, InterruptedException {
        Files.createDirectories(dir);
        Path output = dir.resolve("output.txt");
        List<String> command = new ArrayList<>();
        command.add(product.resolve("bin/attest").toString());
        command.addAll(args);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        builder.environment().putAll(environment);
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        // %p: a process the command starts in the background (the class-data archive) logs to a file of its own
        builder.environment().put("ATTEST_JAVA_OPTS", "-Xmx" + heapMb + "m -XX:+HeapDumpOnOutOfMemoryError"
                + " -XX:HeapDumpPath=" + dir + " -Xlog:gc:file=" + dir.resolve("gc-%p.log"));
        long start = System.nanoTime();
        Process process = builder.start();
        // only the output's end is kept: at 100,000 documents, attest claims prints gigabytes of pairs
        OutputTail tail = new OutputTail(TAIL_BYTES);
        Thread reader = Thread.ofPlatform().daemon().name("bench: output of " + args.get(0))
                .start(() -> tail.drain(process.getInputStream()));
        if (!process.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
            process.destroyForcibly().waitFor();
        }
        reader.join();
        double seconds = (System.nanoTime() - start) / 1e9;
        String text = tail.text();
        Files.writeString(output, text, StandardCharsets.UTF_8);
        double[] heap = readLogs(dir);
        boolean oom = text.contains("OutOfMemoryError") || hasHeapDump(dir);
        return new Run(process.exitValue(), seconds, heap[0], heap[1], (int) heap[2], oom,
                text.substring(Math.max(0, text.length() - 600)));
    }

    // -XX:+HeapDumpOnOutOfMemoryError writes java_pid<pid>.hprof into dir when the heap runs out
    private static boolean hasHeapDump(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.anyMatch(p -> p.getFileName().toString().endsWith(".hprof"));
        }
    }

    /** Returns the most MB in use after and before a collection, and the number of collections, over the logs. */
    static double[] readLogs(Path dir) throws IOException {
        double[] heap = new double[3];
        try (Stream<Path> files = Files.list(dir)) {
            for (Path log : files.filter(p -> p.getFileName().toString().startsWith("gc-")).toList()) {
                for (String line : Files.readAllLines(log, StandardCharsets.UTF_8)) {
                    Matcher m = COLLECTION.matcher(line);
                    if (line.contains("Pause") && m.find()) {
                        // a pause that found no free room to copy into ("Evacuation Failure") keeps whole regions,
                        // garbage and all: what it leaves says how full the heap was, not what the command kept
                        if (!line.contains("Evacuation Failure")) {
                            heap[0] = Math.max(heap[0], mb(m.group(3), m.group(4)));
                        }
                        heap[1] = Math.max(heap[1], mb(m.group(1), m.group(2)));
                        heap[2]++;
                    }
                }
            }
        }
        return heap;
    }

    private static double mb(String number, String unit) {
        double value = Double.parseDouble(number);
        return switch (unit) {
            case "K" -> value / 1024;
            case "G" -> value * 1024;
            default -> value;
        };
    }
}
