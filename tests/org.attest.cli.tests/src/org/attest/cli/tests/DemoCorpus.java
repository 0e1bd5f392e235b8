package org.attest.cli.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.attest.cli.Cli;

/** The project's sample articles and the demo corpus made from them, for tests of commands that need annotated work. */
final class DemoCorpus {

    private DemoCorpus() {
    }

    /** Returns the project's {@code samples} folder, found upwards from the working directory. */
    static Path samples() {
        Path dir = Path.of("").toAbsolutePath();
        while (!Files.isRegularFile(dir.resolve("samples/harbour-flood-a.txt"))) {
            dir = dir.getParent();
        }
        return dir.resolve("samples");
    }

    /**
     * Runs the demo into {@code corpus}: anna and ben finish every sample article, their agreement is merged, and rita
     * curates every article but harbour-flood-c.
     */
    static Path create(Path corpus) {
        int code = new Cli(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8), System.err)
                .run("demo", "--samples", samples().toString(), "--corpus", corpus.toString());
        assertThat(code).isZero();
        return corpus;
    }
}
