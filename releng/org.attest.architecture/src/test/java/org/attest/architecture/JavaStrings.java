package org.attest.architecture;

import java.util.ArrayList;
import java.util.List;

/** The string literals of a Java source, text blocks included, without those in comments or character literals. */
final class JavaStrings {

    private JavaStrings() {
    }

    /** Returns the literals of {@code source} in order, as written between their quotes (escapes left as they are). */
    static List<String> of(String source) {
        List<String> literals = new ArrayList<>();
        int i = 0;
        int n = source.length();
        while (i < n) {
            char c = source.charAt(i);
            if (source.startsWith("//", i)) {
                i = endOf(source.indexOf('\n', i), n);
            } else if (source.startsWith("/*", i)) {
                i = endOf(source.indexOf("*/", i + 2), n) + 2;
            } else if (c == '\'') {
                i = closing(source, i + 1, '\'') + 1;
            } else if (source.startsWith("\"\"\"", i)) {
                int end = endOf(source.indexOf("\"\"\"", i + 3), n);
                literals.add(source.substring(i + 3, end));
                i = end + 3;
            } else if (c == '"') {
                int end = closing(source, i + 1, '"');
                literals.add(source.substring(i + 1, end));
                i = end + 1;
            } else {
                i++;
            }
        }
        return literals;
    }

    private static int closing(String source, int from, char quote) {
        int j = from;
        while (j < source.length() && source.charAt(j) != quote) {
            j += source.charAt(j) == '\\' ? 2 : 1;
        }
        return Math.min(j, source.length());
    }

    private static int endOf(int index, int length) {
        return index < 0 ? length : index;
    }
}
