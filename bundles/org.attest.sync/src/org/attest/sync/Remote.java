package org.attest.sync;

import java.nio.file.Path;
import java.util.Locale;

import org.eclipse.jgit.api.TransportCommand;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.api.errors.TransportException;
import org.eclipse.jgit.lib.ProgressMonitor;
import org.eclipse.jgit.transport.CredentialsProvider;

/**
 * How Attest talks to a remote: credentials and progress for every transfer, and failures turned into reasons a user
 * can act on.
 */
final class Remote {

    /** Seconds a transfer may stall before it is given up. */
    private static final int TIMEOUT = 60;

    private final CredentialsProvider credentials;
    private final ProgressMonitor monitor;

    Remote(CredentialsProvider credentials, ProgressMonitor monitor) {
        Ssh.install();
        this.credentials = credentials;
        this.monitor = monitor;
    }

    ProgressMonitor monitor() {
        return monitor;
    }

    /** Sets credentials and the timeout on {@code command}. */
    <C extends TransportCommand<C, ?>> C configure(C command) {
        command.setTimeout(TIMEOUT);
        if (credentials != null) {
            command.setCredentialsProvider(credentials);
        }
        return command;
    }

    /** Turns a failed transfer with {@code url} into a reason and a message saying what happened. */
    static SyncException failure(String what, String url, Path dir, GitAPIException e) {
        if (e.getCause() instanceof org.eclipse.jgit.errors.TransportException || e instanceof TransportException) {
            String message = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT);
            if (message.contains("not authorized") || message.contains("authentication")
                    || message.contains("auth fail")
                    || message.contains("credentials")) {
                return new SyncException(SyncException.Reason.NOT_AUTHORIZED, dir,
                        "the remote " + url + " refused the credentials while "
                                + what + " (" + e.getMessage() + ")",
                        e);
            }
            if (message.contains("cancel")) {
                return new SyncException(SyncException.Reason.CANCELLED, dir, what + " was cancelled", e);
            }
            return new SyncException(SyncException.Reason.UNREACHABLE, dir,
                    "cannot reach the remote " + url + " while " + what + ": "
                            + e.getMessage(),
                    e);
        }
        if (e instanceof org.eclipse.jgit.api.errors.CanceledException) {
            return new SyncException(SyncException.Reason.CANCELLED, dir, what + " was cancelled", e);
        }
        return new SyncException(SyncException.Reason.IO, dir, what + " failed: " + e.getMessage(), e);
    }
}
