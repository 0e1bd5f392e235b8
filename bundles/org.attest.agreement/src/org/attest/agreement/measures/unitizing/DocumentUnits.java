package org.attest.agreement.measures.unitizing;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

import org.attest.agreement.Span;

/**
 * One continuum for unitizing: a document of {@code length} characters and, per coder, the units
 * (labelled spans) that coder marked in it.
 *
 * <p>Every coder who worked on the document must be present, with an empty list if they marked
 * nothing: a coder's silence is a judgement ("nothing of this category here") and counts as such.
 *
 * @param document a name for the document, used in reports and error messages
 * @param length the number of characters of the continuum [0, length)
 * @param unitsByCoder each coder's units, sorted by coder name and by position
 */
public record DocumentUnits(String document, int length, SortedMap<String, List<Span>> unitsByCoder) {

    /**
     * Checks that every unit lies inside the document, is not empty, and does not overlap a unit of the same category
     * by the same coder.
     */
    public DocumentUnits {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(unitsByCoder, "unitsByCoder");
        if (length < 0) {
            throw new IllegalArgumentException("document '" + document + "' has negative length " + length);
        }
        TreeMap<String, List<Span>> copy = new TreeMap<>();
        for (Map.Entry<String, List<Span>> entry : unitsByCoder.entrySet()) {
            String coder = Objects.requireNonNull(entry.getKey(), "coder name");
            List<Span> units = new ArrayList<>(Objects.requireNonNull(entry.getValue(), "units of " + coder));
            Collections.sort(units);
            validate(document, length, coder, units);
            copy.put(coder, List.copyOf(units));
        }
        unitsByCoder = Collections.unmodifiableSortedMap(copy);
    }

    /** Creates the units of one document from any map of coder names to spans. */
    public static DocumentUnits of(String document, int length, Map<String, List<Span>> unitsByCoder) {
        return new DocumentUnits(document, length, new TreeMap<>(unitsByCoder));
    }

    /** Returns the number of coders. */
    public int coderCount() {
        return unitsByCoder.size();
    }

    /** Returns the categories (span labels) any coder used, sorted. */
    public SortedSet<String> categories() {
        TreeSet<String> categories = new TreeSet<>();
        unitsByCoder.values().forEach(units -> units.forEach(unit -> categories.add(unit.label())));
        return Collections.unmodifiableSortedSet(categories);
    }

    private static void validate(String document, int length, String coder, List<Span> units) {
        Map<String, Span> lastByCategory = new TreeMap<>();
        for (Span unit : units) {
            Objects.requireNonNull(unit, "unit of " + coder);
            if (unit.end() > length) {
                throw new IllegalArgumentException(
                        "document '" + document + "': coder '" + coder + "' has unit " + describe(unit)
                                + " ending after the document's end " + length);
            }
            if (unit.length() == 0) {
                throw new IllegalArgumentException(
                        "document '" + document + "': coder '" + coder + "' has the empty unit "
                                + describe(unit) + "; unitizing needs units of at least one character");
            }
            Span previous = lastByCategory.get(unit.label());
            if (previous != null && previous.end() > unit.begin()) {
                // The method cuts each coder's continuum into units and gaps per category; overlapping units cannot be
                // cut so.
                throw new IllegalArgumentException(
                        "document '" + document + "': coder '" + coder + "' has overlapping units "
                                + describe(previous) + " and " + describe(unit)
                                + " of the same category; unitizing alpha needs them merged or relabelled");
            }
            lastByCategory.put(unit.label(), unit);
        }
    }

    private static String describe(Span unit) {
        return "[" + unit.begin() + "," + unit.end() + ") '" + unit.label() + "'";
    }
}
