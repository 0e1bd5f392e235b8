package org.attest.claims;

import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;

/**
 * The lemma of a claim's unit, by which cluster suggestions match claims: lower-cased, split into words, each word's
 * English plural and inflection folded away by a simple rule, not a dictionary. "people killed", "person killed" and
 * "People Killing" all give "person kill"; "residents evacuated" gives "resident evacuat". The stems are only compared
 * with each other, never shown as words.
 */
public final class UnitLemma {

    private static final Map<String, String> IRREGULAR = Map.of("people", "person", "men", "man", "women", "woman",
            "children", "child", "dead", "die", "died", "die", "persons", "person");

    private UnitLemma() {
    }

    /**
     * Returns the lemma of {@code unit}: each word lower-cased, irregular plurals replaced (people -> person), then
     * one ending taken off in this order: -ies -> y, -sses/-shes/-ches/-xes -> drop -es, -s (not -ss) -> drop, -ied ->
     * y, -ed -> drop, -ing -> drop, each only when three letters or more remain; null for a blank unit.
     */
    public static String of(String unit) {
        if (unit == null || unit.isBlank()) {
            return null;
        }
        StringJoiner lemma = new StringJoiner(" ");
        for (String word : unit.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (!word.isEmpty()) {
                lemma.add(word(word));
            }
        }
        return lemma.length() == 0 ? null : lemma.toString();
    }

    private static String word(String word) {
        String irregular = IRREGULAR.get(word);
        if (irregular != null) {
            return irregular;
        }
        if (word.endsWith("ies") && word.length() > 5) {
            return word.substring(0, word.length() - 3) + "y";
        }
        for (String ending : new String[]{"sses", "shes", "ches", "xes"}) {
            if (word.endsWith(ending) && word.length() - 2 >= 3) {
                return word.substring(0, word.length() - 2);
            }
        }
        if (word.endsWith("s") && !word.endsWith("ss") && word.length() - 1 >= 3) {
            return word.substring(0, word.length() - 1);
        }
        if (word.endsWith("ied") && word.length() > 5) {
            return word.substring(0, word.length() - 3) + "y";
        }
        if (word.endsWith("ed") && word.length() - 2 >= 3) {
            return word.substring(0, word.length() - 2);
        }
        if (word.endsWith("ing") && word.length() - 3 >= 3) {
            return word.substring(0, word.length() - 3);
        }
        return word;
    }
}
