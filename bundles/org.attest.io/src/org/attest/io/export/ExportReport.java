package org.attest.io.export;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/** What an export wrote and what it left out, per label and reason, so that nothing is dropped silently. */
public final class ExportReport {

    // counted per annotation, so hash maps; the getters sort
    private final Map<String, Integer> written = new HashMap<>();
    private final Map<String, Map<String, Integer>> leftOut = new HashMap<>();
    private final Set<Path> files = new LinkedHashSet<>();
    private final List<Long> pieces = new ArrayList<>();
    private int documents;

    /** Creates an empty report. */
    public ExportReport() {
    }

    /** Counts one annotation written under {@code key} (such as {@code Entity/PERSON}). */
    public void written(String key) {
        written.merge(key, 1, Integer::sum);
    }

    /** Counts one annotation under {@code key} that the format could not hold, with the reason. */
    public void leftOut(String key, String reason) {
        leftOut.computeIfAbsent(key, k -> new HashMap<>()).merge(reason, 1, Integer::sum);
    }

    /** Counts one document written. */
    public void document() {
        documents++;
    }

    /**
     * Counts one document written as a piece of {@code bytes} bytes of its part's file, for formats whose file is its
     * documents' pieces one after another.
     */
    public void document(long bytes) {
        documents++;
        pieces.add(bytes);
    }

    /** Records a file written (each path once, in the order first written). */
    public void file(Path file) {
        files.add(file);
    }

    /** Adds everything {@code other} counted to this report. */
    public void addAll(ExportReport other) {
        other.written.forEach((k, v) -> written.merge(k, v, Integer::sum));
        other.leftOut.forEach((k, reasons) -> reasons
                .forEach((r, v) -> leftOut.computeIfAbsent(k, x -> new HashMap<>()).merge(r, v, Integer::sum)));
        other.files.forEach(this::file);
        documents += other.documents;
        pieces.addAll(other.pieces);
    }

    /**
     * Returns a copy of this report whose files, written under the folder {@code from}, are named at the same relative
     * paths under {@code to}: for files written in one place and then moved.
     */
    public ExportReport relocated(Path from, Path to) {
        ExportReport copy = new ExportReport();
        copy.addAll(this);
        copy.files.clear();
        for (Path file : files) {
            if (!file.startsWith(from)) {
                throw new IllegalArgumentException(file + " was not written under " + from);
            }
            copy.files.add(to.resolve(from.relativize(file).toString()));
        }
        return copy;
    }

    /** Returns the annotations written per key, sorted. */
    public SortedMap<String, Integer> written() {
        return Collections.unmodifiableSortedMap(new TreeMap<>(written));
    }

    /** Returns the annotations left out per key and reason, sorted. */
    public SortedMap<String, SortedMap<String, Integer>> leftOut() {
        SortedMap<String, SortedMap<String, Integer>> sorted = new TreeMap<>();
        leftOut.forEach((k, reasons) -> sorted.put(k, Collections.unmodifiableSortedMap(new TreeMap<>(reasons))));
        return Collections.unmodifiableSortedMap(sorted);
    }

    /** Returns the number of annotations left out per key, sorted. */
    public SortedMap<String, Integer> leftOutTotals() {
        SortedMap<String, Integer> totals = new TreeMap<>();
        leftOut.forEach((k, reasons) -> totals.put(k, reasons.values().stream().mapToInt(Integer::intValue).sum()));
        return totals;
    }

    /** Returns the files written, in the order first written. */
    public List<Path> files() {
        return List.copyOf(files);
    }

    /**
     * Returns the length in bytes of each document's piece, in the order written: where the part's file is the pieces
     * one after another, the document at position i starts after the first i pieces. Empty for other formats.
     */
    public List<Long> pieces() {
        return List.copyOf(pieces);
    }

    /** Returns the number of documents written. */
    public int documents() {
        return documents;
    }

    @Override
    public String toString() {
        return "ExportReport[documents=" + documents + ", written=" + written() + ", leftOut=" + leftOut() + ", files="
                + files + "]";
    }
}
