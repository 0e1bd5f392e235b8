package org.attest.io.export;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** An export format writing documents into a folder, deterministically byte for byte. */
public interface ExportFormat {

    /** Returns the format's name as given on the command line, such as {@code brat}. */
    String name();

    /** Writes {@code docs} into {@code outDir}, naming shared files after {@code baseName} and reporting to {@code report}. */
    void write(List<ExportDocument> docs, Path outDir, String baseName, ExportReport report) throws IOException;
}
