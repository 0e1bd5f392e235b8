package org.attest.cli;

/** What other threads of the command line's Java are still running when a command has ended. */
final class Threads {

    private Threads() {
    }

    /** Returns whether no thread but the calling one would keep the Java from ending once the caller returns. */
    static boolean onlyThisOneRuns() {
        Thread self = Thread.currentThread();
        return Thread.getAllStackTraces().keySet().stream()
                .noneMatch(t -> t != self && !t.isDaemon() && t.isAlive());
    }
}
