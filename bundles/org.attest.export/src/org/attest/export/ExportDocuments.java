package org.attest.export;

import java.util.AbstractList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.Consumer;

import org.attest.core.parallel.OrderedPipeline;
import org.attest.io.export.ExportDocument;
import org.attest.model.Document;
import org.attest.store.CorpusException;

/**
 * The documents of one export part as a list a format iterates once: read and converted on worker threads a few
 * documents ahead of the format's writing, delivered in the part's order, so the files are those of a sequential
 * export.
 */
final class ExportDocuments extends AbstractList<ExportDocument> implements AutoCloseable {

    /** A document that could not be read, carried through the format's loop to the export. */
    static final class ReadFailure extends RuntimeException {

        private static final long serialVersionUID = 1L;

        ReadFailure(CorpusException cause) {
            super(cause.getMessage(), cause);
        }

        @Override
        public synchronized CorpusException getCause() {
            return (CorpusException) super.getCause();
        }
    }

    private final List<Document> documents;
    private final int threads;
    private final OrderedPipeline.Step<Document, ExportDocument> convert;
    private final Consumer<ExportDocument> delivered;
    private OrderedPipeline<Document, ExportDocument> pipeline;
    private long waitNanos;

    /**
     * Creates the list of {@code documents}, each converted by {@code convert} on {@code threads} threads and passed to
     * {@code delivered} on the format's thread as the format takes it.
     */
    ExportDocuments(List<Document> documents, int threads, OrderedPipeline.Step<Document, ExportDocument> convert,
            Consumer<ExportDocument> delivered) {
        this.documents = List.copyOf(documents);
        this.threads = threads;
        this.convert = convert;
        this.delivered = delivered;
    }

    @Override
    public int size() {
        return documents.size();
    }

    /** Reads and converts document {@code index} on the caller's thread, for a format that does not iterate. */
    @Override
    public ExportDocument get(int index) {
        try {
            ExportDocument document = convert.apply(documents.get(index));
            delivered.accept(document);
            return document;
        } catch (CorpusException e) {
            throw new ReadFailure(e);
        }
    }

    /** Returns the documents in order, read ahead in parallel; each call starts the reading over. */
    @Override
    public Iterator<ExportDocument> iterator() {
        close();
        OrderedPipeline<Document, ExportDocument> own = new OrderedPipeline<>(documents, threads, convert);
        pipeline = own;
        return new Iterator<>() {

            @Override
            public boolean hasNext() {
                return own.hasNext();
            }

            @Override
            public ExportDocument next() {
                if (!own.hasNext()) {
                    throw new NoSuchElementException();
                }
                long start = System.nanoTime();
                ExportDocument document;
                try {
                    document = own.next();
                } catch (CorpusException e) {
                    throw new ReadFailure(e);
                } finally {
                    waitNanos += System.nanoTime() - start;
                }
                delivered.accept(document);
                return document;
            }
        };
    }

    /** Returns how long the format waited for documents to be read, to tell writing time from reading time. */
    long waitNanos() {
        return waitNanos;
    }

    /** Stops reading ahead. */
    @Override
    public void close() {
        if (pipeline != null) {
            pipeline.close();
            pipeline = null;
        }
    }
}
