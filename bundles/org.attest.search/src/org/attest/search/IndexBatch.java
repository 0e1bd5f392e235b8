package org.attest.search;

import java.io.IOException;
import java.util.List;
import java.util.Map;

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
