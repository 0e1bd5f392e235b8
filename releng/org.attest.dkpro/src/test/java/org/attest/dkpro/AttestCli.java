package org.attest.dkpro;

import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The command line of the built Attest product ({@code bin/attest} of the materialised Linux product), run as a user
 * runs it, with its own {@code ATTEST_HOME} in a temporary folder.
 */
final class AttestCli {

    /** The system property naming the product folder (set by this module's pom). */
    static final String PRODUCT_PROPERTY = "attest.product";

    /** The file of a CoNLL export in one part ({@code --split 100}, the part named "all"). */
    static final String CONLL_EXPORT = "all.conll";

    private static final long TIMEOUT_SECONDS = 120;

    private final Path script;
    private final Path home;

    private AttestCli(Path script, Path home) {
        this.script = script;
        this.home = home;
    }

    /** Returns the command line of the product named by {@value #PRODUCT_PROPERTY}, failing when it is not built. */
    static AttestCli in(Path temp) {
        String product = System.getProperty(PRODUCT_PROPERTY);
        if (product == null || product.isBlank()) {
            fail("the system property " + PRODUCT_PROPERTY + " names no Attest product; run these tests through "
                    + "releng/org.attest.dkpro/pom.xml, which sets it");
        }
        Path script = Path.of(product, "bin", "attest");
        if (!Files.isExecutable(script)) {
            fail("no Attest product at " + script + ": build it first (./mvnw -o -B verify -DskipTests from the "
                    + "root builds releng/org.attest.product), then run these tests again");
        }
        return new AttestCli(script, temp.resolve("attest-home"));
    }

    /** What one command printed (standard output and error together) and its exit status. */
    record Run(String command, int exit, String output) {
    }

    /** Runs {@code attest ARGS...} and returns its exit status and output. */
    Run run(String... args) {
        List<String> command = new ArrayList<>();
        command.add(script.toString());
        command.addAll(List.of(args));
        String shown = "attest " + String.join(" ", args);
        try {
            Files.createDirectories(home);
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
            builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
            builder.environment().put("HOME", home.toString());
            builder.environment().put("ATTEST_HOME", home.resolve("state").toString());
            // through OSGi: the quick start's first run leaves a class-data archive being written in the background,
            // which raced the removal of the temporary home
            builder.environment().put("ATTEST_OSGI", "1");
            Process process = builder.start();
            process.getOutputStream().close();
            byte[] output = process.getInputStream().readAllBytes();
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                fail("'" + shown + "' did not finish within " + TIMEOUT_SECONDS + " s");
            }
            return new Run(shown, process.exitValue(), new String(output, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException("could not run " + script + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running '" + shown + "'", e);
        }
    }

    /**
     * Exports {@code from}'s work (an annotator or {@code gold}) of {@code corpus} as CoNLL-2003 in one part into
     * {@code out} with the options {@code more}, and returns its documents.
     */
    List<ConllDocuments.Document> exportConll(Path corpus, Path out, String from, String... more) {
        List<String> args = new ArrayList<>(List.of("export", corpus.toString(), out.toString(), "--format",
                "conll", "--from", from, "--split", "100"));
        args.addAll(List.of(more));
        ok(args.toArray(String[]::new));
        return ConllDocuments.read(out.resolve(CONLL_EXPORT));
    }

    /** Runs {@code attest ARGS...}, failing with its output unless it exits with 0; returns the output. */
    String ok(String... args) {
        Run run = run(args);
        if (run.exit() != 0) {
            fail("'" + run.command() + "' exited with " + run.exit() + "; it printed:\n" + run.output());
        }
        return run.output();
    }
}
