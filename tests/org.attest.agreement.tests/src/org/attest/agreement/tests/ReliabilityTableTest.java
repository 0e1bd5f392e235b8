package org.attest.agreement.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.attest.agreement.Level;
import org.attest.agreement.ReliabilityData;
import org.attest.agreement.measures.krippendorff.KrippendorffAlpha;
import org.attest.agreement.table.ReliabilityTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ReliabilityTableTest {

    private static final Path KRIPPENDORFF = Path.of("data/krippendorff2011-example-c.csv");

    @Test
    void readsKrippendorffsExampleAsTheSameDataAsInMemory() throws Exception {
        ReliabilityData sut = ReliabilityTable.read(KRIPPENDORFF, Level.INTERVAL);

        assertThat(sut).isEqualTo(PublishedExamples.krippendorff2011C());
    }

    @ParameterizedTest
    @EnumSource(Level.class)
    void theTableGivesTheSameAlphaAsTheDataInMemory(Level level) throws Exception {
        ReliabilityData sut = ReliabilityTable.read(KRIPPENDORFF, level);

        assertThat(KrippendorffAlpha.compute(sut, level))
                .isEqualTo(KrippendorffAlpha.compute(PublishedExamples.krippendorff2011C(), level));
    }

    @Test
    void quotedCellsMayHoldCommasQuotesAndLineBreaks() {
        String text = "coder,\"unit, one\",u2\r\n\"O'Brien, K.\",\"say \"\"yes\"\"\",\"two\nlines\"\r\nB, x ,\r\n";

        ReliabilityData sut = ReliabilityTable.parse(text, "t.csv", Level.NOMINAL);

        assertThat(sut.units()).containsExactly("unit, one", "u2");
        assertThat(sut.coders()).containsExactly("O'Brien, K.", "B");
        assertThat(sut.value(0, 0)).isEqualTo("say \"yes\"");
        assertThat(sut.value(1, 0)).isEqualTo("two\nlines");
        assertThat(sut.value(0, 1)).isEqualTo("x");
        assertThat(sut.value(1, 1)).isNull();
    }

    @Test
    void aByteOrderMarkAndBlankLinesAreIgnored() {
        ReliabilityData sut = ReliabilityTable.parse("\uFEFFcoder,u1\n\nA,1\nB,2\n\n", "t.csv", Level.INTERVAL);

        assertThat(sut.coders()).containsExactly("A", "B");
    }

    @Test
    void aRowWithTooFewCellsNamesFileLineAndColumn() {
        assertThatThrownBy(() -> ReliabilityTable.parse("coder,u1,u2,u3\nA,1,2,3\nB,1,2\n", "votes.csv", Level.NOMINAL))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("votes.csv, line 3, column 3:")
                .hasMessageContaining("3 cells but the header has 4");
    }

    @Test
    void aRowWithTooManyCellsPointsAtTheFirstExtraCell() {
        assertThatThrownBy(() -> ReliabilityTable.parse("coder,u1\nA,1,2\n", "votes.csv", Level.NOMINAL))
                .hasMessageStartingWith("votes.csv, line 2, column 3:");
    }

    @Test
    void aDuplicateCoderIsRejectedWithBothLines() {
        assertThatThrownBy(() -> ReliabilityTable.parse("coder,u1\nA,1\nB,2\nA,3\n", "votes.csv", Level.NOMINAL))
                .hasMessageStartingWith("votes.csv, line 4, column 1:")
                .hasMessageContaining("coder 'A' appears twice (also on line 2)");
    }

    @Test
    void aLabelInIntervalDataIsRejectedAtItsCell() {
        assertThatThrownBy(() -> ReliabilityTable.parse("coder,u1,u2\nA,1,2\nB,1,high\n", "votes.csv", Level.INTERVAL))
                .hasMessageStartingWith("votes.csv, line 3, column 3:")
                .hasMessageContaining("unit 'u2', coder 'B'")
                .hasMessageContaining("'high' is not a number");
    }

    @Test
    void aNegativeRatioValueIsRejectedAtItsCell() {
        assertThatThrownBy(() -> ReliabilityTable.parse("coder,u1\nA,1\nB,-1\n", "votes.csv", Level.RATIO))
                .hasMessageStartingWith("votes.csv, line 3, column 2:").hasMessageContaining("negative");
    }

    @Test
    void anUnclosedQuoteNamesTheLineWhereItOpened() {
        assertThatThrownBy(() -> ReliabilityTable.parse("coder,u1\nA,\"1\nB,2\n", "votes.csv", Level.NOMINAL))
                .hasMessageStartingWith("votes.csv, line 2, column 2:").hasMessageContaining("never closed");
    }

    @Test
    void duplicateUnitNamesAreRejected() {
        assertThatThrownBy(() -> ReliabilityTable.parse("coder,u1,u1\nA,1,2\n", "votes.csv", Level.NOMINAL))
                .hasMessageStartingWith("votes.csv, line 1, column 3:").hasMessageContaining("also column 2");
    }

    @Test
    void aFileThatIsNotUtf8IsRejectedByName(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("latin1.csv");
        Files.write(file, "coder,u1\nJos\u00e9,1\n".getBytes(StandardCharsets.ISO_8859_1));

        assertThatThrownBy(() -> ReliabilityTable.read(file, Level.NOMINAL))
                .hasMessageContaining("latin1.csv").hasMessageContaining("not UTF-8");
    }

    @Test
    void aHeaderWithoutCoderRowsIsRejected() {
        assertThatThrownBy(() -> ReliabilityTable.parse("coder,u1,u2\n", "votes.csv", Level.NOMINAL))
                .hasMessageContaining("no coder rows");
    }
}
