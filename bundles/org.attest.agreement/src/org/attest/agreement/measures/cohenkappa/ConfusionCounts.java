package org.attest.agreement.measures.cohenkappa;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.attest.agreement.TooManyCategoriesException;

/**
 * Two coders' confusion counts summed unit by unit, for data too large to keep: memory grows with the pairs of
 * categories they chose, not with the units. {@link #matrix} gives the {@link ConfusionMatrix} that
 * {@link CohenKappa#compute(org.attest.agreement.ReliabilityData, int, int)} builds over the same units.
 */
public final class ConfusionCounts {

    private final Map<String, Map<String, int[]>> counts = new HashMap<>();
    private final TreeSet<String> categories = new TreeSet<>();

    /** Adds one unit both coders coded: {@code first} from the first coder, {@code second} from the second. */
    public void add(String first, String second) {
        counts.computeIfAbsent(first, c -> new HashMap<>()).computeIfAbsent(second, c -> new int[1])[0]++;
        categories.add(first);
        categories.add(second);
    }

    /**
     * Returns the confusion matrix of coders {@code first} (rows) and {@code second} (columns), refused with
     * {@link TooManyCategoriesException} above {@link CohenKappa#MAX_MATRIX_CATEGORIES} categories.
     */
    public ConfusionMatrix matrix(String first, String second) {
        List<String> sorted = new ArrayList<>(categories);
        CohenKappa.checkMatrixSize(sorted.size());
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < sorted.size(); i++) {
            index.put(sorted.get(i), i);
        }
        int[][] matrix = new int[sorted.size()][sorted.size()];
        counts.forEach((a, row) -> row.forEach((b, count) -> matrix[index.get(a)][index.get(b)] = count[0]));
        return new ConfusionMatrix(first, second, sorted, matrix);
    }
}
