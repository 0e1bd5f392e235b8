package org.attest.registry;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/** Folds names for matching that ignores case and accents: "Pašinjan", "PASINJAN" and "pasinjan" fold alike. */
public final class NameFolding {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACE = Pattern.compile("\\s+");

    // Letters that are not a base letter plus a combining mark, so that NFD leaves them whole.
    private static final Map<Integer, String> LETTERS = Map.ofEntries(Map.entry((int) 'đ', "d"), Map.entry((int) 'Đ', "d"),
            Map.entry((int) 'ł', "l"), Map.entry((int) 'Ł', "l"), Map.entry((int) 'ø', "o"), Map.entry((int) 'Ø', "o"),
            Map.entry((int) 'æ', "ae"), Map.entry((int) 'Æ', "ae"), Map.entry((int) 'œ', "oe"), Map.entry((int) 'Œ', "oe"),
            Map.entry((int) 'ß', "ss"), Map.entry((int) 'ẞ', "ss"), Map.entry((int) 'þ', "th"), Map.entry((int) 'Þ', "th"),
            Map.entry((int) 'ð', "d"), Map.entry((int) 'Ð', "d"), Map.entry((int) 'ı', "i"), Map.entry((int) 'ħ', "h"),
            Map.entry((int) 'Ħ', "h"), Map.entry((int) 'ŧ', "t"), Map.entry((int) 'Ŧ', "t"), Map.entry((int) 'ŀ', "l"),
            Map.entry((int) 'Ŀ', "l"), Map.entry((int) 'ƒ', "f"), Map.entry((int) 'ĸ', "k"), Map.entry((int) 'ŉ', "n"),
            Map.entry((int) 'ʼ', "'"), Map.entry((int) '’', "'"), Map.entry((int) '‘', "'"));

    private NameFolding() {
    }

    /** Returns {@code name} lower-cased, without accents, with special letters spelled in ASCII and runs of whitespace as one space. */
    public static String fold(String name) {
        if (name == null) {
            return "";
        }
        String decomposed = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFKD)).replaceAll("");
        StringBuilder folded = new StringBuilder(decomposed.length());
        decomposed.codePoints().forEach(cp -> {
            String replacement = LETTERS.get(cp);
            if (replacement != null) {
                folded.append(replacement);
            } else {
                folded.appendCodePoint(cp);
            }
        });
        return SPACE.matcher(folded.toString().toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }

    /** Returns whether two names are the same ignoring case, accents and spacing. */
    public static boolean same(String a, String b) {
        return fold(a).equals(fold(b));
    }
}
