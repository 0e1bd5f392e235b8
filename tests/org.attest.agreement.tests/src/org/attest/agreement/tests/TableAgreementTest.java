package org.attest.agreement.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.attest.agreement.tests.PublishedExamples.row;

import java.util.List;

import org.attest.agreement.AgreementResult;
import org.attest.agreement.Level;
import org.attest.agreement.ReliabilityData;
import org.attest.agreement.table.TableAgreement;
import org.attest.agreement.table.TableAgreement.Format;
import org.junit.jupiter.api.Test;

class TableAgreementTest {

    @Test
    void computesAlphaByName() {
        AgreementResult sut = TableAgreement.compute("alpha", PublishedExamples.krippendorff2011C(), Level.INTERVAL);

        assertThat(sut.measure()).isEqualTo("krippendorff-alpha (interval)");
        assertThat(TableAgreement.format(sut, Format.TABLE)).contains("value            0.8491");
    }

    @Test
    void computesFleissByName() {
        assertThat(TableAgreement.compute("fleiss", PublishedExamples.fleiss1971(), Level.NOMINAL).measure())
                .isEqualTo("fleiss-kappa");
    }

    @Test
    void cohenNeedsExactlyTwoCoders() {
        assertThatThrownBy(() -> TableAgreement.compute("cohen", PublishedExamples.krippendorff2011C(), Level.NOMINAL))
                .hasMessageContaining("exactly two coders").hasMessageContaining("4 [A, B, C, D]");
        assertThat(TableAgreement.compute("cohen", PublishedExamples.krippendorff2011A(), Level.NOMINAL).measure())
                .isEqualTo("cohen-kappa (A, B)");
    }

    @Test
    void kappaAtAnIntervalLevelIsAClearError() {
        assertThatThrownBy(() -> TableAgreement.compute("fleiss", PublishedExamples.fleiss1971(), Level.INTERVAL))
                .hasMessageContaining("fleiss is a measure for nominal data");
    }

    @Test
    void anUnknownMeasureListsTheKnownOnes() {
        assertThatThrownBy(() -> TableAgreement.compute("gamma", PublishedExamples.fleiss1971(), Level.NOMINAL))
                .hasMessageContaining("unknown measure 'gamma'").hasMessageContaining("alpha, fleiss, cohen");
    }

    @Test
    void csvHasAHeaderAndOneQuotedDataRow() {
        AgreementResult result = new AgreementResult("m", 0.5, 0.25, 0.5, 2, 3, 2, 4, "1 unit, \"skipped\"");

        String sut = TableAgreement.format(result, Format.CSV);

        assertThat(sut).isEqualTo("measure,value,observed,expected,coders,units,units_used,pairable_values,note\r\n"
                + "m,0.5,0.25,0.5,2,3,2,4,\"1 unit, \"\"skipped\"\"\"\r\n");
    }

    @Test
    void jsonEscapesTheNoteAndWritesNullForAnUndefinedValue() {
        AgreementResult result = new AgreementResult("m", Double.NaN, Double.NaN, 0, 2, 1, 0, 0, "a \"q\"\\ \n\u0001");

        String sut = TableAgreement.format(result, Format.JSON);

        assertThat(sut).isEqualTo("{\"measure\":\"m\",\"value\":null,\"observed\":null,\"expected\":0.0,\"coders\":2,"
                + "\"units\":1,\"units_used\":0,\"pairable_values\":0,\"note\":\"a \\\"q\\\"\\\\ \\n\\u0001\"}\n");
    }

    @Test
    void theTableSaysUndefinedAndGivesTheReason() {
        ReliabilityData constant = ReliabilityData.ofCoderRows(List.of("A", "B"), List.of("u1"), row("x"), row("x"));

        String sut = TableAgreement.format(TableAgreement.compute("alpha", constant, Level.NOMINAL), Format.TABLE);

        assertThat(sut).contains("value            undefined").contains("note             only one value (x) was used");
    }

    @Test
    void formatNamesAreParsedCaseInsensitively() {
        assertThat(Format.parse("JSON")).isEqualTo(Format.JSON);
        assertThatThrownBy(() -> Format.parse("xml")).hasMessageContaining("table, csv, json");
    }
}
