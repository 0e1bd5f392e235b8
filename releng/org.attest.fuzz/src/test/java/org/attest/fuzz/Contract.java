package org.attest.fuzz;

import java.io.IOException;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.SocketAddress;
import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * The contract every fuzz target checks: reading outside data returns, or fails with one of Attest's own exceptions
 * whose message names the file; any other throwable (a NullPointerException, an IndexOutOfBoundsException, an
 * IllegalArgumentException from inside a library, a StackOverflowError, an OutOfMemoryError) is a finding, and so is
 * any attempt to connect to the network.
 */
final class Contract {

    /** Code that reads outside data and may refuse it with a checked exception. */
    @FunctionalInterface
    interface Reading {

        /** Reads the input, returning normally for a clean result. */
        void read() throws Exception;
    }

    static {
        // No reader of outside data may reach the network: a URI in a file must never be fetched. Every HTTP connection
        // asks the default proxy selector first, so this fails the target on the attempt, with or without Jazzer's
        // hooks.
        ProxySelector.setDefault(new ProxySelector() {

            @Override
            public List<Proxy> select(URI uri) {
                throw new AssertionError("reading outside data made Attest connect to " + uri);
            }

            @Override
            public void connectFailed(URI uri, SocketAddress address, IOException e) {
                // select() never lets a connection start
            }
        });
    }

    private Contract() {
    }

    /**
     * Runs {@code reading}: an exception of one of the {@code own} types passes when its message contains one of
     * {@code names}; any other exception is rethrown for Jazzer to report, errors pass through untouched.
     */
    static void readOrRefuse(Reading reading, Set<Class<? extends Exception>> own, String... names) {
        try {
            reading.read();
        } catch (Exception e) {
            if (own.stream().noneMatch(type -> type.isInstance(e))) {
                if (e instanceof RuntimeException runtime) {
                    // as it is, so that Jazzer tells findings apart by where they were thrown
                    throw runtime;
                }
                throw finding("not Attest's own error but " + e, e);
            }
            String message = String.valueOf(e.getMessage());
            if (Arrays.stream(names).noneMatch(message::contains)) {
                throw finding("the message does not name " + String.join(" or ", names) + ": " + message, e);
            }
        }
    }

    // Carries the cause's stack trace, so that Jazzer tells findings apart by where the exception was thrown.
    private static AssertionError finding(String problem, Exception cause) {
        AssertionError error = new AssertionError(problem, cause);
        error.setStackTrace(cause.getStackTrace());
        return error;
    }
}
