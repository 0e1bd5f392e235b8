package org.attest.claims.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attest.claims.tests.Claims.FRIDAY;

import java.time.LocalDate;

import org.attest.claims.Period;
import org.attest.claims.PeriodReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PeriodReaderTest {

    @ParameterizedTest(name = "''{0}'' on Friday 3 May 2024 is {1}..{2}")
    @CsvSource({
            "in the last 24 hours, 2024-05-02, 2024-05-03",
            "over the past three days, 2024-04-30, 2024-05-03",
            "in the last week, 2024-04-26, 2024-05-03",
            "since Tuesday, 2024-04-30, 2024-05-03",
            "Since 1 May, 2024-05-01, 2024-05-03",
            "on Monday, 2024-04-29, 2024-04-29",
            "yesterday, 2024-05-02, 2024-05-02",
            "today, 2024-05-03, 2024-05-03",
            "on 2 May 2024, 2024-05-02, 2024-05-02",
            "'May 2, 2024', 2024-05-02, 2024-05-02",
            "on 28 December, 2023-12-28, 2023-12-28",
            "2024-04-28, 2024-04-28, 2024-04-28"
    })
    void thatAWrittenPeriodIsReadFromTheDocumentsDate(String written, String start, String end) {
        assertThat(PeriodReader.read(written, FRIDAY))
                .contains(new Period(LocalDate.parse(start), LocalDate.parse(end)));
    }

    @Test
    void thatWhatItCannotTellIsEmptyNotAGuess() {
        assertThat(PeriodReader.read("during the war", FRIDAY)).isEmpty();
        assertThat(PeriodReader.read("since Tuesday", null)).isEmpty();
        assertThat(PeriodReader.read("since 30 February", FRIDAY)).isEmpty();
        assertThat(PeriodReader.read(null, FRIDAY)).isEmpty();
        assertThat(PeriodReader.read("on 2 May 2024", null))
                .contains(new Period(LocalDate.of(2024, 5, 2), LocalDate.of(2024, 5, 2)));
    }

    @Test
    void thatADocumentDateIsReadFromItsIsoDateOrDateTime() {
        assertThat(PeriodReader.isoDate("2024-05-03T08:00:00Z")).contains(FRIDAY);
        assertThat(PeriodReader.isoDate("3 May 2024")).isEmpty();
    }
}
