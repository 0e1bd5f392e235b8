package org.attest.store.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Date;
import java.util.TimeZone;

import org.attest.store.TimeFormat;
import org.junit.jupiter.api.Test;

class TimeFormatTest {

    private static final Instant PI_DAY = Instant.parse("2026-03-14T09:26:53.589Z");

    @Test
    void aTimeReadsInUtcToTheMinuteOrTheSecond() {
        assertThat(TimeFormat.minutes(PI_DAY)).isEqualTo("2026-03-14 09:26 UTC");
        assertThat(TimeFormat.seconds(PI_DAY)).isEqualTo("2026-03-14 09:26:53 UTC");
    }

    @Test
    void aDateReadsAsTheSameInstantWhateverTheMachinesTimeZone() {
        TimeZone before = TimeZone.getDefault();
        try {
            TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Kiritimati"));

            assertThat(TimeFormat.minutes(Date.from(PI_DAY))).isEqualTo("2026-03-14 09:26 UTC");
            assertThat(TimeFormat.seconds(Date.from(PI_DAY))).isEqualTo("2026-03-14 09:26:53 UTC");
        } finally {
            TimeZone.setDefault(before);
        }
    }

    @Test
    void anUnknownTimeIsSaidToBeUnknownNotPrintedAsNull() {
        assertThat(TimeFormat.minutes((Instant) null)).isEqualTo(TimeFormat.UNKNOWN).isEqualTo("an unknown time");
        assertThat(TimeFormat.seconds((Date) null)).isEqualTo(TimeFormat.UNKNOWN);
    }
}
