package org.attest.io.tests.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.attest.io.export.ExportFormat;
import org.attest.io.export.ExportReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What every export format promises: same input, same bytes; every file reported; every document counted. */
abstract class ExportFormatContract {

    @TempDir
    Path dir;

    /** Returns the format under test. */
    abstract ExportFormat sut();

    @Test
    void theSameDocumentsGiveTheSameBytes() throws Exception {
        Path a = Files.createDirectories(dir.resolve("a"));
        Path b = Files.createDirectories(dir.resolve("b"));
        ExportReport first = new ExportReport();
        ExportReport second = new ExportReport();

        sut().write(ExportFixture.sample(), a, "train", first);
        sut().write(ExportFixture.sample(), b, "train", second);

        assertThat(first.files()).isNotEmpty();
        for (Path file : first.files()) {
            assertThat(Files.readAllBytes(b.resolve(file.getFileName()))).isEqualTo(Files.readAllBytes(file));
        }
        assertThat(second.written()).isEqualTo(first.written());
    }

    @Test
    void everyFileWrittenIsReportedAndEveryDocumentCounted() throws Exception {
        ExportReport report = new ExportReport();

        sut().write(ExportFixture.sample(), dir, "dev", report);

        try (var files = Files.list(dir)) {
            assertThat(files.toList()).containsExactlyInAnyOrderElementsOf(report.files());
        }
        assertThat(report.documents()).isEqualTo(2);
    }

    @Test
    void nothingIsDroppedSilently() throws Exception {
        ExportReport report = new ExportReport();

        sut().write(ExportFixture.sample(), dir, "train", report);

        int spans = ExportFixture.sample().stream().mapToInt(d -> d.spans().size() + d.relations().size()).sum();
        int written = report.written().values().stream().mapToInt(Integer::intValue).sum();
        int leftOut = report.leftOutTotals().values().stream().mapToInt(Integer::intValue).sum();
        assertThat(written + leftOut).isEqualTo(spans);
    }

    @Test
    void anEmptyPartStillGivesItsFile() throws Exception {
        ExportReport report = new ExportReport();

        sut().write(List.of(), dir, "test", report);

        assertThat(report.files()).isNotEmpty().allMatch(Files::isRegularFile);
    }
}
