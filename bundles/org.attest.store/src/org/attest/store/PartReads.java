package org.attest.store;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Reads many small model parts on the cores at once: a fresh clone's first open parses one {@code document.xmi} per
 * document, which is work for every core. Results keep the order of the items, and a failure is reported as the
 * first failing item in that order would report it, so an open fails the same way on any machine.
 */
final class PartReads {

    // below this many items per thread, starting threads costs more than it saves
    private static final int ITEMS_PER_THREAD = 64;

    /** The work done for one item. */
    interface Work<T, R> {

        /** Returns what {@code item} holds. */
        R apply(T item) throws CorpusException;
    }

    private PartReads() {
    }

    /** Returns {@code work} applied to each of {@code items}, in their order. */
    @SuppressWarnings("unchecked")
    static <T, R> List<R> inOrder(List<T> items, Work<T, R> work) throws CorpusException {
        int threads = Math.min(Runtime.getRuntime().availableProcessors(), items.size() / ITEMS_PER_THREAD);
        if (threads <= 1) {
            List<R> results = new ArrayList<>(items.size());
            for (T item : items) {
                results.add(work.apply(item));
            }
            return results;
        }
        Object[] results = new Object[items.size()];
        CorpusException[] failures = new CorpusException[items.size()];
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "attest-model-read");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                running.add(pool.submit(() -> {
                    for (int i = next.getAndIncrement(); i < results.length; i = next.getAndIncrement()) {
                        try {
                            results[i] = work.apply(items.get(i));
                        } catch (CorpusException e) {
                            failures[i] = e;
                            // the items after this one need not be read: the first failure in order is reported
                            next.set(results.length);
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : running) {
                f.get();
            }
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CorpusException("reading the corpus model was interrupted", e);
        } finally {
            pool.shutdownNow();
        }
        for (CorpusException failure : failures) {
            if (failure != null) {
                throw failure;
            }
        }
        return (List<R>) Arrays.asList(results);
    }
}
