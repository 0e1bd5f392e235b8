package org.attest.agreement;

/**
 * A measure was asked for a table over more categories than fit in memory; it is refused before anything is allocated.
 * The fields carry the facts so that the caller can word the fix in its own terms.
 */
public final class TooManyCategoriesException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String measure;
    private final long categories;
    private final long limit;

    /** Creates the refusal of {@code measure}'s table over {@code categories} categories, more than {@code limit}. */
    public TooManyCategoriesException(String measure, long categories, long limit, String instead) {
        super(measure + " needs a table of " + categories + " x " + categories + " categories, more than the " + limit
                + " x "
                + limit + " it builds at most (the table alone would take " + megabytes(categories) + " MB); "
                + instead);
        this.measure = measure;
        this.categories = categories;
        this.limit = limit;
    }

    /** Returns the name of the measure refused. */
    public String measure() {
        return measure;
    }

    /** Returns the number of distinct categories in the data. */
    public long categories() {
        return categories;
    }

    /** Returns the largest number of categories the measure builds its table for. */
    public long limit() {
        return limit;
    }

    private static long megabytes(long categories) {
        return categories * categories * Integer.BYTES / (1024 * 1024);
    }
}
