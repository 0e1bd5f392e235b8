package org.attest.search;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;

import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;

/** The stamps the index holds, one per indexed document, which tell what changed since it was indexed. */
final class IndexedStamps {

    private IndexedStamps() {
    }

    /** Returns the stamp each document in {@code reader} was indexed with, by document id; empty when unreadable. */
    static Map<String, String> read(DirectoryReader reader, Consumer<String> warnings) {
        Map<String, String> stamps = new HashMap<>();
        try {
            IndexSearcher searcher = new IndexSearcher(reader);
            TermQuery all = new TermQuery(new Term(SearchFields.KIND, SearchFields.KIND_STAMP));
            StoredFields stored = searcher.storedFields();
            for (ScoreDoc hit : searcher.search(all, Math.max(1, reader.maxDoc())).scoreDocs) {
                Document d = stored.document(hit.doc);
                stamps.put(d.get(SearchFields.DOC), d.get(SearchFields.STAMP));
            }
        } catch (IOException | RuntimeException e) {
            warnings.accept("the stamps of the search index cannot be read (" + e.getMessage() + ")");
        }
        return stamps;
    }
}
