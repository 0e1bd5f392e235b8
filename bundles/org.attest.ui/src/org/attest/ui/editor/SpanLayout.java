package org.attest.ui.editor;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.apache.uima.cas.text.AnnotationFS;

/** Assigns each span a stacking level so that nested and overlapping spans are all visible. */
final class SpanLayout {

    private final List<AnnotationFS> spans;
    private final Map<AnnotationFS, Integer> levels = new IdentityHashMap<>();
    private final int maxLength;

    SpanLayout(List<AnnotationFS> all) {
        List<AnnotationFS> sorted = new ArrayList<>(all);
        // longer spans first at the same start, so the outer span takes the lower level and inner ones stack beneath
        sorted.sort(Comparator.comparingInt(AnnotationFS::getBegin)
                .thenComparing(Comparator.comparingInt(AnnotationFS::getEnd).reversed()));
        this.spans = sorted;
        List<Integer> levelEnds = new ArrayList<>();
        int longest = 0;
        for (AnnotationFS span : sorted) {
            int level = 0;
            while (level < levelEnds.size() && levelEnds.get(level) > span.getBegin()) {
                level++;
            }
            if (level == levelEnds.size()) {
                levelEnds.add(Math.max(span.getEnd(), span.getBegin() + 1));
            } else {
                levelEnds.set(level, Math.max(span.getEnd(), span.getBegin() + 1));
            }
            levels.put(span, level);
            longest = Math.max(longest, span.getEnd() - span.getBegin());
        }
        this.maxLength = longest;
    }

    /** Returns the spans in drawing order (by begin, longer first). */
    List<AnnotationFS> spans() {
        return spans;
    }

    /** Returns the stacking level of {@code span}; 0 is closest to the text. */
    int level(AnnotationFS span) {
        return levels.getOrDefault(span, 0);
    }

    /** Returns the spans that may be visible between two offsets, without scanning spans that start far before. */
    List<AnnotationFS> between(int from, int to) {
        List<AnnotationFS> result = new ArrayList<>();
        int lo = 0;
        int hi = spans.size();
        int start = from - maxLength;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (spans.get(mid).getBegin() < start) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        for (int i = lo; i < spans.size() && spans.get(i).getBegin() <= to; i++) {
            AnnotationFS s = spans.get(i);
            if (s.getEnd() >= from) {
                result.add(s);
            }
        }
        return result;
    }
}
