package org.attest.io.tests.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;

import org.attest.io.export.ExportReport;
import org.junit.jupiter.api.Test;

/** What an export wrote, counted and named where the files end up. */
class ExportReportTest {

    private static final Path STAGING = Path.of("/out/.attest-staging/export-1/new");
    private static final Path OUT = Path.of("/out");

    private static ExportReport written() {
        ExportReport report = new ExportReport();
        report.file(STAGING.resolve("train/doc1.txt"));
        report.file(STAGING.resolve("train/doc1.ann"));
        report.file(STAGING.resolve("train/doc1.txt"));
        report.written("Entity/PERSON");
        report.written("Entity/PERSON");
        report.leftOut("Claim", "no claims in brat's entity set");
        report.document(120);
        return report;
    }

    @Test
    void aRelocatedReportNamesEachFileOnceUnderTheNewFolderInTheOrderWritten() {
        ExportReport sut = written().relocated(STAGING, OUT);

        assertThat(sut.files()).containsExactly(OUT.resolve("train/doc1.txt"), OUT.resolve("train/doc1.ann"));
        assertThat(sut.written()).containsEntry("Entity/PERSON", 2);
        assertThat(sut.leftOutTotals()).containsEntry("Claim", 1);
        assertThat(sut.documents()).isEqualTo(1);
        assertThat(sut.pieces()).containsExactly(120L);
    }

    @Test
    void aReportAddingARelocatedOneTakesItsFilesUnderTheNewFolder() {
        ExportReport sut = new ExportReport();

        sut.addAll(written().relocated(STAGING, OUT));

        assertThat(sut.files()).containsExactly(OUT.resolve("train/doc1.txt"), OUT.resolve("train/doc1.ann"));
        assertThat(sut.written()).containsEntry("Entity/PERSON", 2);
    }

    @Test
    void neitherAReportNorItsRelocatedCopyTakesMoreFilesOnceTheyShareThem() {
        ExportReport original = written();
        ExportReport sut = original.relocated(STAGING, OUT);

        assertThatThrownBy(() -> original.file(STAGING.resolve("dev/doc2.txt")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("relocated");
        assertThatThrownBy(() -> sut.file(OUT.resolve("dev/doc2.txt")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("relocated");
        assertThat(sut.files()).hasSize(2);
    }

    @Test
    void aFileWrittenOutsideTheFolderItIsMovedFromIsRefused() {
        ExportReport report = written();
        report.file(Path.of("/elsewhere/doc9.txt"));

        assertThatThrownBy(() -> report.relocated(STAGING, OUT)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("/elsewhere/doc9.txt");
    }
}
