package org.attest.sync;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.eclipse.jgit.api.TransportCommand;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.api.errors.InvalidRemoteException;
import org.eclipse.jgit.api.errors.TransportException;
import org.eclipse.jgit.errors.NotSupportedException;
import org.eclipse.jgit.lib.ProgressMonitor;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.transport.CredentialsProvider;
import org.eclipse.jgit.transport.FetchResult;
import org.eclipse.jgit.transport.Transport;

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

    /**
     * Fetches what the remote {@code name} of {@code repository} publishes, by its configured refspecs. It is what
     * JGit's fetch command does but for its search for submodules, which walks the whole tree after every fetch (a
     * corpus holds none: clone and sync refuse them), a fifth of a second on ten thousand documents. Returns what the
     * remote advertised and what moved. JGit would then check in a background thread whether the repository needs a
     * garbage collection, which a command that ends soon after may cut short, leaving Git's lock files behind; so the
     * check is off during the fetch (in memory only) and {@link Housekeeping} does it when a sync has finished.
     */
    FetchResult fetch(Repository repository, String name) throws GitAPIException {
        org.eclipse.jgit.lib.StoredConfig config = repository.getConfig();
        String autoGc = config.getString(Housekeeping.FETCH, null, Housekeeping.AUTO_GC);
        config.setBoolean(Housekeeping.FETCH, null, Housekeeping.AUTO_GC, false);
        try (Transport transport = Transport.open(repository, name)) {
            transport.setTimeout(TIMEOUT);
            if (credentials != null) {
                transport.setCredentialsProvider(credentials);
            }
            return transport.fetch(monitor, List.of());
        } catch (URISyntaxException | NotSupportedException e) {
            throw new InvalidRemoteException("the remote " + name + " cannot be used: " + e.getMessage(), e);
        } catch (org.eclipse.jgit.errors.TransportException e) {
            throw new TransportException(e.getMessage(), e);
        } finally {
            if (autoGc == null) {
                config.unset(Housekeeping.FETCH, null, Housekeeping.AUTO_GC);
            } else {
                config.setString(Housekeeping.FETCH, null, Housekeeping.AUTO_GC, autoGc);
            }
        }
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
