package org.attest.ui.suggest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.apache.uima.cas.text.AnnotationFS;
import org.attest.suggest.api.Suggestion;

/**
 * Tab and Shift+Tab over annotations and suggestions together, in reading order (begin, the longer first, an
 * annotation before a suggestion at the same place), wrapping around at the ends.
 */
final class TabWalk {

    /**
     * One stop of the walk.
     *
     * @param begin where it begins
     * @param end where it ends
     * @param annotation the annotation, or null for a suggestion
     * @param suggestion the suggestion, or null for an annotation
     */
    record Stop(int begin, int end, AnnotationFS annotation, Suggestion suggestion) {
    }

    private static final Comparator<Stop> ORDER = Comparator.comparingInt(Stop::begin)
            .thenComparing(Comparator.comparingInt(Stop::end).reversed())
            .thenComparingInt(s -> s.annotation() == null ? 1 : 0);

    private final List<Stop> stops = new ArrayList<>();

    /** Creates the walk over {@code annotations} (in reading order) and {@code suggestions}. */
    TabWalk(List<AnnotationFS> annotations, List<Suggestion> suggestions) {
        annotations.forEach(a -> stops.add(new Stop(a.getBegin(), a.getEnd(), a, null)));
        suggestions.forEach(s -> stops.add(new Stop(s.begin(), s.end(), null, s)));
        // stable: annotations keep the navigator's order among themselves
        stops.sort(ORDER);
    }

    /**
     * Returns the stop after (or before) the current annotation or suggestion, the first (last) when neither is
     * current,
     * as the editor's Tab walk does; null when there are no stops.
     */
    Stop next(boolean forward, AnnotationFS annotation, Suggestion suggestion) {
        if (stops.isEmpty()) {
            return null;
        }
        int at = -1;
        for (int i = 0; i < stops.size() && at < 0; i++) {
            Stop s = stops.get(i);
            if (annotation != null
                    ? s.annotation() == annotation
                    : suggestion != null && suggestion.equals(s.suggestion())) {
                at = i;
            }
        }
        int n = stops.size();
        if (at < 0) {
            return stops.get(forward ? 0 : n - 1);
        }
        return stops.get(((forward ? at + 1 : at - 1) + n) % n);
    }
}
