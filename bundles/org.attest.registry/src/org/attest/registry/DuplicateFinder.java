package org.attest.registry;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.apache.commons.text.similarity.JaroWinklerSimilarity;
import org.attest.model.Entity;

/**
 * Suggests registry entities that may be one: pairs whose names, transliterated and evened out
 * ({@link NameFolding#key}),
 * are alike by Jaro-Winkler similarity, best first, each with the mentions that back it.
 */
public final class DuplicateFinder {

    /**
     * Two entities that may be one.
     *
     * @param a the entity with more mentions (the one to keep, as a suggestion)
     * @param b the other
     * @param score the similarity of their closest names, from 0 to 1
     * @param nameA the name of {@code a} closest to one of {@code b}
     * @param nameB that name of {@code b}
     * @param mentionsA the mentions of {@code a} across the corpus
     * @param mentionsB the mentions of {@code b}
     */
    public record Suggestion(Entity a, Entity b, double score, String nameA, String nameB, List<Mention> mentionsA,
            List<Mention> mentionsB) {
    }

    /** The similarity a pair needs unless the caller asks for another. */
    public static final double DEFAULT_THRESHOLD = 0.9;

    // Entities sharing a name's beginning are compared; a beginning shared by more than this many says nothing.
    private static final int LARGEST_BLOCK = 500;

    private final JaroWinklerSimilarity similarity = new JaroWinklerSimilarity();

    /**
     * Returns the pairs of {@code entities} at least {@code threshold} alike, best first, at most {@code limit} (0:
     * all).
     */
    public List<Suggestion> suggest(List<Entity> entities, Map<Entity, List<Mention>> mentions, double threshold,
            int limit) {
        Map<String, List<Entity>> blocks = new HashMap<>();
        Map<Entity, List<String>> keys = new HashMap<>();
        for (Entity entity : entities) {
            Set<String> names = new LinkedHashSet<>();
            NameIndex.Entry.of(entity).forEach(e -> names.add(e.key()));
            names.remove("");
            keys.put(entity, List.copyOf(names));
            Set<String> starts = new HashSet<>();
            for (String key : names) {
                for (String word : key.split(" ")) {
                    starts.add(word.substring(0, Math.min(3, word.length())));
                }
            }
            starts.forEach(s -> blocks.computeIfAbsent(s, k -> new ArrayList<>()).add(entity));
        }
        Map<Entity, Integer> order = new HashMap<>();
        for (int i = 0; i < entities.size(); i++) {
            order.put(entities.get(i), i);
        }
        Set<Long> compared = new HashSet<>();
        List<Suggestion> found = new ArrayList<>();
        for (List<Entity> block : blocks.values()) {
            if (block.size() > LARGEST_BLOCK) {
                continue;
            }
            for (int i = 0; i < block.size(); i++) {
                for (int j = i + 1; j < block.size(); j++) {
                    Entity x = block.get(i);
                    Entity y = block.get(j);
                    long pair = Math.min(order.get(x), order.get(y)) * (long) entities.size()
                            + Math.max(order.get(x), order.get(y));
                    if (compatible(x, y) && compared.add(pair)) {
                        compare(x, y, keys, mentions, threshold).ifPresent(found::add);
                    }
                }
            }
        }
        found.sort(Comparator.comparingDouble(Suggestion::score).reversed()
                .thenComparing(s -> -(s.mentionsA().size() + s.mentionsB().size()))
                .thenComparing(s -> String.valueOf(s.a().getId())).thenComparing(s -> String.valueOf(s.b().getId())));
        return limit > 0 && found.size() > limit ? List.copyOf(found.subList(0, limit)) : List.copyOf(found);
    }

    private static boolean compatible(Entity x, Entity y) {
        boolean types = x.getType() == null || y.getType() == null || x.getType().equalsIgnoreCase(y.getType());
        boolean ids = x.getKnowledgeBaseId() == null || y.getKnowledgeBaseId() == null
                || x.getKnowledgeBaseId().equals(y.getKnowledgeBaseId());
        return types && ids;
    }

    private java.util.Optional<Suggestion> compare(Entity x, Entity y, Map<Entity, List<String>> keys,
            Map<Entity, List<Mention>> mentions,
            double threshold) {
        double best = -1;
        int bestX = 0;
        int bestY = 0;
        List<String> xs = keys.get(x);
        List<String> ys = keys.get(y);
        for (int i = 0; i < xs.size(); i++) {
            for (int j = 0; j < ys.size(); j++) {
                double score = score(xs.get(i), ys.get(j));
                if (score > best) {
                    best = score;
                    bestX = i;
                    bestY = j;
                }
            }
        }
        if (best < threshold) {
            return java.util.Optional.empty();
        }
        List<Mention> mx = mentions.getOrDefault(x, List.of());
        List<Mention> my = mentions.getOrDefault(y, List.of());
        boolean swap = my.size() > mx.size();
        String nameX = name(x, xs.get(bestX));
        String nameY = name(y, ys.get(bestY));
        return java.util.Optional.of(swap
                ? new Suggestion(y, x, best, nameY, nameX, my, mx)
                : new Suggestion(x, y, best, nameX, nameY, mx, my));
    }

    // A name of one word, such as a surname alone, is compared with the last word of the other name.
    private double score(String a, String b) {
        if (a.equals(b)) {
            return 1.0;
        }
        double whole = similarity.apply(a, b);
        boolean oneWordA = a.indexOf(' ') < 0;
        boolean oneWordB = b.indexOf(' ') < 0;
        if (oneWordA == oneWordB) {
            return whole;
        }
        String word = oneWordA ? a : b;
        String other = oneWordA ? b : a;
        // a little below a match of whole names: a surname alone leaves the given name open
        return Math.max(whole, 0.95 * similarity.apply(word, other.substring(other.lastIndexOf(' ') + 1)));
    }

    private static String name(Entity entity, String key) {
        return NameIndex.Entry.of(entity).stream().filter(e -> Objects.equals(e.key(), key)).map(NameIndex.Entry::name)
                .findFirst()
                .orElse(entity.getCanonicalName());
    }
}
