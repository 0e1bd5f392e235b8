package org.attest.cli;

import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;

/**
 * The standard output of an {@code attest} process: written in blocks when the launcher found it is not a terminal (a
 * file or a pipe), as C programs do, so that a listing of a million lines costs a few hundred writes instead of a
 * million; written line by line otherwise, so that a terminal shows each line as it comes.
 */
final class ProcessOutput {

    /** The system property {@code bin/attest} sets to {@code true} when its standard output is not a terminal. */
    static final String BUFFERED = "attest.stdout.buffered";

    private static final int BLOCK = 64 * 1024;

    private ProcessOutput() {
    }

    /** Tells whether the standard output is written in blocks, not line by line. */
    static boolean buffered() {
        return Boolean.getBoolean(BUFFERED);
    }

    /** Returns the stream to write the standard output with: {@link System#out}, or a buffered one over its file. */
    static PrintStream stream() {
        if (!buffered()) {
            return System.out;
        }
        return new PrintStream(new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), BLOCK), false,
                System.out.charset());
    }
}
