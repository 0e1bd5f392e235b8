package org.attest.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The {@code ATTEST_HOME} the rows that start the product's {@code bin/attest} share in one run: prepared once, as a
 * user's is after the first commands (the quick start's class path written and its class-data archive made), so that
 * each size does not wait for the archive again.
 */
final class BenchHome {

    private BenchHome() {
    }

    /**
     * Returns the bench's home, kept from run to run in the system's temporary folder, preparing it first when no
     * archive is in it yet ({@code bin/attest} makes a new one when the installation or the Java changed).
     */
    static Path prepared(Workload w, Path product) throws Exception {
        Path home = Path.of(System.getProperty("java.io.tmpdir"),
                "attest-bench-home-" + System.getProperty("user.name"));
        Path launch = home.resolve("launch");
        if (!hasArchive(launch, product)) {
            // the first command writes the quick start's class path, the second makes its archive in the background
            Launches launches = new Launches(w.dir().resolve("launches"), environment(home));
            List<String> version = List.of(product.resolve("bin/attest").toString(), "--version");
            launches.time(version);
            launches.time(version);
            awaitArchive(launch, product);
        }
        return home;
    }

    // waits until the archive of this installation is made: the one left by an earlier build of the product has the
    // same name, and a wait for any archive ended at once while the new one was still being made beside the timed runs
    private static void awaitArchive(Path launch, Path product) throws Exception {
        long deadline = System.nanoTime() + 300_000_000_000L;
        while (!hasArchive(launch, product)) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(
                        "bin/attest made no class-data sharing archive in " + launch + " within 300 s");
            }
            Thread.sleep(100);
        }
    }

    /** Returns the environment that starts the product with {@code home} on the bench's own Java. */
    static Map<String, String> environment(Path home) {
        return Map.of("ATTEST_HOME", home.toString(), "JAVA_HOME", System.getProperty("java.home"),
                "ATTEST_JAVA_OPTS", "");
    }

    // whether the archive of this installation and Java is there, its making over: the name of the class path file,
    // with .jsa
    private static boolean hasArchive(Path launch, Path product) throws java.io.IOException {
        if (!Files.isDirectory(launch)) {
            return false;
        }
        try (var files = Files.list(launch)) {
            for (Path classpath : files.filter(p -> p.getFileName().toString().endsWith(".classpath")).toList()) {
                String name = classpath.getFileName().toString();
                Path archive = classpath
                        .resolveSibling(name.substring(0, name.length() - ".classpath".length()) + ".jsa");
                // as bin/attest judges them: a class path older than the installation's bundle list, or an archive
                // older than its class path, is made again
                Path bundles = product.resolve("configuration/org.eclipse.equinox.simpleconfigurator/bundles.info");
                // and the background run that made it is over: on Java 25 it goes on to make the ahead-of-time
                // cache, and the timed runs must not share the CPUs with it
                if (Files.isRegularFile(archive)
                        && !Files.exists(archive.resolveSibling(archive.getFileName() + ".lock"))
                        && Files.readString(classpath).contains(product.toString())
                        && Files.getLastModifiedTime(classpath).compareTo(Files.getLastModifiedTime(bundles)) > 0
                        && Files.getLastModifiedTime(archive).compareTo(Files.getLastModifiedTime(classpath)) > 0) {
                    return true;
                }
            }
        }
        return false;
    }
}
