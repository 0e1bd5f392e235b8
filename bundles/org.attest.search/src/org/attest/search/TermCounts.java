package org.attest.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.TermQuery;

/**
 * Counts a query's occurrences in a passage from its words' frequencies, for a query whose words in the text are plain
 * words (no phrase, no wildcard): reading the frequencies in one pass is much cheaper than asking each passage for its
 * matches.
 */
final class TermCounts {

    private final Set<Term> terms;

    private TermCounts(Set<Term> terms) {
        this.terms = terms;
    }

    /** Returns the counts of {@code words} (rewritten), or null when it holds a phrase or wildcard of the text. */
    static TermCounts of(Query words) {
        Set<Term> terms = new LinkedHashSet<>();
        boolean[] other = {false};
        words.visit(new QueryVisitor() {
            @Override
            public void consumeTerms(Query query, Term... found) {
                for (Term term : found) {
                    if (SearchFields.TEXT.equals(term.field())) {
                        other[0] |= !(query instanceof TermQuery);
                        terms.add(term);
                    }
                }
            }

            @Override
            public void visitLeaf(Query query) {
                other[0] |= !(query instanceof TermQuery);
            }

            @Override
            public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
                return this;
            }
        });
        return other[0] ? null : new TermCounts(terms);
    }

    /** Returns a counter of the words' occurrences in the documents of {@code leaf}, visited in increasing order. */
    Counter counter(LeafReaderContext leaf) throws IOException {
        List<PostingsEnum> postings = new ArrayList<>();
        for (Term term : terms) {
            var indexed = leaf.reader().terms(term.field());
            TermsEnum te = indexed == null ? null : indexed.iterator();
            if (te != null && te.seekExact(term.bytes())) {
                postings.add(te.postings(null, PostingsEnum.FREQS));
            }
        }
        return doc -> {
            int count = 0;
            for (PostingsEnum p : postings) {
                int at = p.docID() < doc ? p.advance(doc) : p.docID();
                if (at == doc && at != DocIdSetIterator.NO_MORE_DOCS) {
                    count += p.freq();
                }
            }
            return count;
        };
    }

    /** The occurrences of the words in one document of a leaf. */
    interface Counter {

        /** Returns how often the words occur in {@code doc}; documents are asked in increasing order. */
        int count(int doc) throws IOException;
    }
}
