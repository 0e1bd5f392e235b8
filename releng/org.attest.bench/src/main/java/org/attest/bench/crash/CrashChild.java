package org.attest.bench.crash;

import java.nio.file.Path;

/**
 * The program the crash trials start and kill: runs every step of one operation, saying after each that it returned.
 */
public final class CrashChild {

    private CrashChild() {
    }

    /**
     * Runs the steps of operation {@code args[0]} on the trial folder {@code args[1]}, printing {@code done N} after
     * step N returns.
     */
    public static void main(String[] args) throws Exception {
        CrashOperation operation = CrashOperations.named(args[0]);
        Path trial = Path.of(args[1]);
        System.out.println("ready");
        System.out.flush();
        for (int i = 0; i < operation.steps(); i++) {
            operation.step(trial, i);
            System.out.println("done " + (i + 1));
            System.out.flush();
        }
    }
}
