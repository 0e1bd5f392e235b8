package org.attest.ui.suggest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import org.attest.suggest.api.Suggestion;

/**
 * The suggestions an editor shows as ghost spans: those computed for its document, less the ones its CAS already holds
 * and the ones the annotator rejected, in reading order (begin, then the longer first); and the one the keys act on.
 */
public final class GhostSuggestions {

    /** Reading order: begin ascending, the longer first, then layer and label, so equal lists compare equal. */
    public static final Comparator<Suggestion> READING_ORDER = Comparator.comparingInt(Suggestion::begin)
            .thenComparing(Comparator.comparingInt(Suggestion::end).reversed())
            .thenComparing(Suggestion::layer)
            .thenComparing(s -> s.label() == null ? "" : s.label());

    private List<Suggestion> computed = List.of();
    private final Set<Object> rejected = new HashSet<>();
    private List<Suggestion> shown = List.of();
    private Suggestion current;

    /** Replaces the computed suggestions, keeping one per annotation (the highest score), then filters. */
    public void computed(List<Suggestion> suggestions, Predicate<Suggestion> present) {
        List<Suggestion> sorted = new ArrayList<>(suggestions);
        sorted.sort(Comparator.comparingDouble(Suggestion::score).reversed());
        List<Suggestion> unique = new ArrayList<>();
        Set<Object> seen = new HashSet<>();
        for (Suggestion s : sorted) {
            if (seen.add(key(s))) {
                unique.add(s);
            }
        }
        unique.sort(READING_ORDER);
        computed = List.copyOf(unique);
        filter(present);
    }

    /** Shows the computed suggestions that are neither {@code present} in the CAS nor rejected, in reading order. */
    public void filter(Predicate<Suggestion> present) {
        List<Suggestion> result = new ArrayList<>();
        // computed is in reading order already
        for (Suggestion s : computed) {
            if (!present.test(s) && (rejected.isEmpty() || !rejected.contains(key(s)))) {
                result.add(s);
            }
        }
        shown = List.copyOf(result);
        if (current != null && shown.stream().noneMatch(current::equals)) {
            current = null;
        }
    }

    /** Hides {@code suggestion} and any other proposing the same annotation from now on. */
    public void reject(Suggestion suggestion) {
        rejected.add(key(suggestion));
        shown = shown.stream().filter(s -> !s.sameAnnotation(suggestion)).toList();
        if (current != null && current.sameAnnotation(suggestion)) {
            current = null;
        }
    }

    /** Returns the suggestions shown, in reading order. */
    public List<Suggestion> shown() {
        return shown;
    }

    /** Returns the shown suggestions that overlap [{@code begin}, {@code end}). */
    public List<Suggestion> between(int begin, int end) {
        List<Suggestion> result = new ArrayList<>();
        for (Suggestion s : shown) {
            if (s.begin() > end) {
                break;
            }
            if (s.end() >= begin) {
                result.add(s);
            }
        }
        return result;
    }

    /** Returns the shown suggestions covering the character at {@code offset}, the shortest first. */
    public List<Suggestion> at(int offset) {
        return shown.stream().filter(s -> s.begin() <= offset && offset < s.end())
                .sorted(Comparator.comparingInt(s -> s.end() - s.begin())).toList();
    }

    /** Returns the shown suggestions whose score is at least {@code threshold}, in reading order. */
    public List<Suggestion> atLeast(double threshold) {
        return shown.stream().filter(s -> s.score() >= threshold).toList();
    }

    /** Returns the suggestion the keys act on, or null. */
    public Suggestion current() {
        return current;
    }

    /** Makes {@code suggestion} (one of those shown, or null) the one the keys act on. */
    public void setCurrent(Suggestion suggestion) {
        current = suggestion;
    }

    /** Returns what tells two suggestions of the same annotation apart from others. */
    static Object key(Suggestion s) {
        return java.util.Arrays.asList(s.layer(), s.begin(), s.end(), s.label());
    }
}
