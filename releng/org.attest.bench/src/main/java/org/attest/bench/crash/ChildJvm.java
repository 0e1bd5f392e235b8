package org.attest.bench.crash;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/** A child JVM running {@link CrashChild} for the crash trials, with the steps it reported. */
final class ChildJvm {

    private final Process process;

    private final AtomicInteger done = new AtomicInteger();

    private final StringBuilder errors = new StringBuilder();

    private final Thread reader;

    private final java.util.concurrent.CountDownLatch ready = new java.util.concurrent.CountDownLatch(1);

    private ChildJvm(Process process) {
        this.process = process;
        this.reader = Thread.ofPlatform().daemon().start(() -> {
            try (BufferedReader in = new BufferedReader(
                    new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = in.readLine()) != null;) {
                    if (line.equals("ready")) {
                        ready.countDown();
                    } else if (line.startsWith("done ")) {
                        done.set(Integer.parseInt(line.substring(5)));
                    }
                }
            } catch (IOException e) {
                // the child was killed
            } finally {
                ready.countDown();
            }
        });
        Thread.ofPlatform().daemon().start(() -> {
            try {
                String text = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
                synchronized (errors) {
                    errors.append(text);
                }
            } catch (IOException e) {
                // the child was killed
            }
        });
    }

    static ChildJvm start(CrashOperation operation, Path trial) throws IOException {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of(java, "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-cp",
                System.getProperty("java.class.path"), CrashChild.class.getName(), operation.name(),
                trial.toString()));
        return new ChildJvm(new ProcessBuilder(command).start());
    }

    /**
     * Waits until the child's JVM has started and it is about to run its first step; returns when, in nanoseconds.
     */
    long awaitReady() throws InterruptedException {
        if (!ready.await(2, TimeUnit.MINUTES)) {
            throw new IllegalStateException("the child JVM did not start within 2 minutes");
        }
        return System.nanoTime();
    }

    /** Waits for the child to end by itself; returns the steps it reported. */
    int awaitEnd() throws Exception {
        process.waitFor();
        reader.join();
        return done.get();
    }

    /**
     * Kills the child with SIGKILL after {@code millis}, unless it ended before; returns the steps that returned
     * before.
     */
    int killAfter(long millis) throws Exception {
        awaitReady();
        if (!process.waitFor(millis, TimeUnit.MILLISECONDS)) {
            process.destroyForcibly();
            process.waitFor();
        }
        reader.join();
        return done.get();
    }

    String errors() {
        synchronized (errors) {
            return errors.toString();
        }
    }
}
