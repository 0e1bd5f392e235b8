package org.attest.search;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.Term;

/**
 * A large update of the index (a first build, many changed documents): the threads that read the documents put them
 * in at once, so that Lucene analyses them on every core, and one commit ends it; closed without that commit, it
 * leaves the index as it was.
 */
final class IndexBatch implements AutoCloseable {

    private final IndexWriter writer;
    private final Map<String, String> commitData;
    // an index that held nothing when the batch began (a first build) has nothing to replace: no delete per document
    private final boolean empty;
    private boolean committed;

    IndexBatch(IndexWriter writer, Map<String, String> commitData) {
        this.writer = writer;
        this.commitData = Map.copyOf(commitData);
        this.empty = writer.getDocStats().maxDoc == 0;
    }

    /** Replaces the Lucene documents of document {@code id} by {@code documents}; any thread may call it. */
    void put(String id, List<Document> documents) throws IOException {
        if (empty) {
            writer.addDocuments(documents);
        } else {
            writer.updateDocuments(new Term(SearchFields.DOC, id), documents);
        }
    }

    /** Removes the Lucene documents of document {@code id}. */
    void remove(String id) throws IOException {
        writer.deleteDocuments(new Term(SearchFields.DOC, id));
    }

    /**
     * Writes what the threads put as segments, up to {@code threads} segments at once: the commit alone would write
     * them one after another on its own thread (about a fifth of a build's time at 1,000 documents).
     */
    void flush(int threads) throws IOException {
        List<Thread> flushing = new ArrayList<>();
        List<Throwable> failures = new CopyOnWriteArrayList<>();
        for (int i = 0; i < threads; i++) {
            Thread thread = new Thread(() -> {
                try {
                    while (writer.flushNextBuffer()) {
                        // the next thread's buffer, until none is left
                    }
                } catch (IOException | RuntimeException e) {
                    failures.add(e);
                }
            }, "Attest: writing the search index");
            thread.setDaemon(true);
            flushing.add(thread);
            thread.start();
        }
        try {
            for (Thread thread : flushing) {
                thread.join();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while writing the search index");
        }
        if (!failures.isEmpty()) {
            throw failures.get(0) instanceof IOException io ? io : new IOException(failures.get(0));
        }
    }

    /** Commits what was put and removed, in one commit. */
    void commit() throws IOException {
        writer.setLiveCommitData(commitData.entrySet());
        writer.commit();
        committed = true;
    }

    /** Closes the writer, rolling back what was not committed. */
    @Override
    public void close() throws IOException {
        if (committed) {
            writer.close();
        } else {
            writer.rollback();
        }
    }
}
