package org.attest.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.osgi.framework.FrameworkUtil;

/** The headless Eclipse application behind the {@code attest} command line. */
public final class CliApplication implements IApplication {

    /** Runs the command line with the application arguments and returns its exit code. */
    @Override
    public Object start(IApplicationContext context) {
        String[] args = (String[]) context.getArguments().getOrDefault(IApplicationContext.APPLICATION_ARGS,
                new String[0]);
        context.applicationRunning();
        writePlainClassPath();
        PrintStream out = ProcessOutput.stream();
        int code = new Cli(out, System.err, !ProcessOutput.buffered()).run(args);
        out.flush();
        return Integer.valueOf(code);
    }

    // bin/attest asks for the class path of its quick start (Main, without OSGi) when it has none or the installation
    // changed; failing to write it only means the next command starts through OSGi again
    private void writePlainClassPath() {
        String file = System.getProperty(PlainClassPath.PROPERTY);
        if (file == null || file.isBlank()) {
            return;
        }
        try {
            PlainClassPath.write(Path.of(file), FrameworkUtil.getBundle(CliApplication.class));
        } catch (IOException | RuntimeException e) {
            System.err
                    .println("attest: the quick start is not prepared, commands start through OSGi: " + e.getMessage());
        }
    }

    /** Does nothing: a command runs to its end. */
    @Override
    public void stop() {
        // a command always runs to completion; nothing to interrupt
    }
}
