package org.attest.io;

import java.util.Locale;
import java.util.Map;

/**
 * The limits on an article's metadata (id, title, outlet, language, date and every other field): each value at most
 * {@link #MAX_FIELD_CHARS} characters, with no control characters (XML, where the corpus keeps metadata, cannot hold
 * them) and no lone UTF-16 surrogates (they are no characters and would be stored as {@code ?}).
 */
public final class MetadataFields {

    /** The most characters a metadata value may have: 64 Ki, far above any title, and a sidecar holds at most 1 MiB. */
    public static final int MAX_FIELD_CHARS = 64 * 1024;

    private MetadataFields() {
    }

    /** Checks every value of {@code metadata}, read from {@code where} (the file, and the line when known). */
    static void check(ArticleMetadata metadata, String where) throws ImportException {
        check(where, "id", metadata.id());
        check(where, "title", metadata.title());
        check(where, "outlet", metadata.outlet());
        check(where, "language", metadata.language());
        check(where, "originalLanguage", metadata.originalLanguage());
        check(where, "date", metadata.date());
        for (Map.Entry<String, String> entry : metadata.extra().entrySet()) {
            check(where, "the name of the field \"" + entry.getKey() + "\"", entry.getKey());
            check(where, entry.getKey(), entry.getValue());
        }
    }

    /**
     * Refuses {@code value} of the field {@code name} if it is too long, holds a control character or a lone surrogate.
     */
    static void check(String where, String name, String value) throws ImportException {
        if (value == null) {
            return;
        }
        String field = name.startsWith("the name") ? name : "\"" + name + "\"";
        if (value.length() > MAX_FIELD_CHARS) {
            throw new ImportException(where + ": " + field + " has " + value.length() + " characters, more than the "
                    + MAX_FIELD_CHARS + " a metadata value may have; shorten it at the source or leave it out");
        }
        int bad = firstUnstorable(value);
        if (bad >= 0) {
            throw new ImportException(where + ": " + field + " holds " + describe(value, bad) + " at character " + bad
                    + ", which metadata cannot hold; remove it at the source");
        }
    }

    /**
     * Returns the first lone surrogate in {@code text}, or -1; the text of an article may hold no lone surrogate
     * either.
     */
    static int firstLoneSurrogate(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return i;
            }
        }
        return -1;
    }

    /** Describes the character at {@code index} for messages, such as "the control character U+001B". */
    static String describe(String text, int index) {
        char c = text.charAt(index);
        String code = String.format(Locale.ROOT, "U+%04X", (int) c);
        return Character.isSurrogate(c)
                ? "a lone UTF-16 surrogate (" + code + ", half of a character without its other half)"
                : Character.isISOControl(c) ? "the control character " + code : "the noncharacter " + code;
    }

    // Tab, line feed and carriage return are the control characters XML 1.0 allows; the others (and C1, DEL, which XML
    // would take) are refused too, because a title is printed to terminals, where an escape character takes control.
    private static int firstUnstorable(String value) {
        int surrogate = firstLoneSurrogate(value);
        for (int i = 0; i < value.length() && (surrogate < 0 || i < surrogate); i++) {
            char c = value.charAt(i);
            if (Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r' || c == 0xFFFE || c == 0xFFFF) {
                return i;
            }
        }
        return surrogate;
    }
}
