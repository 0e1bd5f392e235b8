package org.attest.io;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds metadata written into an article's text (a leading {@code date 2023-09-21} or {@code key: value} line, a
 * trailing agency id line such as {@code ttn-69}) without changing the text.
 */
final class MetadataLines {

    /** The {@code extra} key of a trailing agency id line. */
    static final String AGENCY_ID = "agency-id";

    private static final Pattern DATE = Pattern.compile(
            "(?i)date\\s*:?\\s*(\\d{4}-\\d{2}-\\d{2}(?:[T ]\\d{2}:\\d{2}(?::\\d{2})?(?:Z|[+-]\\d{2}:?\\d{2})?)?)(?=\\s|$)");
    private static final Pattern KEY_VALUE = Pattern
            .compile("(?i)(date|title|outlet|language|lang|author|byline)\\s*:\\s*(\\S.*)");
    private static final Pattern AGENCY = Pattern.compile("[a-z]{1,12}-[0-9]{1,10}");

    /**
     * What the text says about itself.
     *
     * @param fields header fields by Attest name ({@code date}, {@code title}, {@code outlet}, {@code language},
     *     {@code author}) in the order found
     * @param firstTextLine the first non-empty line that is not metadata, trimmed, or {@code null}
     * @param agencyId the trailing agency id, or {@code null}
     */
    record Found(Map<String, String> fields, String firstTextLine, String agencyId) {
    }

    private MetadataLines() {
    }

    /**
     * Scans the leading and trailing lines of {@code text}, reading only as far as the first line of body text and back
     * from the end to the last non-empty line, so that a long text is not copied line by line.
     */
    static Found scan(String text) {
        Map<String, String> fields = new LinkedHashMap<>();
        String firstTextLine = null;
        int firstTextEnd = -1;
        for (int start = 0; start <= text.length() && firstTextLine == null;) {
            int end = lineEnd(text, start);
            String line = text.substring(start, end).strip();
            int next = end + 1;
            if (line.isEmpty()) {
                start = next;
                continue;
            }
            Matcher date = DATE.matcher(line);
            if (date.lookingAt() && !fields.containsKey("date")) {
                fields.put("date", printable(date.group(1)));
                String rest = line.substring(date.end()).strip();
                if (!rest.isEmpty()) {
                    // A date prefix on the first line of the body, as news agencies write it.
                    firstTextLine = printable(rest);
                    firstTextEnd = end;
                }
                start = next;
                continue;
            }
            Matcher keyValue = KEY_VALUE.matcher(line);
            if (keyValue.matches()) {
                String key = canonical(keyValue.group(1));
                if (!fields.containsKey(key)) {
                    fields.put(key, printable(keyValue.group(2).strip()));
                    start = next;
                    continue;
                }
            }
            firstTextLine = printable(line);
            firstTextEnd = end;
        }
        String agencyId = null;
        for (int end = text.length(); end > firstTextEnd && end >= 0;) {
            int start = text.lastIndexOf('\n', end - 1) + 1;
            String line = start >= end ? "" : text.substring(Math.max(start, firstTextEnd), end).strip();
            if (!line.isEmpty()) {
                agencyId = AGENCY.matcher(line).matches() ? line : null;
                break;
            }
            end = start - 1;
        }
        return new Found(fields, firstTextLine, agencyId);
    }

    private static int lineEnd(String text, int start) {
        int newline = text.indexOf('\n', start);
        return newline < 0 ? text.length() : newline;
    }

    // Metadata found in the text becomes a title or a field kept in XML and printed to terminals: the control
    // characters
    // the text may hold (an escape, a form feed) are left out of it, the text itself keeps them.
    private static String printable(String value) {
        StringBuilder out = null;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            boolean control = Character.isISOControl(c) || c == 0xFFFE || c == 0xFFFF;
            if (control && out == null) {
                out = new StringBuilder(value.length()).append(value, 0, i);
            }
            if (out != null) {
                out.append(control ? ' ' : c);
            }
        }
        return out == null ? value : out.toString().strip();
    }

    private static String canonical(String key) {
        return switch (key.toLowerCase(Locale.ROOT)) {
            case "lang" -> "language";
            case "byline" -> "author";
            default -> key.toLowerCase(Locale.ROOT);
        };
    }

    /**
     * Returns a title for a first text line: the line itself, or its first sentence when the line is a long paragraph.
     */
    static String titleFrom(String line) {
        final int max = 200;
        if (line == null || line.length() <= max) {
            return line;
        }
        Matcher sentenceEnd = Pattern.compile("[.!?](?=\\s)").matcher(line);
        if (sentenceEnd.find() && sentenceEnd.end() <= max) {
            return line.substring(0, sentenceEnd.end());
        }
        int cut = line.lastIndexOf(' ', max);
        return line.substring(0, cut > 0 ? cut : max).strip() + "\u2026";
    }
}
