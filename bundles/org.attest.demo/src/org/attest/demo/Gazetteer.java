package org.attest.demo;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The names the scripted annotators know, with their entity types, and where they occur in a text. */
final class Gazetteer {

    /** The known names, longest first where one holds another, with their entity types. */
    static final Map<String, String> NAMES = gazetteer();

    private Gazetteer() {
    }

    /** Returns the offsets of the known names in {@code text}, longest first where they overlap, in text order. */
    static List<int[]> hits(String text) {
        List<int[]> hits = new ArrayList<>();
        boolean[] taken = new boolean[text.length()];
        // Longest names first, so "Ana Kovačić" wins over "Kovačić".
        for (String name : NAMES.keySet()) {
            Matcher m = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(name) + "(?![\\p{L}\\p{N}])")
                    .matcher(text);
            while (m.find()) {
                boolean free = true;
                for (int i = m.start(); i < m.end() && free; i++) {
                    free = !taken[i];
                }
                if (free) {
                    for (int i = m.start(); i < m.end(); i++) {
                        taken[i] = true;
                    }
                    hits.add(new int[]{m.start(), m.end()});
                }
            }
        }
        hits.sort((a, b) -> Integer.compare(a[0], b[0]));
        return hits;
    }

    private static Map<String, String> gazetteer() {
        Map<String, String> names = new LinkedHashMap<>();
        names.put("Lindor Evening Post", "ORGANIZATION");
        names.put("regional civil protection office", "ORGANIZATION");
        names.put("national weather service", "ORGANIZATION");
        names.put("Ana Kovačić", "PERSON");
        names.put("Ana Kovacic", "PERSON");
        names.put("Petr Halvorsen", "PERSON");
        names.put("Mirela Đurić", "PERSON");
        names.put("Harbour Street", "LOCATION");
        names.put("Vesna Herald", "ORGANIZATION");
        names.put("Port Vesna", "GPE");
        names.put("Red Cross", "ORGANIZATION");
        names.put("Kovačić", "PERSON");
        names.put("Riverside", "LOCATION");
        names.put("Insurers", "ORGANIZATION");
        names.put("Lindor", "GPE");
        names.put("Lieva", "LOCATION");
        names.put("NTA", "ORGANIZATION");
        return names;
    }
}
