package org.attest.bench;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Starts whole processes and times them from outside, from the start to the exit: the way a user waits for a
 * command. Their output goes to a file in the scratch folder, shown when a process fails.
 */
final class Launches {

    private static final long TIMEOUT_SECONDS = 300;

    private final Path scratch;
    private final Map<String, String> environment;

    /** Creates launches that keep output in {@code scratch} and add {@code environment} to the bench's own. */
    Launches(Path scratch, Map<String, String> environment) {
        this.scratch = scratch;
        this.environment = Map.copyOf(environment);
    }

    /** Returns the java binary the bench itself runs on, so both sides of a row start the same Java. */
    static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** Returns the command that starts {@link Hello} on the same Java with {@code -Xmx2g}, as Attest starts. */
    static List<String> hello() {
        try {
            Path code = Path.of(Hello.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return List.of(java(), "-Xmx2g", "-cp", code.toString(), Hello.class.getName());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Runs {@code command} to its end and returns the wall-clock nanoseconds; fails when it exits with non-zero. */
    long time(List<String> command) throws IOException, InterruptedException {
        return time(command, Map.of());
    }

    /** Runs {@code command} with {@code extra} in its environment and returns the nanoseconds it took. */
    long time(List<String> command, Map<String, String> extra) throws IOException, InterruptedException {
        Path log = Files.createDirectories(scratch).resolve("launch.log");
        ProcessBuilder builder = new ProcessBuilder(new ArrayList<>(command)).redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().putAll(environment);
        builder.environment().putAll(extra);
        builder.redirectInput(ProcessBuilder.Redirect.from(nullDevice()));
        long start = System.nanoTime();
        Process process = builder.start();
        if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException(
                    String.join(" ", command) + " did not end within " + TIMEOUT_SECONDS + " s");
        }
        long nanos = System.nanoTime() - start;
        if (process.exitValue() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " exited with " + process.exitValue() + ": "
                    + Files.readString(log, StandardCharsets.UTF_8));
        }
        return nanos;
    }

    private static java.io.File nullDevice() {
        return new java.io.File(System.getProperty("os.name").startsWith("Windows") ? "NUL" : "/dev/null");
    }
}
