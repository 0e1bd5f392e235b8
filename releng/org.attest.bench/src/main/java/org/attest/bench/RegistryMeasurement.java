package org.attest.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import com.ibm.icu.text.Transliterator;
import org.attest.model.Corpus;
import org.attest.model.CorpusFactory;
import org.attest.model.Entity;
import org.attest.registry.EntityRegistry;
import org.attest.registry.NameFolding;

/**
 * Registry search over 100,000 entities of five aliases each (accented, Cyrillic, initials, surname alone), the
 * queries typed as users type them (plain Latin, another script, a surname's beginning), against a plain scan of the
 * same names folded beforehand, for the same queries.
 */
final class RegistryMeasurement implements Measurement {

    /** How many entities the registry holds. */
    static final int ENTITIES = 100_000;

    private static final String[] SYLLABLES = {"ka", "lo", "mi", "ne", "sha", "vi", "to", "ru", "da", "ze", "bo", "chi",
            "an", "el", "yo",
            "ir", "us", "ko", "zha", "li", "me", "ta", "no", "gre", "sta", "vo", "pe", "si", "dra", "mu"};
    private static final String[] ACCENTED = {"č", "š", "ž", "ć", "é", "ö", "ñ", "ą", "ø", "ı"};

    @Override
    public boolean sizeIndependent() {
        return true;
    }

    @Override
    public String name() {
        return "registry";
    }

    @Override
    public List<Result> measure(Workload w) throws Exception {
        Random random = new Random(w.corpus().seed());
        Corpus corpus = CorpusFactory.eINSTANCE.createCorpus();
        Transliterator cyrillic = Transliterator.getInstance("Latin-Cyrillic");
        for (int i = 0; i < ENTITIES; i++) {
            corpus.getEntities().add(entity(i, random, cyrillic));
        }
        List<String> queries = new ArrayList<>();
        List<Entity> expected = new ArrayList<>();
        int count = w.rounds() * 100;
        for (int q = 0; q < count; q++) {
            Entity target = corpus.getEntities().get(random.nextInt(ENTITIES));
            String surname = target.getAliases().get(3);
            queries.add(switch (q % 4) {
                case 0 -> NameFolding.fold(target.getCanonicalName());
                case 1 -> target.getAliases().get(1);
                case 2 -> surname.substring(0, Math.min(surname.length(), 5));
                default -> target.getAliases().get(0);
            });
            expected.add(target);
        }
        EntityRegistry registry = new EntityRegistry(corpus);
        long start = System.nanoTime();
        check(registry.search(queries.get(0), 20), expected.get(0), queries.get(0));
        double build = (System.nanoTime() - start) / 1e6;
        start = System.nanoTime();
        String[] folded = corpus.getEntities().stream()
                .flatMap(e -> java.util.stream.Stream.concat(java.util.stream.Stream.of(e.getCanonicalName()),
                        e.getAliases().stream()))
                .map(NameFolding::fold).toArray(String[]::new);
        double folding = (System.nanoTime() - start) / 1e6;
        for (int i = 0; i < Math.min(50, count); i++) {
            registry.search(queries.get(i), 20);
            scan(folded, queries.get(i));
        }
        Timings attest = new Timings();
        Timings plain = new Timings();
        for (int i = 0; i < count; i++) {
            start = System.nanoTime();
            List<Entity> found = registry.search(queries.get(i), 20);
            attest.add(System.nanoTime() - start);
            start = System.nanoTime();
            scan(folded, queries.get(i));
            plain.add(System.nanoTime() - start);
            if (i % 4 != 2) {
                check(found, expected.get(i), queries.get(i));
            }
        }
        String what = "registry search, 100k entities x 5 aliases";
        String note = String.format(Locale.ROOT,
                "%d queries (full names, Cyrillic, a surname's start); baseline: scan of pre-folded names", count);
        return List.of(
                new Result(what + " (p50)", w.size(), "ms", attest.percentileMillis(50), plain.percentileMillis(50),
                        Double.NaN, note),
                new Result(what + " (p95)", w.size(), "ms", attest.percentileMillis(95), plain.percentileMillis(95),
                        Double.NaN, 20, "target: under 20 ms"),
                new Result(what + " (p99)", w.size(), "ms", attest.percentileMillis(99), plain.percentileMillis(99),
                        Double.NaN, "tail; no target"),
                new Result("registry index, first search (total)", w.size(), "ms", build, folding, Double.NaN,
                        "indexes the 600k names once, later changes are searched beside it; baseline: folding them for the scan"));
    }

    private static Entity entity(int i, Random random, Transliterator cyrillic) {
        String given = word(random, 2);
        String surname = word(random, 3) + (i % 7 == 0 ? ACCENTED[random.nextInt(ACCENTED.length)] + "ić" : "ov");
        Entity e = CorpusFactory.eINSTANCE.createEntity();
        e.setId("E-" + i);
        e.setType("PERSON");
        e.setCanonicalName(capital(given) + " " + capital(surname));
        String plain = NameFolding.fold(e.getCanonicalName());
        e.getAliases().addAll(List.of(capital(given).charAt(0) + ". " + capital(surname), cyrillic.transliterate(plain),
                capital(surname) + ", " + capital(given), capital(surname), plain.toUpperCase(Locale.ROOT)));
        return e;
    }

    private static String word(Random random, int syllables) {
        StringBuilder word = new StringBuilder();
        for (int s = 0; s < syllables; s++) {
            word.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
        }
        return word.toString();
    }

    private static String capital(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }

    // Names repeat among 100,000 entities, so a search must find the expected entity or one of the same name.
    private static void check(List<Entity> found, Entity expected, String query) {
        if (found.stream().noneMatch(e -> e.getCanonicalName().equals(expected.getCanonicalName()))) {
            throw new IllegalStateException("registry search for '" + query + "' missed " + expected.getId() + " '"
                    + expected.getCanonicalName()
                    + "'; found " + found.stream().map(Entity::getId).toList());
        }
    }

    // What a registry without an index does: every name, folded beforehand, against the folded query.
    private static int scan(String[] folded, String query) {
        String q = NameFolding.fold(query);
        int hits = 0;
        for (String name : folded) {
            if (name.contains(q)) {
                hits++;
            }
        }
        return hits;
    }
}
