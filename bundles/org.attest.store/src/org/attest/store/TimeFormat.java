package org.attest.store;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.Locale;

/**
 * How Attest writes a point in time for a person to read, in messages, listings and views: in UTC, so every member of
 * a team reads the same moment alike, as {@code 2026-03-14 09:26 UTC} (or with seconds,
 * {@code 2026-03-14 09:26:53 UTC}).
 *
 * <p>A time that is not known (null) reads as {@value #UNKNOWN}; a caller that wants another word checks for null
 * itself.
 */
public final class TimeFormat {

    /** What an unknown (null) time reads as. */
    public static final String UNKNOWN = "an unknown time";

    // DateTimeFormatter is immutable and thread-safe, unlike SimpleDateFormat, so one of each serves every caller.
    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter SECONDS = DateTimeFormatter
            .ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'", Locale.ROOT).withZone(ZoneOffset.UTC);

    private TimeFormat() {
    }

    /** Returns {@code time} in UTC to the minute, e.g. {@code 2026-03-14 09:26 UTC}, or {@value #UNKNOWN} when null. */
    public static String minutes(Instant time) {
        return time == null ? UNKNOWN : MINUTES.format(time);
    }

    /** Returns {@code time} in UTC to the minute, like {@link #minutes(Instant)}. */
    public static String minutes(Date time) {
        return time == null ? UNKNOWN : MINUTES.format(time.toInstant());
    }

    /**
     * Returns {@code time} in UTC to the second, e.g. {@code 2026-03-14 09:26:53 UTC}, or {@value #UNKNOWN} when null.
     */
    public static String seconds(Instant time) {
        return time == null ? UNKNOWN : SECONDS.format(time);
    }

    /** Returns {@code time} in UTC to the second, like {@link #seconds(Instant)}. */
    public static String seconds(Date time) {
        return time == null ? UNKNOWN : SECONDS.format(time.toInstant());
    }
}
