package org.attest.export;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

import org.attest.core.parallel.OrderedPipeline;
import org.attest.io.export.ExportDocument;
import org.attest.io.export.ExportReport;
import org.attest.io.export.LineFormat;
import org.attest.model.Document;
import org.attest.store.CorpusException;

/** Writes the parts of an export in a {@link LineFormat}, rendering the documents on worker threads. */
final class LineParts {

    private LineParts() {
    }

    /**
     * Writes a part in a format of independent pieces: each document is read and rendered on the worker threads, and
     * the pieces are written and counted in the part's order, so the file is that of a sequential export. Returns how
     * long the writing waited for pieces.
     */
    static long write(LineFormat format, List<Document> documents, int threads, ExportReader reader,
            Path dir,
            String baseName, ExportReport report, Consumer<String> documentDone) throws IOException, CorpusException {
        Path file = dir.resolve(format.fileName(baseName));
        long waited = 0;
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
                OrderedPipeline<Document, Piece> pieces = new OrderedPipeline<>(documents, threads,
                        d -> piece(format, reader, d))) {
            while (pieces.hasNext()) {
                long start = System.nanoTime();
                Piece piece = pieces.next();
                waited += System.nanoTime() - start;
                out.write(piece.bytes());
                report.addAll(piece.report());
                report.document(piece.bytes().length);
                documentDone.accept(piece.id());
            }
        }
        report.file(file);
        return waited;
    }

    private static Piece piece(LineFormat format, ExportReader reader, Document document) throws CorpusException {
        ExportDocument doc = reader.read(document);
        ExportReport report = new ExportReport();
        try {
            return new Piece(doc.id(), format.render(doc, report), report);
        } catch (IOException e) {
            throw new CorpusException(
                    "cannot write document '" + doc.id() + "' as " + format.name() + ": " + e.getMessage(), e);
        }
    }

    /** One document rendered by a {@link LineFormat}, with what it counted. */
    private record Piece(String id, byte[] bytes, ExportReport report) {
    }
}
