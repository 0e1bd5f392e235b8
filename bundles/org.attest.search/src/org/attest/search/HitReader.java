package org.attest.search;

import java.io.IOException;
import java.util.List;

import org.apache.lucene.document.Document;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Matches;
import org.apache.lucene.search.MatchesIterator;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Weight;

/**
 * Turns the index's hits into {@link SearchHit}s: an annotation shows its covered text in context, a passage the
 * words that matched in it.
 */
final class HitReader {

    private final IndexSearcher searcher;
    private final Weight weight;

    HitReader(IndexSearcher searcher, Query query) throws IOException {
        this.searcher = searcher;
        this.weight = searcher.createWeight(searcher.rewrite(query), ScoreMode.COMPLETE_NO_SCORES, 1);
    }

    /** Returns the hit of Lucene document {@code doc}. */
    SearchHit hit(int doc) throws IOException {
        Document d = searcher.storedFields().document(doc);
        String id = d.get(SearchFields.DOC);
        String title = d.get(SearchFields.SHOWN_TITLE);
        int begin = d.getField(SearchFields.BEGIN).numericValue().intValue();
        int end = d.getField(SearchFields.END).numericValue().intValue();
        String layer = d.get(SearchFields.SHOWN_LAYER);
        if (layer != null) {
            return new SearchHit(id, title, begin, end, d.get(SearchFields.SHOWN_ANNOTATOR), layer,
                    d.get(SearchFields.SHOWN_LABEL), d.get(SearchFields.SHOWN_BEFORE), d.get(SearchFields.SHOWN_MATCH),
                    d.get(SearchFields.SHOWN_AFTER));
        }
        String passage = d.get(SearchFields.SHOWN_MATCH);
        int[] words = words(doc, passage.length());
        return new SearchHit(id, title, begin + words[0], begin + words[1], null, null, null,
                Values.before(passage, words[0]), Values.oneLine(passage.substring(words[0], words[1])),
                Values.after(passage, words[1]));
    }

    // where the query's words matched in the passage; the passage's start when they did not (a query of metadata)
    private int[] words(int doc, int length) throws IOException {
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
        Matches matches = weight.matches(leaf, doc - leaf.docBase);
        MatchesIterator words = matches == null ? null : matches.getMatches(SearchFields.TEXT);
        if (words != null && words.next() && words.startOffset() >= 0 && words.endOffset() <= length) {
            return new int[]{words.startOffset(), words.endOffset()};
        }
        return new int[]{0, Math.min(length, 60)};
    }
}
