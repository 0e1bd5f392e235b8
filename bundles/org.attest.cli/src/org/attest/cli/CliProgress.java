package org.attest.cli;

import java.io.PrintWriter;

import org.eclipse.jgit.lib.BatchingProgressMonitor;
import org.eclipse.jgit.lib.ProgressMonitor;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The progress of transfers on stderr when it is a terminal, one line per step with its percentage growing; silent
 * otherwise.
 */
final class CliProgress extends BatchingProgressMonitor {

    private final PrintWriter err;
    private final boolean terminal = System.console() != null;

    private CliProgress(CommandSpec spec) {
        this.err = spec.commandLine().getErr();
    }

    // typed as JGit's interface, so that a command calling this needs JGit only when it runs: picocli links every
    // command at each start, and a signed jar (JGit) costs its signature check when a class of it loads
    static ProgressMonitor create(CommandSpec spec) {
        return new CliProgress(spec);
    }

    @Override
    protected void onUpdate(String taskName, int workCurr, java.time.Duration duration) {
        if (terminal) {
            err.printf("\r  %s: %d", taskName, workCurr);
            err.flush();
        }
    }

    @Override
    protected void onEndTask(String taskName, int workCurr, java.time.Duration duration) {
        if (terminal) {
            err.printf("\r  %s: %d, done%n", taskName, workCurr);
        }
    }

    @Override
    protected void onUpdate(String taskName, int workCurr, int workTotal, int percentDone,
            java.time.Duration duration) {
        if (terminal) {
            err.printf("\r  %s: %d%% (%d/%d)", taskName, percentDone, workCurr, workTotal);
            err.flush();
        }
    }

    @Override
    protected void onEndTask(String taskName, int workCurr, int workTotal, int percentDone,
            java.time.Duration duration) {
        if (terminal) {
            err.printf("\r  %s: %d%% (%d/%d), done%n", taskName, percentDone, workCurr, workTotal);
        }
    }
}
