package org.attest.search;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.Directory;

/**
 * The index writer of a run of small updates (saves one after another): kept open while they come, searched through
 * near-real-time readers, and committed and closed once the run has been idle for a moment, or when the index closes
 * or a large update needs the writer. It holds Lucene's lock only that long. What it has not committed when the
 * process dies is lost from the cache only: the index then holds the documents' older stamps, and the next refresh
 * indexes them again.
 */
final class OpenWriter {

    /** How long a writer stays open after the last small update. */
    static final long IDLE_MILLIS = 1_000;

    private final Directory directory;
    private final Map<String, String> commitData;
    private final Consumer<String> warnings;
    private IndexWriter writer;
    private ScheduledExecutorService timer;
    private ScheduledFuture<?> due;

    OpenWriter(Directory directory, Map<String, String> commitData, Consumer<String> warnings) {
        this.directory = directory;
        this.commitData = Map.copyOf(commitData);
        this.warnings = warnings;
    }

    /** Returns the open writer, opening one with {@code config} when there is none; the caller then calls later. */
    synchronized IndexWriter writer(Supplier<IndexWriterConfig> config) throws IOException {
        if (writer == null) {
            writer = new IndexWriter(directory, config.get());
        }
        return writer;
    }

    /** Commits and closes the writer after {@link #IDLE_MILLIS} unless another update comes first. */
    synchronized void later() {
        if (due != null) {
            due.cancel(false);
        }
        if (timer == null) {
            timer = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread thread = new Thread(r, "Attest search index commit");
                thread.setDaemon(true);
                return thread;
            });
        }
        due = timer.schedule(this::commit, IDLE_MILLIS, TimeUnit.MILLISECONDS);
    }

    /**
     * Commits and closes the open writer, if any, which lets the merges it started end and commits them too; returns
     * false when the commit failed (said in the warnings).
     */
    synchronized boolean commit() {
        if (writer == null) {
            return true;
        }
        IndexWriter closing = writer;
        writer = null;
        try (closing) {
            closing.setLiveCommitData(commitData.entrySet());
            closing.commit();
            return true;
        } catch (IOException | RuntimeException e) {
            warnings.accept("the search index could not be saved (" + e.getMessage()
                    + "); the next search indexes the recent changes again");
            return false;
        }
    }

    /** Commits and closes the open writer and stops the timer. */
    synchronized void close() {
        commit();
        if (timer != null) {
            timer.shutdownNow();
            timer = null;
        }
    }
}
