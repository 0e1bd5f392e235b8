package org.attest.registry;

import java.util.Locale;
import java.util.regex.Pattern;

import com.ibm.icu.text.Transliterator;

/**
 * Folds names for matching that ignores case, accents and script: ICU transliterates any script to Latin and Latin to
 * ASCII, so "Kovačić", "KOVACIC" and "Ковачич" fold alike; {@link #key} also evens out the spellings that
 * transliterations differ in, so "Pashinyan", "Pašinjan" and "Пашинян" share a key.
 */
public final class NameFolding {

    private static final String TO_ASCII = "Any-Latin; Latin-ASCII; NFKD; [:Mark:] Remove; NFC";

    // A transliterator keeps state while it works, so each thread gets its own.
    private static final ThreadLocal<Transliterator> ASCII = ThreadLocal.withInitial(() -> Transliterator.getInstance(TO_ASCII));

    private static final Pattern SPACE = Pattern.compile("\\s+");

    // Digraphs that one transliteration writes for a letter another writes plainly: Pashinyan / Pašinjan / Pasinan.
    private static final String[][] DIGRAPHS = { { "sch", "s" }, { "tch", "c" }, { "sh", "s" }, { "ch", "c" }, { "zh", "z" },
            { "kh", "h" }, { "ts", "c" }, { "ph", "f" }, { "ou", "u" }, { "w", "v" } };

    private NameFolding() {
    }

    /** Returns {@code name} in lower-case ASCII, without accents, transliterated from its script, with runs of whitespace as one space. */
    public static String fold(String name) {
        if (name == null) {
            return "";
        }
        String ascii = isAscii(name) ? name : ASCII.get().transliterate(name);
        return SPACE.matcher(ascii.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }

    /** Returns whether two names are the same ignoring case, accents, script and spacing. */
    public static boolean same(String a, String b) {
        return fold(a).equals(fold(b));
    }

    /**
     * Returns the search key of {@code name}: its {@link #fold} with the spellings transliterations differ in evened out
     * (sh/š, ch/č, zh/ž, kh/h, ts/c, a first j/y, y and j after letters, doubled letters, apostrophes), words kept apart by single spaces.
     */
    public static String key(String name) {
        String folded = fold(name);
        StringBuilder key = new StringBuilder(folded.length());
        for (String word : folded.split(" ")) {
            String k = wordKey(word);
            if (!k.isEmpty()) {
                key.append(key.isEmpty() ? "" : " ").append(k);
            }
        }
        return key.toString();
    }

    private static String wordKey(String word) {
        String w = word.replaceAll("[^a-z0-9]", "");
        for (String[] digraph : DIGRAPHS) {
            w = w.replace(digraph[0], digraph[1]);
        }
        StringBuilder out = new StringBuilder(w.length());
        for (int i = 0; i < w.length(); i++) {
            char c = i == 0 && w.charAt(0) == 'j' ? 'y' : w.charAt(i);
            // y and j mark a soft consonant or a glide in one transliteration and are left out in another (nya, nja, na)
            boolean glide = (c == 'y' || c == 'j') && i > 0;
            boolean repeated = c >= 'a' && !out.isEmpty() && out.charAt(out.length() - 1) == c;
            if (!glide && !repeated) {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }
}
