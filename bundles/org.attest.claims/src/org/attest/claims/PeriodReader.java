package org.attest.claims;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.DateTimeParseException;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the days a period written in English covers, such as "in the last 24 hours", "since Tuesday", "on Monday",
 * "yesterday" or "on 2 May 2024", counting from the date of the document that writes it.
 */
public final class PeriodReader {

    private static final Pattern LAST = Pattern.compile(
            "(?:(?:in|over|during|for)\\s+)?(?:the\\s+)?(?:last|past)\\s+(?:(\\d+|a|an|one|two|three|seven)\\s+)?(hour|day|week)s?");
    private static final Pattern SINCE = Pattern.compile("since\\s+(.+)");
    private static final Pattern ON = Pattern.compile("(?:on|last)\\s+(.+)");
    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
    private static final Pattern DAY_MONTH = Pattern
            .compile("(\\d{1,2})(?:st|nd|rd|th)?\\s+([a-z]+)(?:,?\\s+(\\d{4}))?");
    private static final Pattern MONTH_DAY = Pattern
            .compile("([a-z]+)\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+(\\d{4}))?");

    private PeriodReader() {
    }

    /**
     * Returns the period {@code written} means in a document of {@code documentDate} (may be null), or empty when it
     * cannot tell.
     */
    public static Optional<Period> read(String written, LocalDate documentDate) {
        if (written == null || written.isBlank()) {
            return Optional.empty();
        }
        String text = written.strip().toLowerCase(Locale.ROOT).replaceAll("[.,;]+$", "").replaceAll("\\s+", " ");
        Optional<LocalDate> alone = day(text, documentDate);
        if (alone.isPresent()) {
            return alone.map(d -> new Period(d, d));
        }
        if (documentDate == null) {
            return Optional.empty();
        }
        Matcher last = LAST.matcher(text);
        if (last.matches()) {
            long amount = amount(last.group(1));
            long days = switch (last.group(2)) {
                case "hour" -> Math.max(1, (amount + 23) / 24);
                case "week" -> amount * 7;
                default -> amount;
            };
            return Optional.of(new Period(documentDate.minusDays(days), documentDate));
        }
        Matcher since = SINCE.matcher(text);
        if (since.matches()) {
            return day(since.group(1), documentDate).filter(d -> !d.isAfter(documentDate))
                    .map(d -> new Period(d, documentDate));
        }
        return Optional.empty();
    }

    // One day: yesterday, today, a weekday (the last one up to the document's date), or a date with or without "on".
    private static Optional<LocalDate> day(String text, LocalDate documentDate) {
        Matcher on = ON.matcher(text);
        String day = on.matches() ? on.group(1) : text;
        if (documentDate != null) {
            switch (day) {
                case "today", "so far today", "this morning", "tonight" -> {
                    return Optional.of(documentDate);
                }
                case "yesterday", "last night" -> {
                    return Optional.of(documentDate.minusDays(1));
                }
                default -> {
                }
            }
            Optional<DayOfWeek> weekday = weekday(day);
            if (weekday.isPresent()) {
                LocalDate d = documentDate;
                while (d.getDayOfWeek() != weekday.get()) {
                    d = d.minusDays(1);
                }
                return Optional.of(d);
            }
        }
        return date(day, documentDate);
    }

    private static Optional<LocalDate> date(String text, LocalDate documentDate) {
        try {
            Matcher iso = ISO.matcher(text);
            if (iso.matches()) {
                return Optional.of(LocalDate.parse(text));
            }
            Matcher dayMonth = DAY_MONTH.matcher(text);
            if (dayMonth.matches()) {
                return dated(dayMonth.group(3), dayMonth.group(2), dayMonth.group(1), documentDate);
            }
            Matcher monthDay = MONTH_DAY.matcher(text);
            if (monthDay.matches()) {
                return dated(monthDay.group(3), monthDay.group(1), monthDay.group(2), documentDate);
            }
        } catch (java.time.DateTimeException e) {
            // "31 February" and the like name no day
        }
        return Optional.empty();
    }

    private static Optional<LocalDate> dated(String year, String monthName, String day, LocalDate documentDate) {
        Optional<Month> month = month(monthName);
        if (month.isEmpty() || year == null && documentDate == null) {
            return Optional.empty();
        }
        int y = year != null ? Integer.parseInt(year) : documentDate.getYear();
        LocalDate date = LocalDate.of(y, month.get(), Integer.parseInt(day));
        // a date without a year that would lie after the document is one of the year before
        return Optional.of(year == null && date.isAfter(documentDate) ? date.minusYears(1) : date);
    }

    private static Optional<DayOfWeek> weekday(String text) {
        for (DayOfWeek d : DayOfWeek.values()) {
            if (d.getDisplayName(TextStyle.FULL, Locale.ENGLISH).toLowerCase(Locale.ROOT).equals(text)) {
                return Optional.of(d);
            }
        }
        return Optional.empty();
    }

    private static Optional<Month> month(String text) {
        for (Month m : Month.values()) {
            String full = m.getDisplayName(TextStyle.FULL, Locale.ENGLISH).toLowerCase(Locale.ROOT);
            if (full.equals(text) || text.length() >= 3 && full.startsWith(text)) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }

    private static long amount(String word) {
        return switch (word == null ? "one" : word) {
            case "a", "an", "one" -> 1;
            case "two" -> 2;
            case "three" -> 3;
            case "seven" -> 7;
            default -> Long.parseLong(word);
        };
    }

    /** Returns the date an ISO 8601 text (or the date part of a date-time) names, or empty when it names none. */
    public static Optional<LocalDate> isoDate(String text) {
        if (text == null || text.length() < 10) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(text.strip().substring(0, 10)));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
