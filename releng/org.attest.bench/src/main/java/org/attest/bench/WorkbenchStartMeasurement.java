package org.attest.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The workbench's start: the product's launcher ({@code attest}, beside {@code bin/}) until the Attest window shows,
 * found by {@code xdotool}; on the display of the session, or on an Xvfb of its own when there is none. A Java
 * hello-world started the same way is the baseline; the row has no target. Measured at the first corpus size only.
 */
final class WorkbenchStartMeasurement implements Measurement {

    private static final String ROW = "workbench start, to its first window";

    private static final int RUNS = 3;

    private static final long WAIT_NANOS = 180_000_000_000L;

    @Override
    public boolean sizeIndependent() {
        return true;
    }

    @Override
    public String name() {
        return "workbench";
    }

    /** Runs at the first size, and not in a quick run: the row is information, and the starts take seconds each. */
    @Override
    public boolean runsAt(Workload.Stage stage) {
        return stage.first() && !stage.quick();
    }

    @Override
    public List<Result> measure(Workload w) throws Exception {
        Path product = StartupMeasurement.product();
        String missing = product == null
                ? "no product (./attest bench names it)"
                : !onPath("xdotool")
                        ? "no xdotool to see the window (apt-get install xdotool)"
                        : System.getenv("DISPLAY") == null && !onPath("Xvfb") ? "no display and no Xvfb" : null;
        if (missing != null) {
            return List.of(new Result(ROW, w.size(), "s", Double.NaN, Double.NaN, Double.NaN, missing));
        }
        Process xvfb = null;
        String display = System.getenv("DISPLAY");
        try {
            if (display == null) {
                display = freeDisplay();
                xvfb = new ProcessBuilder("Xvfb", display, "-screen", "0", "1400x900x24")
                        .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
                awaitSocket(display);
            }
            Map<String, String> env = new HashMap<>();
            env.put("DISPLAY", display);
            env.put("ATTEST_HOME", w.dir().resolve("workbench-home").toString());
            env.put("JAVA_HOME", System.getProperty("java.home"));
            env.put("ATTEST_JAVA_OPTS", "");
            Launches launches = new Launches(w.dir().resolve("launches"), Map.of());
            launches.time(Launches.hello());
            firstWindow(product, env);
            int runs = w.stage().quick() ? 1 : RUNS;
            long[] workbench = new long[runs];
            long[] hello = new long[runs];
            for (int i = 0; i < runs; i++) {
                workbench[i] = firstWindow(product, env);
                hello[i] = launches.time(Launches.hello());
            }
            return List.of(new Result(ROW, w.size(), "s", Timings.median(workbench) / 1e9,
                    Timings.median(hello) / 1e9, Double.NaN,
                    "median of " + runs + " start(s) after one not counted, the same workspace each time, display "
                            + display + (xvfb == null ? "" : " (an Xvfb of its own)")
                            + ": the attest launcher until xdotool finds a window named Attest; baseline 'java Hello'"));
        } finally {
            if (xvfb != null) {
                xvfb.destroy();
                xvfb.waitFor(10, TimeUnit.SECONDS);
            }
        }
    }

    // starts the workbench, returns the nanoseconds until its window shows, then ends it
    private static long firstWindow(Path product, Map<String, String> env) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(product.resolve("attest").toString()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD);
        builder.environment().putAll(env);
        long start = System.nanoTime();
        Process workbench = builder.start();
        try {
            while (System.nanoTime() - start < WAIT_NANOS) {
                if (windowShows(env.get("DISPLAY"))) {
                    return System.nanoTime() - start;
                }
                if (!workbench.isAlive()) {
                    throw new IllegalStateException("the workbench ended with " + workbench.exitValue()
                            + " before its window showed");
                }
                Thread.sleep(50);
            }
            throw new IllegalStateException("the workbench showed no Attest window within 180 s");
        } finally {
            workbench.descendants().forEach(ProcessHandle::destroy);
            workbench.destroy();
            if (!workbench.waitFor(20, TimeUnit.SECONDS)) {
                workbench.descendants().forEach(ProcessHandle::destroyForcibly);
                workbench.destroyForcibly().waitFor();
            }
            // the next start must not find this one's window
            long gone = System.nanoTime();
            while (windowShows(env.get("DISPLAY")) && System.nanoTime() - gone < 10_000_000_000L) {
                Thread.sleep(50);
            }
        }
    }

    private static boolean windowShows(String display) throws IOException, InterruptedException {
        ProcessBuilder search = new ProcessBuilder("xdotool", "search", "--name", "^Attest")
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD);
        search.environment().put("DISPLAY", display);
        return search.start().waitFor() == 0;
    }

    private static boolean onPath(String tool) {
        String path = System.getenv("PATH");
        return path != null && java.util.Arrays.stream(path.split(java.io.File.pathSeparator))
                .anyMatch(dir -> Files.isExecutable(Path.of(dir, tool)));
    }

    private static String freeDisplay() {
        for (int n = 140; n < 200; n++) {
            if (!Files.exists(Path.of("/tmp/.X" + n + "-lock"))
                    && !Files.exists(Path.of("/tmp/.X11-unix/X" + n))) {
                return ":" + n;
            }
        }
        throw new IllegalStateException("no free X display between :140 and :199");
    }

    private static void awaitSocket(String display) throws InterruptedException {
        Path socket = Path.of("/tmp/.X11-unix/X" + display.substring(1));
        for (int i = 0; i < 100 && !Files.exists(socket); i++) {
            Thread.sleep(100);
        }
    }
}
