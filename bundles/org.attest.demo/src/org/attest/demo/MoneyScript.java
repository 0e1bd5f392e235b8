package org.attest.demo;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The scripted annotators' rule for sums of money: "20 million euros", "up to 1.5 billion dollars" are statistic
 * claims with the value in units of the currency, the currency as the unit and the qualifier only when the text gives
 * one ("raised to 20 million euros" has none, and its qualifier stays unset); the unit also names what the sum is of
 * when the sentence says so before it ("euros of emergency funds", "euros of damage").
 */
final class MoneyScript {

    /**
     * A sum found in the text.
     *
     * @param begin where the claim begins (at its qualifier when there is one)
     * @param end where it ends, after the currency
     * @param qualifier "up to", "at least", "more than" or "about"; null when the text gives none
     * @param features the claim's type, value and unit
     */
    record Sum(int begin, int end, String qualifier, Map<String, Object> features) {
    }

    private static final Pattern SUM = Pattern.compile(
            "(?i)\\b(?:(up to|at least|more than|about)\\s+)?(\\d+(?:\\.\\d+)?)\\s+(million|billion)\\s+(euros|dollars)\\b");

    // what a sum is of, named before it in its sentence: "emergency funds of 12 million", "the damage at 90 million"
    private static final Pattern OBJECT = Pattern.compile("(?i)\\b(emergency funds?|damage|aid)\\b[^.]*$");

    private MoneyScript() {
    }

    /** Returns the sums of money in {@code text}, in text order. */
    static List<Sum> find(String text) {
        List<Sum> sums = new ArrayList<>();
        Matcher sum = SUM.matcher(text);
        while (sum.find()) {
            double scale = sum.group(3).equalsIgnoreCase("million") ? 1e6 : 1e9;
            Map<String, Object> features = new LinkedHashMap<>();
            features.put("type", "statistic");
            features.put("value", Double.parseDouble(sum.group(2)) * scale);
            String currency = sum.group(4).toLowerCase(Locale.ROOT);
            Matcher object = OBJECT.matcher(text.substring(Math.max(0, sum.start() - 120), sum.start()));
            features.put("unit", object.find()
                    ? currency + " of " + object.group(1).toLowerCase(Locale.ROOT)
                    : currency);
            String qualifier = sum.group(1) == null ? null : sum.group(1).toLowerCase(Locale.ROOT);
            sums.add(new Sum(sum.start(), sum.end(), qualifier, features));
        }
        return sums;
    }
}
