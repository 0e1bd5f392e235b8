package org.attest.core.parallel;

import java.util.ArrayDeque;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.attest.store.CorpusException;

/**
 * Applies a step to a list of items on worker threads, at most a few items ahead of the consumer, and hands the results
 * back in the order of the items, so that what the consumer builds from them is the same as in one thread.
 *
 * @param <T> the items
 * @param <R> the results
 */
public final class OrderedPipeline<T, R> implements AutoCloseable {

    /** The largest number of worker threads chosen by {@link #defaultThreads()}. */
    public static final int MAX_THREADS = 4;

    private static final int AHEAD_PER_THREAD = 4;
    private static final AtomicInteger POOLS = new AtomicInteger();

    /** The work done for one item, on a worker thread when the pipeline has any. */
    @FunctionalInterface
    public interface Step<T, R> {

        /** Returns the result for {@code item}. */
        R apply(T item) throws CorpusException;
    }

    private final List<T> items;
    private final Step<T, R> step;
    private final ExecutorService workers;
    private final int ahead;
    private final ArrayDeque<Future<R>> pending = new ArrayDeque<>();
    private int submitted;
    private int delivered;

    /**
     * Creates a pipeline over {@code items}; with {@code threads} of 1 or less every step runs on the consumer's thread
     * when its result is asked for, with more the steps run on that many threads.
     */
    public OrderedPipeline(List<T> items, int threads, Step<T, R> step) {
        this.items = List.copyOf(items);
        this.step = Objects.requireNonNull(step, "step");
        if (threads > 1 && this.items.size() > 1) {
            int pool = POOLS.incrementAndGet();
            AtomicInteger count = new AtomicInteger();
            this.workers = Executors.newFixedThreadPool(threads, runnable -> {
                Thread thread = new Thread(runnable, "attest-pipeline-" + pool + "-" + count.incrementAndGet());
                thread.setDaemon(true);
                return thread;
            });
            this.ahead = threads * AHEAD_PER_THREAD;
        } else {
            this.workers = null;
            this.ahead = 0;
        }
    }

    /**
     * Returns the number of worker threads worth using here: the processors available, at most {@link #MAX_THREADS}.
     */
    public static int defaultThreads() {
        return Math.min(MAX_THREADS, Runtime.getRuntime().availableProcessors());
    }

    /** Returns whether results remain. */
    public boolean hasNext() {
        return delivered < items.size();
    }

    /** Returns the next result in item order, or throws what its step threw. */
    public R next() throws CorpusException {
        if (!hasNext()) {
            throw new NoSuchElementException("all " + items.size() + " results were delivered");
        }
        if (workers == null) {
            return step.apply(items.get(delivered++));
        }
        while (submitted < items.size() && pending.size() <= ahead) {
            T item = items.get(submitted++);
            pending.add(workers.submit(() -> step.apply(item)));
        }
        Future<R> head = pending.poll();
        delivered++;
        try {
            return head.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            close();
            throw new CorpusException("interrupted while waiting for item " + delivered + " of " + items.size(), e);
        } catch (CancellationException e) {
            throw new CorpusException("the work on item " + delivered + " of " + items.size() + " was cancelled", e);
        } catch (ExecutionException e) {
            close();
            switch (e.getCause()) {
                case CorpusException corpus -> throw corpus;
                case RuntimeException runtime -> throw runtime;
                case Error error -> throw error;
                default -> throw new CorpusException(String.valueOf(e.getCause().getMessage()), e.getCause());
            }
        }
    }

    /**
     * Stops the workers, abandoning results not yet delivered, and waits until they have stopped (a minute at most),
     * so that none still reads or writes after a failure the consumer reports.
     */
    @Override
    public void close() {
        if (workers != null) {
            pending.forEach(future -> future.cancel(true));
            pending.clear();
            workers.shutdownNow();
            try {
                workers.awaitTermination(1, java.util.concurrent.TimeUnit.MINUTES);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
