package org.attest.store.fs;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Forces many files or folders to disk several at a time: a disk serves parallel flushes far faster than one after
 * another.
 */
final class ParallelForce {

    /** How many files are forced to disk at a time. */
    private static final int THREADS = 16;

    private ParallelForce() {
    }

    /** Forces the content of every file to disk. */
    static void files(List<Path> files) throws IOException {
        each(files, ParallelForce::force);
    }

    /** Runs {@code action} on every path, several at a time; the first failure is thrown. */
    static void each(List<Path> paths, IOConsumer<Path> action) throws IOException {
        int threads = Math.min(THREADS, paths.size());
        if (threads <= 1) {
            for (Path path : paths) {
                action.accept(path);
            }
            return;
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread thread = new Thread(r, "Attest: forcing files to disk");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<Void>> forced = new ArrayList<>();
            for (Path path : paths) {
                forced.add(pool.submit(() -> {
                    action.accept(path);
                    return null;
                }));
            }
            for (Future<Void> f : forced) {
                try {
                    f.get();
                } catch (ExecutionException e) {
                    if (e.getCause() instanceof IOException cause) {
                        throw cause;
                    }
                    if (e.getCause() instanceof Error error) {
                        throw error;
                    }
                    throw new IOException("Cannot force a file to disk: " + e.getCause(), e.getCause());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new java.io.InterruptedIOException("interrupted while forcing files to disk");
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static void force(Path file) throws IOException {
        FaultSeam.before(FaultSeam.Call.FORCE, file);
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            channel.force(true);
        }
    }
}
