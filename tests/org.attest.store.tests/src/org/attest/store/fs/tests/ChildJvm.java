package org.attest.store.fs.tests;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.attest.store.fs.AtomicFiles;

/**
 * A second JVM running a main class of this bundle on a plain class path, so tests can kill a
 * real process; the core classes it needs use only the JDK.
 */
final class ChildJvm implements AutoCloseable {

    /** Guards against a child that never answers; far above any normal start-up. */
    private static final long PATIENCE_SECONDS = 120;

    private final Process process;

    private final CompletableFuture<String> firstLine = new CompletableFuture<>();

    private ChildJvm(Process process) {
        this.process = process;
        Thread drain = new Thread(this::drain, "child-" + process.pid() + "-stdout");
        drain.setDaemon(true);
        drain.start();
    }

    /** Starts {@code main} in a new JVM with the given arguments. */
    static ChildJvm start(Class<?> main, String... args) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx256m");
        command.add("-cp");
        command.add(classPath());
        command.add(main.getName());
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        return new ChildJvm(process);
    }

    /** The class path of the child: the folders or jars holding the core classes and these tests. */
    static String classPath() {
        return classesOf(AtomicFiles.class) + File.pathSeparator + classesOf(ChildJvm.class);
    }

    /** Returns the first line the child printed, waiting for it to be printed. */
    String awaitFirstLine() {
        try {
            return firstLine.get(PATIENCE_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("The child JVM " + process.pid() + " printed nothing (alive: "
                    + process.isAlive() + ")", e);
        }
    }

    long pid() {
        return process.pid();
    }

    /** Kills the child as a crash would (SIGKILL) and waits until it is gone. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    /** Closes the child's standard input and waits for it to exit; returns its exit code. */
    int closeInputAndWait() throws IOException, InterruptedException {
        process.getOutputStream().close();
        if (!process.waitFor(PATIENCE_SECONDS, TimeUnit.SECONDS)) {
            throw new IllegalStateException("The child JVM " + process.pid() + " did not exit");
        }
        return process.exitValue();
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            kill();
        }
    }

    private void drain() {
        try (BufferedReader reader = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                firstLine.complete(line);
            }
            firstLine.completeExceptionally(new IOException("The child ended without output"));
        } catch (IOException e) {
            firstLine.completeExceptionally(e);
        }
    }

    private static Path classesOf(Class<?> type) {
        String resource = type.getName().replace('.', '/') + ".class";
        List<Path> candidates = new ArrayList<>();
        CodeSource source = type.getProtectionDomain().getCodeSource();
        if (source != null && source.getLocation() != null) {
            Path root = toPath(source.getLocation());
            candidates.add(root);
            // In Tycho's test runtime a bundle's location may be its project folder, with the
            // compiled classes below it.
            candidates.add(root.resolve("target/classes"));
            candidates.add(root.resolve("bin"));
        }
        String bundle = type == ChildJvm.class ? "tests/org.attest.core.tests" : "bundles/org.attest.core";
        Path cwd = Path.of("").toAbsolutePath();
        for (Path base = cwd; base != null; base = base.getParent()) {
            candidates.add(base.resolve(bundle).resolve("target/classes"));
        }
        for (Path candidate : candidates) {
            if (Files.isRegularFile(candidate) || Files.isRegularFile(candidate.resolve(resource))) {
                return candidate;
            }
        }
        throw new IllegalStateException("Cannot find the classes of " + type.getName() + " for a child JVM; tried "
                + candidates + " (code source " + (source == null ? null : source.getLocation()) + ")");
    }

    private static Path toPath(URL location) {
        String url = location.toString();
        // Equinox reports locations such as reference:file:/path/ for bundles installed in place.
        if (url.startsWith("reference:")) {
            url = url.substring("reference:".length());
        }
        try {
            return Path.of(URI.create(url));
        } catch (IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
            throw new UncheckedIOException(new IOException("Unusable code source " + location, e));
        }
    }
}
