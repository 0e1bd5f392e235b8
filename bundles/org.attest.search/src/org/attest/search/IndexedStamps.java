package org.attest.search;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;

import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.Bits;

/** The stamps the index holds, one per indexed document, which tell what changed since it was indexed. */
final class IndexedStamps {

    private IndexedStamps() {
    }

    /** Returns the stamp each document in {@code reader} was indexed with, by document id; empty when unreadable. */
    static Map<String, String> read(DirectoryReader reader, Consumer<String> warnings) {
        Map<String, String> stamps = new HashMap<>();
        try {
            Term stampKind = new Term(SearchFields.KIND, SearchFields.KIND_STAMP);
            for (LeafReaderContext leaf : reader.leaves()) {
                LeafReader segment = leaf.reader();
                PostingsEnum docs = segment.postings(stampKind, PostingsEnum.NONE);
                if (docs == null) {
                    continue;
                }
                // the doc values are read in increasing order, as the stamp documents come
                SortedDocValues ids = DocValues.getSorted(segment, SearchFields.DOC);
                BinaryDocValues values = DocValues.getBinary(segment, SearchFields.STAMP);
                Bits live = segment.getLiveDocs();
                for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
                    if ((live == null || live.get(doc)) && ids.advanceExact(doc) && values.advanceExact(doc)) {
                        stamps.put(ids.lookupOrd(ids.ordValue()).utf8ToString(), values.binaryValue().utf8ToString());
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            warnings.accept("the stamps of the search index cannot be read (" + e.getMessage() + ")");
        }
        return stamps;
    }
}
