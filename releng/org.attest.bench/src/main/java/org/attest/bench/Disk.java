package org.attest.bench;

import java.io.IOException;
import java.util.concurrent.TimeUnit;

/** The disk as a timed step finds it. */
final class Disk {

    private Disk() {
    }

    /**
     * Writes the file system's dirty pages to the disk before a timed step: the steps before it (a corpus imported, a
     * clone made) leave megabytes that the kernel would otherwise write back during the step, at a pace of its own,
     * which made a step's time vary by 2x from run to run.
     */
    static void settle() throws IOException, InterruptedException {
        Process p = new ProcessBuilder("sync").redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        if (!p.waitFor(600, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IOException("'sync' failed before a timed step");
        }
    }
}
