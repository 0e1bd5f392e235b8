package org.attest.ui.suggest;

import java.util.List;

import org.apache.uima.cas.text.AnnotationFS;
import org.attest.suggest.api.Suggestion;

/**
 * Tab and Shift+Tab over annotations and suggestions together, in reading order (begin, the longer first, an
 * annotation before a suggestion at the same place), wrapping around at the ends. Both lists come in reading order, so
 * a step looks at the neighbour in the current stop's own list and binary-searches the other list, instead of sorting
 * every annotation and suggestion at each key.
 */
public final class TabWalk {

    /**
     * One stop of the walk.
     *
     * @param begin where it begins
     * @param end where it ends
     * @param annotation the annotation, or null for a suggestion
     * @param suggestion the suggestion, or null for an annotation
     */
    public record Stop(int begin, int end, AnnotationFS annotation, Suggestion suggestion) {

        /** Returns a negative number when this stop comes before {@code other} in the walk, positive when after. */
        public int compareTo(Stop other) {
            int c = Integer.compare(begin, other.begin);
            if (c == 0) {
                c = Integer.compare(other.end, end);
            }
            return c != 0 ? c : Integer.compare(annotation == null ? 1 : 0, other.annotation == null ? 1 : 0);
        }
    }

    private final List<Stop> annotations;
    private final List<Stop> suggestions;

    /**
     * Creates the walk over {@code annotations} (in the navigator's reading order) and {@code suggestions} (in
     * {@link GhostSuggestions#READING_ORDER}).
     */
    public TabWalk(List<AnnotationFS> annotations, List<Suggestion> suggestions) {
        this.annotations = annotations.stream().map(a -> new Stop(a.getBegin(), a.getEnd(), a, null)).toList();
        this.suggestions = suggestions.stream().map(s -> new Stop(s.begin(), s.end(), null, s)).toList();
    }

    /**
     * Returns the stop after (or before) the current annotation or suggestion, the first (last) when neither is current
     * or the current one is gone, as the editor's Tab walk does; null when there are no stops.
     */
    public Stop next(boolean forward, AnnotationFS annotation, Suggestion suggestion) {
        List<Stop> own = annotation != null ? annotations : suggestions;
        List<Stop> other = annotation != null ? suggestions : annotations;
        int at = -1;
        for (int i = 0; i < own.size() && at < 0 && (annotation != null || suggestion != null); i++) {
            Stop s = own.get(i);
            if (annotation != null ? s.annotation() == annotation : suggestion.equals(s.suggestion())) {
                at = i;
            }
        }
        if (at >= 0) {
            Stop current = own.get(at);
            int step = forward ? at + 1 : at - 1;
            Stop next = nearer(forward, step >= 0 && step < own.size() ? own.get(step) : null,
                    beyond(other, current, forward));
            if (next != null) {
                return next;
            }
        }
        // nothing current, or nothing beyond it: start again from the first (last) stop
        return nearer(forward, end(annotations, forward), end(suggestions, forward));
    }

    /** Returns the first stop of {@code list} after {@code current} (forward), or the last one before it, or null. */
    private static Stop beyond(List<Stop> list, Stop current, boolean forward) {
        // the stops of the other list never compare equal to the current one: the first index after it
        int low = 0;
        int high = list.size();
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (list.get(mid).compareTo(current) > 0) {
                high = mid;
            } else {
                low = mid + 1;
            }
        }
        int at = forward ? low : low - 1;
        return at >= 0 && at < list.size() ? list.get(at) : null;
    }

    private static Stop end(List<Stop> list, boolean forward) {
        return list.isEmpty() ? null : list.get(forward ? 0 : list.size() - 1);
    }

    /** Returns whichever of two stops (either may be null) the walk reaches first going forward (backward). */
    private static Stop nearer(boolean forward, Stop a, Stop b) {
        if (a == null || b == null) {
            return a == null ? b : a;
        }
        return (a.compareTo(b) <= 0) == forward ? a : b;
    }
}
