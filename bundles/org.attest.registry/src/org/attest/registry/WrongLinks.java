package org.attest.registry;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.attest.model.Entity;

/**
 * Finds mentions that are likely linked to the wrong person: the covered text has the surname of the entity but a
 * given name none of the entity's names has, as when a father's entry is used for his son ("Heydar Aliyev" linked to
 * Ilham Aliyev).
 */
public final class WrongLinks {

    /**
     * A mention that looks linked to the wrong person.
     *
     * @param mention the mention
     * @param entity the entity it is linked to
     * @param given the given name in the mention
     * @param entityGiven the given names the entity's names have with that surname
     */
    public record Suspect(Mention mention, Entity entity, String given, List<String> entityGiven) {
    }

    // Words before a surname that are no given name, folded (the search key drops letters, so "mayor" is checked
    // folded too); a title keeps the mention from being a suspect.
    private static final Set<String> TITLES = Set.of("mr", "mrs", "ms", "miss", "dr", "prof", "sir", "dame", "lord",
            "lady", "president",
            "prime", "minister", "mayor", "governor", "general", "gen", "colonel", "col", "captain", "capt", "senator",
            "sen", "judge",
            "king", "queen", "prince", "princess", "chancellor", "premier", "secretary", "chairman", "chair", "ceo",
            "director", "father",
            "saint", "st", "rev", "imam", "rabbi", "sheikh", "ambassador", "commissioner", "chief", "officer",
            "spokesman", "spokeswoman");

    private WrongLinks() {
    }

    /** Returns the suspect links among {@code mentions}, in their order; only entities of type PERSON are checked. */
    public static List<Suspect> find(CorpusMentions mentions, EntityRegistry registry) {
        List<Suspect> suspects = new ArrayList<>();
        for (Map.Entry<Entity, List<Mention>> e : mentions.byEntity(registry).entrySet()) {
            if (!"PERSON".equalsIgnoreCase(e.getKey().getType())) {
                continue;
            }
            for (Mention m : e.getValue()) {
                check(m, e.getKey()).ifPresent(suspects::add);
            }
        }
        suspects.sort(java.util.Comparator.comparing((Suspect s) -> s.mention().document())
                .thenComparing(s -> s.mention().annotator())
                .thenComparingInt(s -> s.mention().begin()));
        return suspects;
    }

    /** Returns the suspicion about {@code mention} of {@code entity}, if it looks linked to the wrong person. */
    public static java.util.Optional<Suspect> check(Mention mention, Entity entity) {
        String[] words = mention.text().strip().split("\\s+");
        if (words.length < 2) {
            return java.util.Optional.empty();
        }
        String surname = NameFolding.key(words[words.length - 1]);
        String givenWord = words[words.length - 2];
        String given = NameFolding.key(givenWord);
        if (given.isEmpty() || surname.isEmpty() || !Character.isUpperCase(givenWord.codePointAt(0))
                || TITLES.contains(given) || TITLES.contains(NameFolding.fold(givenWord))) {
            return java.util.Optional.empty();
        }
        List<String> entityGiven = new ArrayList<>();
        Set<String> entityWords = new HashSet<>();
        for (NameIndex.Entry entry : NameIndex.Entry.of(entity)) {
            String[] keys = entry.key().split(" ");
            entityWords.addAll(List.of(keys));
            if (keys.length >= 2 && keys[keys.length - 1].equals(surname)) {
                entityGiven.add(keys[keys.length - 2]);
            }
        }
        if (entityGiven.isEmpty() || entityWords.contains(given)
                || entityGiven.stream().anyMatch(g -> initialOf(given, g) || initialOf(g, given))) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new Suspect(mention, entity, givenWord, List.copyOf(entityGiven)));
    }

    private static boolean initialOf(String initial, String name) {
        return initial.length() == 1 && name.startsWith(initial);
    }
}
