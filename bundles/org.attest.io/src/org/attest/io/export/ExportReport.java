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
    private final Set<Path> files;
    // where files() names the files instead of where they were written (see relocated); both null when they are there
    private final Path from;
    private final Path to;
    private final List<Long> pieces = new ArrayList<>();
    private int documents;
    // set once a relocated copy shares the files: this report then takes no more
    private boolean shared;

    /** Creates an empty report. */
    public ExportReport() {
        this(new LinkedHashSet<>(), null, null);
    }

    private ExportReport(Set<Path> files, Path from, Path to) {
        this.files = files;
        this.from = from;
        this.to = to;
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
        if (shared || from != null) {
            throw new IllegalStateException("the report has been relocated: its files are final");
        }
        files.add(file);
    }

    /** Adds everything {@code other} counted to this report. */
    public void addAll(ExportReport other) {
        other.written.forEach((k, v) -> written.merge(k, v, Integer::sum));
        other.leftOut.forEach((k, reasons) -> reasons
                .forEach((r, v) -> leftOut.computeIfAbsent(k, x -> new HashMap<>()).merge(r, v, Integer::sum)));
        other.files().forEach(this::file);
        documents += other.documents;
        pieces.addAll(other.pieces);
    }

    /**
     * Returns a copy of this report whose files, written under the folder {@code from}, are named at the same relative
     * paths under {@code to}: for files written in one place and then moved. The copy shares this report's list of
     * files, naming each anew when asked (an export of 100,000 documents in brat lists 300,000); neither report takes
     * more files afterwards.
     */
    public ExportReport relocated(Path from, Path to) {
        if (this.from != null) {
            throw new IllegalStateException("the report has been relocated already, to " + this.to);
        }
        for (Path file : files) {
            if (!file.startsWith(from)) {
                throw new IllegalArgumentException(file + " was not written under " + from);
            }
        }
        ExportReport copy = new ExportReport(files, from, to);
        written.forEach((k, v) -> copy.written.merge(k, v, Integer::sum));
        leftOut.forEach((k, reasons) -> copy.leftOut.put(k, new HashMap<>(reasons)));
        copy.documents = documents;
        copy.pieces.addAll(pieces);
        shared = true;
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
        if (from == null) {
            return List.copyOf(files);
        }
        List<Path> named = new ArrayList<>(files.size());
        for (Path file : files) {
            named.add(to.resolve(from.relativize(file).toString()));
        }
        return Collections.unmodifiableList(named);
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
                + files() + "]";
    }
}
