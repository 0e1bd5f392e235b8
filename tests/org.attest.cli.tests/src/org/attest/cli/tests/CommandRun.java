package org.attest.cli.tests;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.attest.cli.Cli;

/** One run of the attest command line in this JVM: its exit code and what it printed to standard output and error. */
record CommandRun(int code, String out, String err) {

    /** Runs {@code attest args...} and captures its exit code and both streams as UTF-8 text. */
    static CommandRun of(String... args) {
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        int code = new Cli(new PrintStream(o, true, StandardCharsets.UTF_8),
                new PrintStream(e, true, StandardCharsets.UTF_8))
                .run(args);
        return new CommandRun(code, o.toString(StandardCharsets.UTF_8), e.toString(StandardCharsets.UTF_8));
    }
}
