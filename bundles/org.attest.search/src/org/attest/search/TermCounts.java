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
import org.apache.lucene.search.PhraseQuery;
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
    private final Set<PhraseQuery> phrases;

    private TermCounts(Set<Term> terms, Set<PhraseQuery> phrases) {
        this.terms = terms;
        this.phrases = phrases;
    }

    /** Returns the counts of {@code words} (rewritten), or null when it holds a phrase or wildcard of the text. */
    static TermCounts of(Query words) {
        Set<Term> terms = new LinkedHashSet<>();
        Set<PhraseQuery> phrases = new LinkedHashSet<>();
        boolean[] other = {false};
        words.visit(new QueryVisitor() {

            @Override
            public void consumeTerms(Query query, Term... found) {
                if (query instanceof PhraseQuery phrase && phrase.getSlop() == 0
                        && SearchFields.TEXT.equals(phrase.getField())) {
                    phrases.add(phrase);
                    return;
                }
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

            // only the words of the text are counted: a query of other fields only picks the passages they are in
            @Override
            public boolean acceptField(String field) {
                return SearchFields.TEXT.equals(field);
            }

            @Override
            public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
                return this;
            }
        });
        return other[0] ? null : new TermCounts(terms, phrases);
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
        List<Phrase> inLeaf = new ArrayList<>();
        for (PhraseQuery phrase : phrases) {
            Phrase p = Phrase.of(leaf, phrase);
            if (p != null) {
                inLeaf.add(p);
            }
        }
        return doc -> {
            int count = 0;
            for (Phrase phrase : inLeaf) {
                count += phrase.count(doc);
            }
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

    /** A phrase's words in one leaf, with their positions in the phrase; asked by one thread, documents in order. */
    private static final class Phrase {

        private final PostingsEnum[] words;
        private final int[] offsets;
        // where the phrase may start in the current document: the first word's, then those every word so far allows
        private int[] starts = new int[16];
        private int[] next = new int[16];

        private Phrase(PostingsEnum[] words, int[] offsets) {
            this.words = words;
            this.offsets = offsets;
        }

        static Phrase of(LeafReaderContext leaf, PhraseQuery query) throws IOException {
            Term[] terms = query.getTerms();
            PostingsEnum[] words = new PostingsEnum[terms.length];
            var indexed = leaf.reader().terms(query.getField());
            for (int i = 0; i < terms.length; i++) {
                TermsEnum te = indexed == null ? null : indexed.iterator();
                if (te == null || !te.seekExact(terms[i].bytes())) {
                    return null; // a word the leaf lacks: the phrase occurs nowhere in it
                }
                words[i] = te.postings(null, PostingsEnum.POSITIONS);
            }
            return new Phrase(words, query.getPositions());
        }

        // the places where every word stands at its offset from the first: each word's positions come in increasing
        // order, so the starts they allow are intersected as sorted lists, each place counted once
        int count(int doc) throws IOException {
            int found = 0;
            for (int i = 0; i < words.length; i++) {
                PostingsEnum p = words[i];
                int at = p.docID() < doc ? p.advance(doc) : p.docID();
                if (at != doc) {
                    return 0;
                }
                int freq = p.freq();
                if (next.length < freq) {
                    next = new int[Math.max(freq, next.length * 2)];
                }
                int kept = 0;
                int k = 0;
                int last = Integer.MIN_VALUE;
                for (int f = 0; f < freq; f++) {
                    int start = p.nextPosition() - offsets[i];
                    if (start == last) {
                        continue; // the same word twice at one place (a synonym's position) is one start
                    }
                    last = start;
                    if (i == 0) {
                        next[kept++] = start;
                        continue;
                    }
                    while (k < found && starts[k] < start) {
                        k++;
                    }
                    if (k < found && starts[k] == start) {
                        next[kept++] = start;
                    }
                }
                int[] swap = starts;
                starts = next;
                next = swap;
                found = kept;
                if (found == 0) {
                    return 0;
                }
            }
            return found;
        }
    }
}
