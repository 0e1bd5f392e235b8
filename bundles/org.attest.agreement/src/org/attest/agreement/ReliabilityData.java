package org.attest.agreement;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Reliability data: the value each coder assigned to each unit, {@code null} where a coder left a
 * unit uncoded.
 *
 * <p>Values are kept as the text the coders chose: category labels for nominal data, decimal numbers
 * for ordinal, interval and ratio data (parsed by the measure that needs them, so that "2" and "2.0"
 * are one number but two labels).
 *
 * @param coders the coders' names, unique, in the order of the matrix columns
 * @param units the units' names, unique, in the order of the matrix rows
 * @param values the units × coders matrix: {@code values[u][c]} is coder {@code c}'s value for unit {@code u}
 */
public record ReliabilityData(List<String> coders, List<String> units, String[][] values) {

    /** Checks names and the shape of the matrix and takes defensive copies. */
    public ReliabilityData {
        coders = List.copyOf(Objects.requireNonNull(coders, "coders"));
        units = List.copyOf(Objects.requireNonNull(units, "units"));
        Objects.requireNonNull(values, "values");
        requireUniqueNames("coder", coders);
        requireUniqueNames("unit", units);
        if (values.length != units.size()) {
            throw new IllegalArgumentException("the matrix has " + values.length + " rows but there are "
                    + units.size() + " units; give one row of values per unit");
        }
        String[][] copy = new String[values.length][];
        for (int u = 0; u < values.length; u++) {
            String[] row = Objects.requireNonNull(values[u], "values of unit " + units.get(u));
            if (row.length != coders.size()) {
                throw new IllegalArgumentException("unit '" + units.get(u) + "' has " + row.length
                        + " values but there are " + coders.size() + " coders; use null for a missing value");
            }
            for (int c = 0; c < row.length; c++) {
                if (row[c] != null && row[c].isBlank()) {
                    throw new IllegalArgumentException("coder '" + coders.get(c) + "' has a blank value for unit '"
                            + units.get(u) + "'; use null for a missing value");
                }
            }
            copy[u] = row.clone();
        }
        values = copy;
    }

    /** Builds reliability data from one row per coder, the way reliability data are usually printed. */
    public static ReliabilityData ofCoderRows(List<String> coders, List<String> units, String[]... rowsByCoder) {
        if (rowsByCoder.length != coders.size()) {
            throw new IllegalArgumentException("there are " + rowsByCoder.length + " coder rows but "
                    + coders.size() + " coders; give one row per coder");
        }
        String[][] matrix = new String[units.size()][coders.size()];
        for (int c = 0; c < rowsByCoder.length; c++) {
            if (rowsByCoder[c].length != units.size()) {
                throw new IllegalArgumentException("coder '" + coders.get(c) + "' has " + rowsByCoder[c].length
                        + " values but there are " + units.size() + " units; use null for a missing value");
            }
            for (int u = 0; u < units.size(); u++) {
                matrix[u][c] = rowsByCoder[c][u];
            }
        }
        return new ReliabilityData(coders, units, matrix);
    }

    /** Builds reliability data with coders and units named by their 1-based position ("1", "2", ...). */
    public static ReliabilityData ofCoderRows(String[]... rowsByCoder) {
        int unitCount = rowsByCoder.length == 0 ? 0 : rowsByCoder[0].length;
        return ofCoderRows(numbered(rowsByCoder.length), numbered(unitCount), rowsByCoder);
    }

    /** Returns a copy of the units × coders matrix, so the data stay immutable. */
    @Override
    public String[][] values() {
        String[][] copy = new String[values.length][];
        for (int u = 0; u < values.length; u++) {
            copy[u] = values[u].clone();
        }
        return copy;
    }

    /** Returns the number of coders. */
    public int coderCount() {
        return coders.size();
    }

    /** Returns the number of units. */
    public int unitCount() {
        return units.size();
    }

    /** Returns coder {@code coder}'s value for unit {@code unit}, or {@code null} when it is missing. */
    public String value(int unit, int coder) {
        return values[unit][coder];
    }

    /** Returns the values present for unit {@code unit}, in coder order, without the missing ones. */
    public List<String> presentValues(int unit) {
        List<String> present = new ArrayList<>(coders.size());
        for (String value : values[unit]) {
            if (value != null) {
                present.add(value);
            }
        }
        return present;
    }

    /** Returns the index of the coder named {@code name}, or fails naming the coders there are. */
    public int coderIndex(String name) {
        int index = coders.indexOf(name);
        if (index < 0) {
            throw new IllegalArgumentException("there is no coder '" + name + "'; the coders are " + coders);
        }
        return index;
    }

    /** Returns the number of values present in the whole matrix. */
    public int presentValueCount() {
        int count = 0;
        for (String[] row : values) {
            for (String value : row) {
                if (value != null) {
                    count++;
                }
            }
        }
        return count;
    }

    /** Compares coders, units and every value, because arrays do not compare by content. */
    @Override
    public boolean equals(Object other) {
        return other instanceof ReliabilityData that && coders.equals(that.coders) && units.equals(that.units)
                && Arrays.deepEquals(values, that.values);
    }

    /** Hashes coders, units and every value, consistent with {@link #equals(Object)}. */
    @Override
    public int hashCode() {
        return Objects.hash(coders, units, Arrays.deepHashCode(values));
    }

    /** Shows the names and the matrix, for test failures and logs. */
    @Override
    public String toString() {
        return "ReliabilityData[coders=" + coders + ", units=" + units + ", values=" + Arrays.deepToString(values)
                + "]";
    }

    private static void requireUniqueNames(String what, List<String> names) {
        Set<String> seen = new HashSet<>();
        for (String name : names) {
            if (name == null || name.isBlank()) {
                throw new IllegalArgumentException("a " + what + " has no name; name every " + what);
            }
            if (!seen.add(name)) {
                throw new IllegalArgumentException("the " + what + " name '" + name + "' is used twice; " + what
                        + " names must be unique");
            }
        }
    }

    private static List<String> numbered(int count) {
        List<String> names = new ArrayList<>(count);
        for (int i = 1; i <= count; i++) {
            names.add(Integer.toString(i));
        }
        return names;
    }
}
