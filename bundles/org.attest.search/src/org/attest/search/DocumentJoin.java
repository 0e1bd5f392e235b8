package org.attest.search;

import java.util.Set;
import java.util.function.UnaryOperator;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * Turns a query on a document's title, outlet, date or gold, which only its stamp holds, into a query on every Lucene
 * document of the documents it finds ({@link DocumentBlocks}), so that it combines with queries on passages and
 * annotations.
 */
final class DocumentJoin implements UnaryOperator<Query> {

    /** The fields held by the stamp of a document only. */
    static final Set<String> FIELDS = Set.of(SearchFields.TITLE, SearchFields.OUTLET, SearchFields.DATE,
            SearchFields.GOLD);

    private final IndexSearcher searcher;

    /** Creates a join over what {@code searcher} sees; a null searcher (no index yet) finds nothing. */
    DocumentJoin(IndexSearcher searcher) {
        this.searcher = searcher;
    }

    /** Returns a query for the passages and annotations of the documents whose stamp {@code stampQuery} finds. */
    @Override
    public Query apply(Query stampQuery) {
        if (searcher == null) {
            return new MatchNoDocsQuery("no index");
        }
        Query stamps = new BooleanQuery.Builder().add(stampQuery, BooleanClause.Occur.MUST)
                .add(new TermQuery(new Term(SearchFields.KIND, SearchFields.KIND_STAMP)), BooleanClause.Occur.FILTER)
                .build();
        // no count first: the blocks' query finds the stamps segment by segment, and none found matches nothing
        return new DocumentBlocks(stamps);
    }
}
