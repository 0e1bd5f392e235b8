package org.attest.registry;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.attest.model.Entity;

/**
 * The names of many entities indexed by the three-letter pieces of their search keys, so that a search looks only at
 * the names holding every piece of the query instead of at every name of the registry.
 */
final class NameIndex {

    /** One name of an entity with its search key; the canonical name is the first of its entity. */
    record Entry(Entity entity, String name, boolean canonical, String key) {

        /** Returns the entries of {@code entity}: its canonical name, then its aliases. */
        static List<Entry> of(Entity entity) {
            List<String> names = Stream.concat(Stream.of(entity.getCanonicalName()), entity.getAliases().stream())
                    .toList();
            List<Entry> entries = new ArrayList<>(names.size());
            for (int i = 0; i < names.size(); i++) {
                if (names.get(i) != null) {
                    entries.add(new Entry(entity, names.get(i), i == 0, NameFolding.key(names.get(i))));
                }
            }
            return entries;
        }
    }

    // Keys hold only a-z and 0-9 within words, so a piece of three is a number below 36^3.
    private static final int LETTERS = 36;
    private static final int[] NONE = new int[0];

    private final Entry[] entries;
    private final int[][] postings = new int[LETTERS * LETTERS * LETTERS][];

    private NameIndex(Entry[] entries) {
        this.entries = entries;
        int[] counts = new int[postings.length];
        forEachPiece((piece, i) -> counts[piece]++);
        for (int p = 0; p < postings.length; p++) {
            postings[p] = counts[p] == 0 ? NONE : new int[counts[p]];
        }
        int[] filled = new int[postings.length];
        forEachPiece((piece, i) -> postings[piece][filled[piece]++] = i);
    }

    /** Indexes the names of {@code entities}. */
    static NameIndex of(List<Entity> entities) {
        List<Entry> all = new ArrayList<>(entities.size() * 6);
        for (Entity entity : entities) {
            all.addAll(Entry.of(entity));
        }
        return new NameIndex(all.toArray(Entry[]::new));
    }

    /** Returns the number of names indexed. */
    int size() {
        return entries.length;
    }

    /** Returns the entry at {@code i}. */
    Entry entry(int i) {
        return entries[i];
    }

    /**
     * Returns the indexes of the entries whose key may contain every word of {@code queryKey}, or null when the query
     * has no word of three letters or more and so every entry is a candidate.
     */
    int[] candidates(String queryKey) {
        List<int[]> lists = new ArrayList<>();
        for (String word : queryKey.split(" ")) {
            for (int i = 0; i + 3 <= word.length(); i++) {
                lists.add(postings[piece(word, i)]);
            }
        }
        if (lists.isEmpty()) {
            return null;
        }
        lists.sort(Comparator.comparingInt(list -> list.length));
        int[] result = lists.get(0);
        for (int l = 1; l < lists.size() && result.length > 0; l++) {
            result = intersect(result, lists.get(l));
        }
        return result;
    }

    private static int[] intersect(int[] small, int[] large) {
        int[] out = new int[small.length];
        int n = 0;
        int from = 0;
        for (int value : small) {
            int at = Arrays.binarySearch(large, from, large.length, value);
            if (at >= 0) {
                out[n++] = value;
                from = at + 1;
            } else {
                from = -at - 1;
            }
        }
        return Arrays.copyOf(out, n);
    }

    private interface PieceVisitor {

        void visit(int piece, int entry);
    }

    // Visits each distinct piece of each entry once, in entry order, so every posting list comes out sorted.
    private void forEachPiece(PieceVisitor visitor) {
        int[] seen = new int[64];
        for (int i = 0; i < entries.length; i++) {
            int n = 0;
            String key = entries[i].key();
            for (int c = 0; c + 3 <= key.length(); c++) {
                if (key.charAt(c) == ' ' || key.charAt(c + 1) == ' ' || key.charAt(c + 2) == ' ') {
                    continue;
                }
                int piece = piece(key, c);
                boolean known = false;
                for (int k = 0; k < n && !known; k++) {
                    known = seen[k] == piece;
                }
                if (!known) {
                    if (n == seen.length) {
                        seen = Arrays.copyOf(seen, n * 2);
                    }
                    seen[n++] = piece;
                    visitor.visit(piece, i);
                }
            }
        }
    }

    private static int piece(String word, int at) {
        return (digit(word.charAt(at)) * LETTERS + digit(word.charAt(at + 1))) * LETTERS + digit(word.charAt(at + 2));
    }

    private static int digit(char c) {
        return c >= 'a' && c <= 'z' ? c - 'a' : c >= '0' && c <= '9' ? 26 + c - '0' : 0;
    }
}
