package org.attest.store.fs;

import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Finds this machine's host name without waiting on DNS where the system knows it already. */
final class Hosts {

    private static volatile String cached;

    private Hosts() {
    }

    /** Returns this machine's host name, or {@code "unknown-host"} when it cannot be found. */
    static String localHostName() {
        String name = cached;
        if (name == null) {
            name = lookUp();
            cached = name;
        }
        return name;
    }

    private static String lookUp() {
        // InetAddress.getLocalHost() may block for seconds on a misconfigured resolver, so the
        // cheap local sources come first.
        String env = System.getenv("COMPUTERNAME");
        if (env != null && !env.isBlank()) {
            return env.strip();
        }
        Path kernel = Path.of("/proc/sys/kernel/hostname");
        if (Files.isReadable(kernel)) {
            try {
                String name = Files.readString(kernel, StandardCharsets.US_ASCII).strip();
                if (!name.isEmpty()) {
                    return name;
                }
            } catch (IOException e) {
                // Fall through to the resolver.
            }
        }
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "unknown-host";
        }
    }
}
