package org.attest.claims.tests;

import static org.assertj.core.api.Assertions.assertThat;

import org.attest.claims.UnitLemma;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UnitLemmaTest {

    @ParameterizedTest
    @CsvSource({"people killed, person killed", "People Killed, person kills",
            "residents evacuated, resident evacuated",
            "houses destroyed, house destroyed", "casualties, casualty", "boxes, box",
            "children missing, child missing",
            "people dead, person died"})
    void thatAPluralOrAnInflectionGivesTheSameLemma(String one, String other) {
        assertThat(UnitLemma.of(one)).isNotNull().isEqualTo(UnitLemma.of(other));
    }

    @ParameterizedTest
    @CsvSource({"people killed, people injured", "residents evacuated, people evacuated", "houses, horses"})
    void thatDifferentWordsGiveDifferentLemmas(String one, String other) {
        assertThat(UnitLemma.of(one)).isNotEqualTo(UnitLemma.of(other));
    }

    @ParameterizedTest
    @CsvSource(value = {"NULL", "'  '", "' - '"}, nullValues = "NULL")
    void thatAUnitWithoutWordsHasNoLemma(String unit) {
        assertThat(UnitLemma.of(unit)).isNull();
    }
}
