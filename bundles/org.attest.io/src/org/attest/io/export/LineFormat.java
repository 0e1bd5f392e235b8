package org.attest.io.export;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A format whose file of a part is its documents' pieces one after another, each made from its document alone (such as
 * one JSON line, or one CoNLL block), so that pieces can be made on several threads and written in order.
 */
public interface LineFormat extends ExportFormat {

    /** Returns the name of the file of a part, such as {@code train.conll} for {@code train}. */
    String fileName(String baseName);

    /**
     * Returns the UTF-8 bytes of {@code doc}'s piece, counting what it holds and leaves out in {@code report}; may be
     * called from several threads at once, each with a report of its own.
     */
    byte[] render(ExportDocument doc, ExportReport report) throws IOException;

    /** Writes the pieces of {@code docs} one after another into the file {@link #fileName} names. */
    @Override
    default void write(List<ExportDocument> docs, Path outDir, String baseName, ExportReport report)
            throws IOException {
        Path file = outDir.resolve(fileName(baseName));
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            for (ExportDocument doc : docs) {
                byte[] piece = render(doc, report);
                out.write(piece);
                report.document(piece.length);
            }
        }
        report.file(file);
    }
}
