package org.attest.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.apache.lucene.document.Document;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Matches;
import org.apache.lucene.search.MatchesIterator;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.Bits;

/**
 * Turns the index's hits into {@link SearchHit}s: an annotation shows its covered text in context, a passage one hit
 * per occurrence of the query's words in it.
 */
final class HitReader {

    private final IndexSearcher searcher;
    private final Weight weight;
    private final Weight words;
    private final TermCounts counts;
    private final Function<String, String> titles;

    /**
     * Creates the reader of the hits of {@code query}, whose words in the text are those of {@code words} (the query as
     * the user wrote it, without the filters the search adds); {@code titles} gives a document's title by its id.
     */
    HitReader(IndexSearcher searcher, Query query, Query words, Function<String, String> titles)
            throws IOException {
        this.searcher = searcher;
        this.titles = titles;
        this.weight = searcher.createWeight(searcher.rewrite(query), ScoreMode.COMPLETE_NO_SCORES, 1);
        // the matches of the words alone: the filters' clauses (kind:passage) would be matched again for every passage
        Query rewritten = searcher.rewrite(words);
        this.words = searcher.createWeight(rewritten, ScoreMode.COMPLETE_NO_SCORES, 1);
        this.counts = TermCounts.of(rewritten);
    }

    /**
     * Returns the hits of Lucene document {@code doc}: an annotation's one, or a passage's occurrences of the query's
     * words in offset order (its start when no word matched, as for a query of the document's metadata).
     */
    List<SearchHit> hits(int doc) throws IOException {
        Document d = searcher.storedFields().document(doc);
        String id = d.get(SearchFields.DOC);
        String title = titles.apply(id);
        StoredHit shown = StoredHit.read(d.getBinaryValue(SearchFields.SHOWN));
        int begin = shown.begin();
        if (shown.layer() != null) {
            return List.of(new SearchHit(id, title, begin, shown.end(), shown.annotator(), shown.layer(),
                    shown.label(), shown.before(), shown.match(), shown.after()));
        }
        String passage = shown.match();
        List<int[]> words = occurrences(leaf(doc), doc - leaf(doc).docBase, passage.length());
        if (words.isEmpty()) {
            words.add(new int[]{0, Math.min(passage.length(), 60)});
        }
        List<SearchHit> hits = new ArrayList<>(words.size());
        for (int[] w : words) {
            hits.add(new SearchHit(id, title, begin + w[0], begin + w[1], null, null, null,
                    Values.before(passage, w[0]), Values.oneLine(passage.substring(w[0], w[1])),
                    Values.after(passage, w[1])));
        }
        return hits;
    }

    /**
     * Returns how many hits the query has, counting them in index order and stopping once the count reaches
     * {@code upTo}: each annotation one, or, when {@code passages}, each passage its occurrences of the words and at
     * least one.
     */
    int count(int upTo, boolean passages) throws IOException {
        int total = 0;
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
            Scorer scorer = weight.scorer(leaf);
            if (scorer == null) {
                continue;
            }
            Bits live = leaf.reader().getLiveDocs();
            TermCounts.Counter counter = !passages || counts == null ? null : counts.counter(leaf);
            DocIdSetIterator docs = scorer.iterator();
            for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
                if (live == null || live.get(doc)) {
                    int found = !passages
                            ? 1
                            : counter == null ? occurrences(leaf, doc, Integer.MAX_VALUE).size() : counter.count(doc);
                    total += Math.max(1, found);
                    if (total >= upTo) {
                        return total;
                    }
                }
            }
        }
        return total;
    }

    private LeafReaderContext leaf(int doc) {
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        return leaves.get(ReaderUtil.subIndex(doc, leaves));
    }

    // where the query's words matched in the passage, each occurrence once, in offset order
    private List<int[]> occurrences(LeafReaderContext leaf, int doc, int length) throws IOException {
        List<int[]> found = new ArrayList<>();
        Matches matches = words.matches(leaf, doc);
        MatchesIterator each = matches == null ? null : matches.getMatches(SearchFields.TEXT);
        if (each == null) {
            return found;
        }
        while (each.next()) {
            int start = each.startOffset();
            int end = each.endOffset();
            if (start >= 0 && end <= length && start < end) {
                found.add(new int[]{start, end});
            }
        }
        found.sort((a, b) -> a[0] != b[0] ? Integer.compare(a[0], b[0]) : Integer.compare(a[1], b[1]));
        // two clauses matching the same words (flood OR flood*) make one occurrence
        for (int i = found.size() - 1; i > 0; i--) {
            if (java.util.Arrays.equals(found.get(i), found.get(i - 1))) {
                found.remove(i);
            }
        }
        return found;
    }
}
