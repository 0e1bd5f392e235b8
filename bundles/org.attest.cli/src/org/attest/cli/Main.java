package org.attest.cli;

import java.io.PrintStream;

/**
 * Starts the {@code attest} command line on a plain Java class path, without an OSGi framework: the quick start that
 * {@code bin/attest} uses once {@link PlainClassPath} has written the class path.
 */
public final class Main {

    private Main() {
    }

    /** Runs the command line with {@code args} and ends the process with its exit code. */
    public static void main(String[] args) {
        // picocli looks for Groovy's Closure class when it starts, which on a plain class path opens and searches every
        // jar on it; Attest's commands have no closures in their annotations
        if (System.getProperty("picocli.disable.closures") == null) {
            System.setProperty("picocli.disable.closures", "true");
        }
        // the first steps of opening a corpus, on the second core while picocli reads the arguments
        StartupWarmUp.start(args);
        PrintStream out = ProcessOutput.stream();
        int code = new Cli(out, System.err, !ProcessOutput.buffered()).run(args);
        out.flush();
        System.err.flush();
        if (code == Cli.OK && Threads.onlyThisOneRuns()) {
            // the Java ends on its own, hooks run; System.exit would first look for a System.Logger backend for
            // Runtime.exit's log, a search of every jar on the class path
            return;
        }
        // a command may leave pool threads behind; the Equinox launcher ends the process the same way
        System.exit(code);
    }
}
