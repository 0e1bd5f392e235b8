package org.attest.store.fs;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Who holds a corpus write lock: the process, where and since when it runs, and what for.
 *
 * @param pid the operating system process id of the holder
 * @param host the host name of the machine the holder runs on
 * @param user the user name the holder runs as
 * @param since when the holder acquired the lock
 * @param purpose what the holder is, such as {@code "attest import"} or {@code "Attest workbench"}
 */
public record LockHolder(long pid, String host, String user, Instant since, String purpose) {

    /** Validates the components. */
    public LockHolder {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(since, "since");
        Objects.requireNonNull(purpose, "purpose");
    }

    /**
     * Describes the holder for a message, such as
     * {@code "Attest workbench" (pid 1234 on host h, user bob, since 2026-11-23T10:00:00Z)}.
     *
     * @return the description
     */
    public String describe() {
        return "\"" + purpose + "\" (pid " + pid + " on host " + host + ", user " + user + ", since "
                + since.truncatedTo(ChronoUnit.SECONDS) + ")";
    }

    /**
     * Tells whether the holder process still runs: it runs on this host and its pid belongs to a
     * process that started no later than the lock was taken (a newer process reuses the pid).
     *
     * @return true when the holder process is alive; false when it is gone or runs on another host
     */
    public boolean processAlive() {
        if (!host.equals(Hosts.localHostName())) {
            return false;
        }
        Optional<ProcessHandle> process = ProcessHandle.of(pid);
        if (process.isEmpty() || !process.get().isAlive()) {
            return false;
        }
        Optional<Instant> started = process.get().info().startInstant();
        // Start times are reported in coarse ticks; a second of slack avoids a false "gone".
        return started.isEmpty() || !started.get().isAfter(since.plusSeconds(1));
    }

    /** Describes the current process as a holder acquiring a lock now for {@code purpose}. */
    static LockHolder ofCurrentProcess(String purpose) {
        // One line per value keeps the lock file parseable whatever the caller passes.
        String oneLine = purpose == null || purpose.isBlank()
                ? "unnamed program"
                : purpose.strip().replaceAll("\\p{Cntrl}+", " ");
        return new LockHolder(ProcessHandle.current().pid(), Hosts.localHostName(),
                System.getProperty("user.name", "unknown-user"), Instant.now(), oneLine);
    }

    /** Returns the lock file content naming this holder, readable by people and by {@link #parse}. */
    String toFileContent() {
        return "# Attest corpus write lock. Do not remove it while its holder runs; Attest clears it when the holder is gone.\n"
                + "pid=" + pid + "\n"
                + "host=" + host + "\n"
                + "user=" + user + "\n"
                + "since=" + since + "\n"
                + "purpose=" + purpose + "\n";
    }

    /** Reads a holder from lock file content; empty when the content is blank or damaged. */
    static Optional<LockHolder> parse(String content) {
        Map<String, String> values = new HashMap<>();
        for (String line : content.split("\\R")) {
            int equals = line.indexOf('=');
            if (!line.startsWith("#") && equals > 0) {
                values.put(line.substring(0, equals).strip(), line.substring(equals + 1).strip());
            }
        }
        if (!values.keySet().containsAll(List.of("pid", "host", "user", "since", "purpose"))) {
            return Optional.empty();
        }
        try {
            return Optional.of(new LockHolder(Long.parseLong(values.get("pid")), values.get("host"),
                    values.get("user"), Instant.parse(values.get("since")), values.get("purpose")));
        } catch (NumberFormatException | DateTimeException e) {
            // A holder that crashed while writing leaves a partial file; callers treat it as unnamed.
            return Optional.empty();
        }
    }
}
