package org.attest.suggest.rules;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads the numbers of news text: digits with the thousands and decimal separators of several languages ("7,000",
 * "7.000", "7 000", "3.5", "3,5"), a scale word after them ("3.5 million", "2 Millionen") and English numbers written
 * out ("two hundred", "forty-five").
 */
final class Numbers {

    /** The digits of a number with separators; groups after a separator of thousands have three digits. */
    static final String DIGITS = "\\d{1,3}(?:[,.\\u00A0\\u202F ]\\d{3})+(?:[.,]\\d+)?|\\d+(?:[.,]\\d+)?";

    /** The scale words that multiply a number before them. */
    static final String SCALES = "hundred|thousand|million|billion|Tausend|Millionen|Million|Milliarden|Milliarde"
            + "|mille|millions|milliards|millones|millón|mil";

    /** The English number words. */
    static final String WORDS = "zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen"
            + "|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy"
            + "|eighty|ninety|hundred|thousand|million|billion";

    private static final Map<String, Double> SCALE = Map.ofEntries(Map.entry("hundred", 1e2),
            Map.entry("thousand", 1e3), Map.entry("million", 1e6), Map.entry("billion", 1e9),
            Map.entry("tausend", 1e3), Map.entry("millionen", 1e6), Map.entry("milliarden", 1e9),
            Map.entry("milliarde", 1e9), Map.entry("mille", 1e3), Map.entry("millions", 1e6),
            Map.entry("milliards", 1e9), Map.entry("millones", 1e6), Map.entry("millón", 1e6),
            Map.entry("mil", 1e3));

    private static final String[] SMALL = {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight",
            "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
            "nineteen"};
    private static final String[] TENS = {"", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty",
            "ninety"};

    // languages writing '.' between thousands and ',' before decimals; the others (English) the other way round
    private static final Set<String> DECIMAL_COMMA = Set.of("de", "fr", "es", "it", "nl", "pt", "pl", "cs", "sk", "sl",
            "hr", "sr", "bs", "ro", "hu", "tr", "ru", "uk", "bg", "da", "sv", "nb", "no", "fi", "el", "id", "hy",
            "az", "ka");

    private Numbers() {
    }

    /** Returns the value of {@code digits} as written in {@code language}, or null when it is no number there. */
    static Double digits(String digits, String language) {
        String s = digits.replaceAll("[\\u00A0\\u202F ](?=\\d{3})", "");
        int comma = s.lastIndexOf(',');
        int dot = s.lastIndexOf('.');
        if (comma >= 0 && dot >= 0) {
            char decimal = comma > dot ? ',' : '.';
            char thousands = decimal == ',' ? '.' : ',';
            return parse(s.replace(String.valueOf(thousands), "").replace(decimal, '.'));
        }
        char sep = comma >= 0 ? ',' : dot >= 0 ? '.' : 0;
        if (sep == 0) {
            return parse(s);
        }
        String[] groups = s.split(sep == ',' ? "," : "\\.");
        boolean threes = true;
        for (int i = 1; i < groups.length; i++) {
            threes &= groups[i].length() == 3;
        }
        char thousandsHere = DECIMAL_COMMA.contains(language) ? '.' : ',';
        if (threes && (groups.length > 2 || sep == thousandsHere)) {
            return parse(s.replace(String.valueOf(sep), ""));
        }
        return groups.length == 2 ? parse(s.replace(sep, '.')) : null;
    }

    /** Returns the factor of the scale word {@code word}, such as 1e6 for "million", or 1 for null. */
    static double scale(String word) {
        return word == null ? 1 : SCALE.getOrDefault(word.toLowerCase(Locale.ROOT), 1.0);
    }

    /**
     * Returns the value of English number words such as "two hundred and five" or "forty-five", or null when they are
     * no number.
     */
    static Double words(String words) {
        double total = 0;
        double current = 0;
        boolean any = false;
        for (String word : words.toLowerCase(Locale.ROOT).split("[\\s-]+")) {
            if (word.equals("and")) {
                continue;
            }
            int small = index(SMALL, word);
            int tens = index(TENS, word);
            if (small >= 0) {
                current += small;
            } else if (tens >= 2) {
                current += tens * 10;
            } else if (word.equals("hundred")) {
                current = (current == 0 ? 1 : current) * 100;
            } else if (SCALE.containsKey(word)) {
                total += (current == 0 ? 1 : current) * SCALE.get(word);
                current = 0;
            } else {
                return null;
            }
            any = true;
        }
        return any ? total + current : null;
    }

    private static int index(String[] words, String word) {
        for (int i = 0; i < words.length; i++) {
            if (words[i].equals(word)) {
                return i;
            }
        }
        return -1;
    }

    private static Double parse(String s) {
        try {
            return Double.valueOf(s);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
