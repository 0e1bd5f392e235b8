package org.attest.search;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import org.attest.registry.NameFolding;

/** How values are written into the index and read from a query, the same way both times. */
final class Values {

    private static final Pattern SEPARATORS = Pattern.compile("[-_\\s]+");
    private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}.*");
    private static final int CONTEXT = 48;
    // labels, layers, annotators, states and tagset values come back at every annotation: each is folded once
    private static final int REMEMBERED = 50_000;
    private static final Map<String, String> KEYWORDS = new ConcurrentHashMap<>();

    private Values() {
    }

    /** Returns a keyword folded for matching: lower case, no accents, Latin, with - and _ read as spaces. */
    static String keyword(String value) {
        String folded = KEYWORDS.get(value);
        if (folded == null) {
            folded = SEPARATORS.matcher(NameFolding.fold(value)).replaceAll(" ").strip();
            if (KEYWORDS.size() < REMEMBERED) {
                KEYWORDS.put(value, folded);
            }
        }
        return folded;
    }

    /** Returns the day a date starts with (ISO 8601) as days since 1970-01-01, or null when it starts with none. */
    static Long day(String date) {
        if (date == null || !DAY.matcher(date).matches()) {
            return null;
        }
        try {
            return LocalDate.parse(date.substring(0, 10)).toEpochDay();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** Returns the text before {@code begin}, on one line, at most a few words. */
    static String before(String text, int begin) {
        return oneLine(text.substring(Math.max(0, begin - CONTEXT), begin)).stripLeading();
    }

    /** Returns the text after {@code end}, on one line, at most a few words. */
    static String after(String text, int end) {
        return oneLine(text.substring(end, Math.min(text.length(), end + CONTEXT))).stripTrailing();
    }

    /** Returns {@code text} with its line breaks and tabs as spaces. */
    static String oneLine(String text) {
        return text.replace('\n', ' ').replace('\r', ' ').replace('\t', ' ');
    }
}
