package org.attest.store;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The one rule for the names a corpus turns into file names (document ids, annotator and reviewer names, entity and
 * cluster ids): safe on every system the team's copies live on, so a corpus cloned on Windows or macOS holds the same
 * files as on Linux.
 */
public final class CorpusNames {

    /**
     * Letters, digits, '.', '_' and '-', starting with a letter or digit, at most 128: no name can leave its folder.
     */
    public static final Pattern SAFE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,127}");

    // Windows reserves these device names, with any extension, in every folder and whatever their case.
    private static final Pattern RESERVED = Pattern
            .compile("(?i)(CON|PRN|AUX|NUL|CONIN\\$|CONOUT\\$|COM[0-9]|LPT[0-9])(\\..*)?");

    private static final String RULE = "use letters, digits, '.', '_' or '-' (at most 128, starting with a letter or digit, not ending with '.')";

    private CorpusNames() {
    }

    /**
     * Tells what is wrong with {@code name} as a file name of a corpus.
     *
     * @param name the name, may be null
     * @return the problem in words, or empty when the name is fine on every system
     */
    public static Optional<String> problem(String name) {
        if (name == null || !SAFE.matcher(name).matches()) {
            return Optional.of(RULE);
        }
        if (name.endsWith(".")) {
            return Optional.of("Windows drops a final '.', so the name would not survive a copy there; " + RULE);
        }
        if (RESERVED.matcher(name).matches()) {
            return Optional
                    .of("Windows reserves '" + name.split("\\.", 2)[0] + "' for a device, so no file or folder can have"
                            + " this name there; choose another");
        }
        return Optional.empty();
    }

    /**
     * Returns {@code name} when it is a portable name, else refuses it.
     *
     * @param kind what the name names, such as {@code "document id"} or {@code "annotator name"}
     * @param name the name
     * @return {@code name}
     * @throws IllegalArgumentException naming the name and the rule
     */
    public static String check(String kind, String name) {
        Optional<String> problem = problem(name);
        if (problem.isPresent()) {
            throw new IllegalArgumentException("'" + name + "' is not a valid " + kind + ": " + problem.get());
        }
        return name;
    }

    /**
     * Returns a portable name made from free text, such as "people-killed" from "People killed!": its letters and
     * digits joined by '-', {@code fallback} when none are left, with -2, -3 ... added while {@code taken} holds it in
     * lower case.
     *
     * @param text the text, such as a cluster's proposition
     * @param fallback a portable name to use when the text has no letters or digits
     * @param taken the names in use, in lower case
     * @return a portable name not in {@code taken}
     */
    public static String derive(String text, String fallback, Collection<String> taken) {
        String base = text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        base = base.length() > 100 ? base.substring(0, 100) : base;
        base = base.isEmpty() || problem(base).isPresent() ? check("fallback name", fallback) : base;
        String name = base;
        for (int i = 2; taken.contains(name.toLowerCase(Locale.ROOT)); i++) {
            name = base + "-" + i;
        }
        return name;
    }

    /**
     * Returns the name of {@code others} that differs from {@code name} only in case: on macOS and Windows both would
     * be
     * one file.
     *
     * @param name a name
     * @param others the names already there
     * @return the twin, or empty when there is none (an equal name is no twin)
     */
    public static Optional<String> caseTwin(String name, Collection<String> others) {
        String folded = name.toLowerCase(Locale.ROOT);
        return others.stream().filter(o -> !o.equals(name) && o.toLowerCase(Locale.ROOT).equals(folded)).findFirst();
    }

    /**
     * Checks that {@code name} is a syntactically safe name before it becomes part of a path (the guard against names
     * that leave their folder, such as {@code ../x}).
     *
     * @param kind what the name names
     * @param name the name
     * @return {@code name}
     * @throws IllegalArgumentException when the name could leave its folder or is not a name at all
     */
    static String safe(String kind, String name) {
        if (name == null || !SAFE.matcher(name).matches()) {
            throw new IllegalArgumentException(
                    "'" + name + "' is not a valid " + kind + " and cannot name a file of the corpus: " + RULE);
        }
        return name;
    }
}
