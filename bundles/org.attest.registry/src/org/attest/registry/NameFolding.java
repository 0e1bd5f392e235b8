package org.attest.registry;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import com.ibm.icu.text.Transliterator;

/**
 * Folds names for matching that ignores case, accents and script: ICU transliterates other scripts to Latin, and Latin
 * letters lose their accents, so "Kovačić", "KOVACIC" and "Ковачич" fold alike; {@link #key} also evens out the
 * spellings that
 * transliterations differ in, so "Pashinyan", "Pašinjan" and "Пашинян" share a key.
 */
public final class NameFolding {

    private static final String TO_LATIN = "Any-Latin";

    // A transliterator keeps state while it works, so each thread gets its own.
    private static final ThreadLocal<Transliterator> LATIN = ThreadLocal
            .withInitial(() -> Transliterator.getInstance(TO_LATIN));

    // Transliteration is slow (a tenth of a millisecond a word) and names repeat their words, so words are remembered.
    private static final int REMEMBERED = 200_000;
    private static final Map<String, String> TRANSLITERATED = new ConcurrentHashMap<>();

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACE = Pattern.compile("\\s+");

    // Latin letters that are not a base letter plus a combining mark, so that NFKD leaves them whole.
    private static final Map<Integer, String> LETTERS = Map.ofEntries(Map.entry((int) 'đ', "d"),
            Map.entry((int) 'Đ', "d"),
            Map.entry((int) 'ł', "l"), Map.entry((int) 'Ł', "l"), Map.entry((int) 'ø', "o"), Map.entry((int) 'Ø', "o"),
            Map.entry((int) 'æ', "ae"), Map.entry((int) 'Æ', "ae"), Map.entry((int) 'œ', "oe"),
            Map.entry((int) 'Œ', "oe"),
            Map.entry((int) 'ß', "ss"), Map.entry((int) 'ẞ', "ss"), Map.entry((int) 'þ', "th"),
            Map.entry((int) 'Þ', "th"),
            Map.entry((int) 'ð', "d"), Map.entry((int) 'Ð', "d"), Map.entry((int) 'ı', "i"), Map.entry((int) 'ħ', "h"),
            Map.entry((int) 'Ħ', "h"), Map.entry((int) 'ŧ', "t"), Map.entry((int) 'Ŧ', "t"), Map.entry((int) 'ŀ', "l"),
            Map.entry((int) 'Ŀ', "l"), Map.entry((int) 'ƒ', "f"), Map.entry((int) 'ĸ', "k"), Map.entry((int) 'ŉ', "n"),
            Map.entry((int) 'ʼ', "'"), Map.entry((int) '’', "'"), Map.entry((int) '‘', "'"),
            Map.entry((int) 'ʹ', "'"), Map.entry((int) 'ʺ', "\""));

    // Digraphs that one transliteration writes for a letter another writes plainly: Pashinyan / Pašinjan / Pasinan.
    private static final String[][] DIGRAPHS = {{"sch", "s"}, {"tch", "c"}, {"sh", "s"}, {"ch", "c"}, {"zh", "z"},
            {"kh", "h"}, {"ts", "c"}, {"ph", "f"}, {"ou", "u"}, {"w", "v"}};

    private NameFolding() {
    }

    /**
     * Returns {@code name} in lower-case ASCII, without accents, transliterated from its script, with runs of
     * whitespace as one space.
     */
    public static String fold(String name) {
        if (name == null) {
            return "";
        }
        String latin = isAscii(name) ? name : toAscii(toLatin(name));
        return SPACE.matcher(latin.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }

    // Words in other scripts go through ICU's transliteration to Latin; Latin ones keep their letters for toAscii.
    private static String toLatin(String name) {
        StringBuilder latin = new StringBuilder(name.length());
        for (String word : name.split("(?<=\\s)|(?=\\s)")) {
            latin.append(isLatin(word) ? word : TRANSLITERATED.computeIfAbsent(word, w -> {
                if (TRANSLITERATED.size() > REMEMBERED) {
                    TRANSLITERATED.clear();
                }
                return LATIN.get().transliterate(w);
            }));
        }
        return latin.toString();
    }

    private static String toAscii(String latin) {
        String decomposed = MARKS.matcher(Normalizer.normalize(latin, Normalizer.Form.NFKD)).replaceAll("");
        StringBuilder folded = new StringBuilder(decomposed.length());
        decomposed.codePoints().forEach(cp -> {
            String replacement = LETTERS.get(cp);
            if (replacement != null) {
                folded.append(replacement);
            } else {
                folded.appendCodePoint(cp);
            }
        });
        return folded.toString();
    }

    private static boolean isLatin(String word) {
        return word.codePoints().allMatch(cp -> {
            Character.UnicodeScript script = Character.UnicodeScript.of(cp);
            return script == Character.UnicodeScript.LATIN || script == Character.UnicodeScript.COMMON
                    || script == Character.UnicodeScript.INHERITED;
        });
    }

    /** Returns whether two names are the same ignoring case, accents, script and spacing. */
    public static boolean same(String a, String b) {
        return fold(a).equals(fold(b));
    }

    /**
     * Returns the search key of {@code name}: its {@link #fold} with the spellings transliterations differ in evened
     * out
     * (sh/š, ch/č, zh/ž, kh/h, ts/c, a first j/y, y and j after letters, doubled letters, apostrophes), words kept
     * apart by single spaces.
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
        StringBuilder letters = new StringBuilder(word.length());
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                letters.append(c);
            }
        }
        String w = letters.toString();
        for (String[] digraph : DIGRAPHS) {
            if (w.contains(digraph[0])) {
                w = w.replace(digraph[0], digraph[1]);
            }
        }
        StringBuilder out = new StringBuilder(w.length());
        for (int i = 0; i < w.length(); i++) {
            char c = i == 0 && w.charAt(0) == 'j' ? 'y' : w.charAt(i);
            // y and j mark a soft consonant or a glide in one transliteration and are left out in another (nya, nja,
            // na)
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
