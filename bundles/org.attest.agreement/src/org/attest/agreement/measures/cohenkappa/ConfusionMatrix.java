package org.attest.agreement.measures.cohenkappa;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * How often two coders chose each pair of categories: {@code counts[i][j]} units got category
 * {@code categories[i]} from the first coder and {@code categories[j]} from the second.
 *
 * @param first the first coder's name (rows)
 * @param second the second coder's name (columns)
 * @param categories the categories either coder used, sorted
 * @param counts the square matrix of unit counts, one row and column per category
 */
public record ConfusionMatrix(String first, String second, List<String> categories, int[][] counts) {

    /** Checks that the matrix is square and matches the categories, and copies it. */
    public ConfusionMatrix {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(second, "second");
        categories = List.copyOf(categories);
        int size = categories.size();
        int[][] copy = new int[size][];
        if (counts.length != size) {
            throw new IllegalArgumentException("the matrix has " + counts.length + " rows for " + size + " categories");
        }
        for (int i = 0; i < size; i++) {
            if (counts[i].length != size) {
                throw new IllegalArgumentException(
                        "row " + i + " has " + counts[i].length + " columns for " + size + " categories");
            }
            copy[i] = counts[i].clone();
        }
        counts = copy;
    }

    /** Returns a copy of the counts, so the matrix stays immutable. */
    @Override
    public int[][] counts() {
        int[][] copy = new int[counts.length][];
        for (int i = 0; i < counts.length; i++) {
            copy[i] = counts[i].clone();
        }
        return copy;
    }

    /**
     * Returns the number of units that got {@code firstCategory} from the first coder and {@code secondCategory} from
     * the second.
     */
    public int count(String firstCategory, String secondCategory) {
        int i = categories.indexOf(firstCategory);
        int j = categories.indexOf(secondCategory);
        return i < 0 || j < 0 ? 0 : counts[i][j];
    }

    /** Returns the number of units both coders coded. */
    public int total() {
        int total = 0;
        for (int[] row : counts) {
            for (int count : row) {
                total += count;
            }
        }
        return total;
    }

    /** Compares names, categories and every count. */
    @Override
    public boolean equals(Object other) {
        return other instanceof ConfusionMatrix that && first.equals(that.first) && second.equals(that.second)
                && categories.equals(that.categories) && Arrays.deepEquals(counts, that.counts);
    }

    /** Hashes names, categories and every count, consistent with {@link #equals(Object)}. */
    @Override
    public int hashCode() {
        return Objects.hash(first, second, categories, Arrays.deepHashCode(counts));
    }

    /** Shows the categories and the counts row by row. */
    @Override
    public String toString() {
        return "ConfusionMatrix[" + first + " x " + second + ", categories=" + categories + ", counts="
                + Arrays.deepToString(counts) + "]";
    }
}
