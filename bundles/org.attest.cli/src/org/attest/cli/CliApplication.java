package org.attest.cli;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;

/** The headless Eclipse application behind the {@code attest} command line. */
public final class CliApplication implements IApplication {

    /** Runs the command line with the application arguments and returns its exit code. */
    @Override
    public Object start(IApplicationContext context) {
        String[] args = (String[]) context.getArguments().getOrDefault(IApplicationContext.APPLICATION_ARGS,
                new String[0]);
        context.applicationRunning();
        int code = new Cli(System.out, System.err).run(args);
        System.out.flush();
        return Integer.valueOf(code);
    }

    /** Does nothing: a command runs to its end. */
    @Override
    public void stop() {
        // a command always runs to completion; nothing to interrupt
    }
}
