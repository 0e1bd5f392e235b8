package org.attest.cli;

/**
 * Starts the {@code attest} command line on a plain Java class path, without an OSGi framework: the quick start that
 * {@code bin/attest} uses once {@link PlainClassPath} has written the class path.
 */
public final class Main {

    private Main() {
    }

    /** Runs the command line with {@code args} and ends the process with its exit code. */
    public static void main(String[] args) {
        int code = new Cli(System.out, System.err).run(args);
        System.out.flush();
        System.err.flush();
        // a command may leave pool threads behind; the Equinox launcher ends the process the same way
        System.exit(code);
    }
}
