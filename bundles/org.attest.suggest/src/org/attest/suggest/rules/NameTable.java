package org.attest.suggest.rules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.attest.model.Corpus;
import org.attest.model.Entity;
import org.attest.registry.NameFolding;

/**
 * Every name and alias of a registry by its search key ({@link NameFolding#key}), so that a run of words in a text is
 * looked up by the key of its words: "Kovačić", "KOVACIC" and "Ковачич" find the same entity.
 */
final class NameTable {

    /** A name of an entity as written in the registry. */
    record Name(Entity entity, String written) {
    }

    private final Map<String, List<Name>> byKey = new HashMap<>();
    private final Set<String> firstWords = new HashSet<>();
    private final long fingerprint;
    private int maxWords;

    NameTable(Corpus corpus) {
        this.fingerprint = fingerprint(corpus);
        for (Entity entity : corpus.getEntities()) {
            add(entity, entity.getCanonicalName());
            entity.getAliases().forEach(alias -> add(entity, alias));
        }
    }

    /** Returns a number that changes when a name, alias, type or id of the registry changes. */
    static long fingerprint(Corpus corpus) {
        long h = corpus.getEntities().size();
        for (Entity e : corpus.getEntities()) {
            h = h * 31 + java.util.Objects.hash(e.getId(), e.getCanonicalName(), e.getType(), List.copyOf(
                    e.getAliases()));
        }
        return h;
    }

    long fingerprint() {
        return fingerprint;
    }

    int maxWords() {
        return maxWords;
    }

    /** Returns whether a name starts with a word of search key {@code wordKey}. */
    boolean starts(String wordKey) {
        return firstWords.contains(wordKey);
    }

    /** Returns the names whose key is {@code key}, one per entity. */
    List<Name> names(String key) {
        return byKey.getOrDefault(key, List.of());
    }

    private void add(Entity entity, String name) {
        if (name == null || name.isBlank()) {
            return;
        }
        String key = NameFolding.key(name);
        if (key.isEmpty()) {
            return;
        }
        List<Name> names = byKey.computeIfAbsent(key, k -> new ArrayList<>(1));
        if (names.stream().noneMatch(n -> n.entity() == entity)) {
            names.add(new Name(entity, name));
        }
        String[] words = key.split(" ");
        firstWords.add(words[0]);
        maxWords = Math.max(maxWords, words.length);
    }
}
