package org.attest.io.export;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** A training-data or interchange format that writes a list of documents into files of a folder. */
public interface ExportFormat {

    /** Returns the format's name as given to {@code attest export --format}, such as {@code conll}. */
    String name();

    /**
     * Writes {@code docs} into {@code outDir} under names starting with {@code baseName} (such as {@code train.conll}),
     * recording every file written, every annotation written and every annotation left out with its reason in
     * {@code report}; the same input gives the same bytes.
     */
    void write(List<ExportDocument> docs, Path outDir, String baseName, ExportReport report) throws IOException;

    /**
     * Returns whether the format writes sentences or tokens; when it does not, it may be given documents without them,
     * which spares reading thousands of offsets per document.
     */
    default boolean needsSegmentation() {
        return true;
    }
}
