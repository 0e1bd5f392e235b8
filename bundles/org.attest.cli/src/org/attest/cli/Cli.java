package org.attest.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.util.Arrays;
import java.util.Objects;

import picocli.CommandLine;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/** Parses {@code attest} arguments, runs the chosen sub-command and maps failures to messages and exit codes. */
public final class Cli {

    /** Exit code of a successful run. */
    public static final int OK = 0;

    /** Exit code when a command found problems in the user's data (for example {@code validate}). */
    public static final int PROBLEMS = 1;

    /** Exit code of a usage error or of a failure the user can fix. */
    public static final int FAILED = 2;

    private final PrintStream out;
    private final PrintStream err;
    private final boolean flushEachLine;

    /** Creates a command line writing results to {@code out} and diagnostics to {@code err}, each line as it comes. */
    public Cli(PrintStream out, PrintStream err) {
        this(out, err, true);
    }

    /**
     * Creates a command line writing results to {@code out}, each line as it comes or, without {@code flushEachLine},
     * in blocks flushed before a diagnostic and at the end, and diagnostics to {@code err}.
     */
    public Cli(PrintStream out, PrintStream err, boolean flushEachLine) {
        this.out = Objects.requireNonNull(out);
        this.err = Objects.requireNonNull(err);
        this.flushEachLine = flushEachLine;
        // any command that opens a corpus for writing first finishes a synchronisation a crash interrupted
        org.attest.sync.SyncRecovery.install();
    }

    /** Runs the command line on {@code args} and returns the process exit code. */
    public int run(String... args) {
        CommandLine cl = AttestCommand.parser(args);
        cl.registerConverter(Charset.class, Encodings::parse);
        cl.setOut(new PrintWriter(out, flushEachLine));
        cl.setErr(new PrintWriter(err, true));
        cl.setExecutionExceptionHandler((ex, line, parse) -> {
            line.getOut().flush(); // what the command printed comes before why it stopped
            if (outOfMemory(ex)) {
                line.getErr().println(memoryMessage(
                        parse.subcommand() == null ? "attest" : "attest " + parse.subcommand().commandSpec().name()));
                return FAILED;
            }
            line.getErr().println("attest: " + describe(ex));
            // Checked exceptions, IllegalArgumentException and UncheckedIOException carry messages written for users;
            // anything else is a bug.
            boolean bug = ex instanceof RuntimeException && !(ex instanceof IllegalArgumentException)
                    && !(ex instanceof java.io.UncheckedIOException);
            if (Boolean.getBoolean("attest.debug") || System.getenv("ATTEST_DEBUG") != null) {
                ex.printStackTrace(line.getErr());
            } else if (bug) {
                line.getErr()
                        .println("(this is a bug in Attest; set ATTEST_DEBUG=1 to see the stack trace and report it)");
            }
            return FAILED;
        });
        cl.setParameterExceptionHandler((ex, arguments) -> {
            ex.getCommandLine().getOut().flush();
            ex.getCommandLine().getErr().println(usageError(ex, arguments));
            return FAILED;
        });
        // the command runs once the start-up's warm-up on the other core has ended (Main starts it on a plain class
        // path)
        cl.setExecutionStrategy(parse -> {
            StartupWarmUp.await();
            return new CommandLine.RunLast().execute(parse);
        });
        cl.setExitCodeExceptionMapper(ex -> FAILED);
        cl.getCommandSpec().exitCodeOnInvalidInput(FAILED);
        try {
            return cl.execute(args);
        } catch (OutOfMemoryError e) {
            // Errors pass by picocli's handler; what the command held is garbage now, so there is memory to say this.
            cl.getOut().flush();
            err.println(memoryMessage(args.length == 0 ? "attest" : "attest " + args[0]));
            err.flush();
            return FAILED;
        } finally {
            cl.getOut().flush();
        }
    }

    /** Returns the one line printed when memory ran out during {@code command}, with how to give Attest more. */
    static String memoryMessage(String command) {
        long megabytes = Runtime.getRuntime().maxMemory() / (1024 * 1024);
        return "attest: memory ran out during '" + command + "' (this run may use " + megabytes
                + " MB); run it again with more,"
                + " for example: ATTEST_JAVA_OPTS=-Xmx" + Math.max(4, 2 * ((megabytes + 1023) / 1024)) + "g ./attest "
                + command.substring(Math.min(command.length(), "attest ".length()));
    }

    // One line a user can act on instead of picocli's message and the whole usage: what was wrong, where to read more.
    static String usageError(ParameterException ex, String... args) {
        String message = ex.getMessage() == null
                ? "the arguments could not be read"
                : ex.getMessage().replaceFirst("^Error: ", "").strip();
        message = message.replaceAll("\\s*\\R\\s*", " ");
        if (ex instanceof UnmatchedArgumentException unmatched && !unmatched.getSuggestions().isEmpty()) {
            message = message + "; did you mean " + String.join(" or ", unmatched.getSuggestions()) + "?";
        }
        String order = argumentsFirst(ex, args);
        return "attest: " + (order == null ? message : order) + "; see '"
                + helpCommand(ex.getCommandLine().getCommandSpec()) + " --help'";
    }

    // picocli reads 'attest curation status DIR' as the action without the folder the command needs first: show the
    // order it reads
    private static String argumentsFirst(ParameterException ex, String[] args) {
        CommandSpec spec = ex.getCommandLine().getCommandSpec();
        if (!(ex instanceof MissingParameterException missing) || spec.subcommands().isEmpty()
                || spec.positionalParameters().isEmpty()
                || missing.getMissing().stream().noneMatch(ArgSpec::isPositional)) {
            return null;
        }
        return Arrays.stream(args).filter(spec.subcommands()::containsKey).findFirst()
                .map(action -> labels(spec) + " comes right after '" + helpCommand(spec)
                        + "', before the action: write '" + helpCommand(spec)
                        + " " + labels(spec) + " " + action + " ...'")
                .orElse(null);
    }

    /**
     * Returns how {@code spec} is called, with the arguments its parents read before it, e.g.
     * {@code attest curation DIR decide}.
     */
    static String helpCommand(CommandSpec spec) {
        CommandSpec parent = spec.parent();
        if (parent == null) {
            return spec.name();
        }
        String before = labels(parent);
        return helpCommand(parent) + (before.isEmpty() ? "" : " " + before) + " " + spec.name();
    }

    private static String labels(CommandSpec spec) {
        return String.join(" ", spec.positionalParameters().stream().map(p -> p.paramLabel()).toList());
    }

    private static boolean outOfMemory(Throwable ex) {
        for (Throwable cause = ex; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof OutOfMemoryError) {
                return true;
            }
        }
        return false;
    }

    private static String describe(Throwable ex) {
        String message = ex.getMessage();
        if (message == null || message.isBlank()) {
            return "unexpected " + ex.getClass().getSimpleName() + "; please report it with the command you ran";
        }
        return message + CommandLineFixes.fix(ex);
    }
}
