package org.attest.export;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.attest.io.export.ExportReport;

/**
 * What an export wrote.
 *
 * @param outDir the folder written into
 * @param files every file written, the manifest last, with size and SHA-256
 * @param documents the document ids per part, in part order
 * @param reports what each part's export wrote and left out, by part name
 * @param total the sum of the parts' reports
 * @param skipped documents not exported, by id, with the reason
 * @param writeNanos the time spent writing the format files
 * @param totalNanos the time of the whole export, reading the CASes included
 */
public record ExportResult(Path outDir, List<FileEntry> files, Map<String, List<String>> documents,
        Map<String, ExportReport> reports,
        ExportReport total, Map<String, String> skipped, long writeNanos, long totalNanos) {

    /** A file written: its path relative to the output folder, size in bytes and SHA-256 in hex. */
    public record FileEntry(String path, long size, String sha256) {
    }

    /** Returns the bytes written into the format files (the manifest not included). */
    public long bytes() {
        return files.stream().filter(f -> !f.path().equals(ExportService.MANIFEST)).mapToLong(FileEntry::size).sum();
    }
}
