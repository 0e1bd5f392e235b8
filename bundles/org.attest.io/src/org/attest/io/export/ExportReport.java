package org.attest.io.export;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Collects what an export wrote and what it left out, so that nothing is dropped silently. */
public final class ExportReport {

    private final Map<String, Long> written = new LinkedHashMap<>();
    private final List<String> leftOut = new ArrayList<>();

    /** Creates an empty report. */
    public ExportReport() {
    }

    /** Records that {@code file} was written with {@code bytes} bytes. */
    public void written(String file, long bytes) {
        written.put(file, bytes);
    }

    /** Records that an annotation or value of {@code label} was left out, and why. */
    public void leftOut(String label, String reason) {
        leftOut.add(label + ": " + reason);
    }

    /** Returns the files written with their sizes, in the order written. */
    public Map<String, Long> files() {
        return Collections.unmodifiableMap(written);
    }

    /** Returns the left-out entries as {@code label: reason}, in the order reported. */
    public List<String> leftOutEntries() {
        return Collections.unmodifiableList(leftOut);
    }
}
