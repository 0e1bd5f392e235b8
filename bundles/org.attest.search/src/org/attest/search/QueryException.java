package org.attest.search;

/** A query that cannot be read, with what is wrong and the column (1-based) where it is. */
public final class QueryException extends Exception {

    private static final long serialVersionUID = 1L;

    private final String query;
    private final int column;
    private final String problem;

    /** Creates the exception for {@code problem} at {@code column} (1-based; 0 when unknown) of {@code query}. */
    public QueryException(String query, int column, String problem) {
        super(column > 0 ? "column " + column + " of the query: " + problem : "in the query: " + problem);
        this.query = query;
        this.column = column;
        this.problem = problem;
    }

    /** Returns the query as given. */
    public String query() {
        return query;
    }

    /** Returns the column (1-based) where the problem is, or 0 when it is not known. */
    public int column() {
        return column;
    }

    /** Returns what is wrong, without the column. */
    public String problem() {
        return problem;
    }
}
