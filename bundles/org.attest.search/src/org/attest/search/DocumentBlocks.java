package org.attest.search;

import java.io.IOException;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.ConstantScoreScorer;
import org.apache.lucene.search.ConstantScoreWeight;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.Bits;

/**
 * Every Lucene document of the corpus documents whose stamps a query finds, found segment by segment without looking
 * up their ids: the index is sorted by document id, then offset, and a stamp's offset is -1, so each corpus document
 * is a block of adjacent Lucene documents in one segment (they are added together) that starts at its stamp and ends
 * where the next live stamp starts.
 */
final class DocumentBlocks extends Query {

    private final Query stamps;

    /** Creates the query of the documents whose stamps {@code stamps} finds (it finds only stamps). */
    DocumentBlocks(Query stamps) {
        this.stamps = stamps;
    }

    @Override
    public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) throws IOException {
        Weight stampWeight = searcher.createWeight(searcher.rewrite(stamps), ScoreMode.COMPLETE_NO_SCORES, 1f);
        // each segment's blocks, found once: a hit's matches ask for a scorer again, for every hit
        Map<LeafReaderContext, Blocks> found = new ConcurrentHashMap<>();
        return new ConstantScoreWeight(this, boost) {

            @Override
            public Scorer scorer(LeafReaderContext context) throws IOException {
                Blocks blocks = found.get(context);
                if (blocks == null) {
                    Scorer stamped = stampWeight.scorer(context);
                    blocks = new Blocks(stamped == null ? new int[0] : blocks(context.reader(), stamped.iterator()));
                    found.put(context, blocks);
                }
                return blocks.isEmpty() ? null : new ConstantScoreScorer(this, score(), scoreMode, blocks.iterator());
            }

            @Override
            public boolean isCacheable(LeafReaderContext context) {
                return false;
            }
        };
    }

    // the blocks of the live stamps found, as begin and end pairs in increasing order
    private static int[] blocks(LeafReader reader, DocIdSetIterator found) throws IOException {
        Bits live = reader.getLiveDocs();
        PostingsEnum all = reader.postings(new Term(SearchFields.KIND, SearchFields.KIND_STAMP), PostingsEnum.NONE);
        int[] blocks = new int[16];
        int size = 0;
        int stamp = found.nextDoc();
        while (stamp != DocIdSetIterator.NO_MORE_DOCS) {
            if (live != null && !live.get(stamp)) {
                stamp = found.nextDoc();
                continue;
            }
            // the block ends at the next live stamp: a replaced version's stamp (deleted) may sort right after this one
            int end = reader.maxDoc();
            if (all != null) {
                int next = all.docID() > stamp ? all.docID() : all.advance(stamp + 1);
                while (next != DocIdSetIterator.NO_MORE_DOCS && live != null && !live.get(next)) {
                    next = all.nextDoc();
                }
                end = Math.min(end, next);
            }
            if (size + 2 > blocks.length) {
                blocks = Arrays.copyOf(blocks, blocks.length * 2);
            }
            blocks[size++] = stamp;
            blocks[size++] = end;
            stamp = end >= reader.maxDoc() ? DocIdSetIterator.NO_MORE_DOCS : found.advance(end);
        }
        return Arrays.copyOf(blocks, size);
    }

    @Override
    public void visit(QueryVisitor visitor) {
        // it picks documents by their ids, as a query of ids would
        if (visitor.acceptField(SearchFields.DOC)) {
            visitor.visitLeaf(this);
        }
    }

    @Override
    public String toString(String field) {
        return "blocks(" + stamps.toString(field) + ")";
    }

    @Override
    public boolean equals(Object other) {
        return sameClassAs(other) && stamps.equals(((DocumentBlocks) other).stamps);
    }

    @Override
    public int hashCode() {
        return 31 * classHash() + stamps.hashCode();
    }

    /** The blocks of one segment, as begin and end pairs in increasing order. */
    private static final class Blocks {

        private final int[] pairs;
        private final long cost;

        Blocks(int[] pairs) {
            this.pairs = pairs;
            long total = 0;
            for (int i = 0; i < pairs.length; i += 2) {
                total += pairs[i + 1] - pairs[i];
            }
            this.cost = total;
        }

        boolean isEmpty() {
            return pairs.length == 0;
        }

        DocIdSetIterator iterator() {
            return new DocIdSetIterator() {

                private int block;
                private int doc = -1;

                @Override
                public int docID() {
                    return doc;
                }

                @Override
                public int nextDoc() {
                    return advance(doc + 1);
                }

                @Override
                public int advance(int target) {
                    if (block >= pairs.length / 2) {
                        return doc = NO_MORE_DOCS;
                    }
                    // the first block that ends after target, found by halves from the current one
                    int low = block;
                    int high = pairs.length / 2 - 1;
                    while (low < high) {
                        int mid = (low + high) >>> 1;
                        if (pairs[2 * mid + 1] <= target) {
                            low = mid + 1;
                        } else {
                            high = mid;
                        }
                    }
                    if (pairs[2 * low + 1] <= target) {
                        block = pairs.length / 2;
                        return doc = NO_MORE_DOCS;
                    }
                    block = low;
                    return doc = Math.max(target, pairs[2 * low]);
                }

                @Override
                public long cost() {
                    return cost;
                }
            };
        }
    }
}
