package org.attest.edit;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.uima.cas.CAS;
import org.apache.uima.cas.FeatureStructure;
import org.apache.uima.cas.Type;
import org.apache.uima.cas.text.AnnotationFS;
import org.attest.model.Schema;
import org.attest.model.SpanLayer;
import org.attest.model.schema.Schemas;

/** The keyboard order of a document's spans (Tab and Shift+Tab) and the spans under a clicked offset. */
public final class AnnotationNavigator {

    private AnnotationNavigator() {
    }

    /**
     * Returns the spans of all span layers merged in reading order: begin ascending, then the longer span first (as in
     * the CAS's annotation index), then schema layer order, then the order they were created.
     */
    public static List<AnnotationFS> order(CAS cas, Schema schema) {
        List<AnnotationFS> spans = new ArrayList<>();
        for (SpanLayer layer : Schemas.spanLayers(schema)) {
            Type type = cas.getTypeSystem().getType(Schemas.typeName(layer));
            if (type != null) {
                cas.<AnnotationFS>getAnnotationIndex(type).forEach(spans::add);
            }
        }
        spans.sort(readingOrder(schema));
        return spans;
    }

    /**
     * Returns the span after {@code current} in reading order, the first one when current is null, wrapping around at
     * the end.
     */
    public static Optional<AnnotationFS> next(CAS cas, Schema schema, AnnotationFS current) {
        List<AnnotationFS> spans = order(cas, schema);
        if (spans.isEmpty()) {
            return Optional.empty();
        }
        if (current == null) {
            return Optional.of(spans.get(0));
        }
        int at = Collections.binarySearch(spans, current, readingOrder(schema));
        // A current span that was deleted meanwhile is not found; continue from where it was.
        int next = at >= 0 ? at + 1 : -at - 1;
        return Optional.of(spans.get(next % spans.size()));
    }

    /**
     * Returns the span before {@code current} in reading order, the last one when current is null, wrapping around at
     * the start.
     */
    public static Optional<AnnotationFS> previous(CAS cas, Schema schema, AnnotationFS current) {
        List<AnnotationFS> spans = order(cas, schema);
        if (spans.isEmpty()) {
            return Optional.empty();
        }
        if (current == null) {
            return Optional.of(spans.get(spans.size() - 1));
        }
        int at = Collections.binarySearch(spans, current, readingOrder(schema));
        int previous = (at >= 0 ? at : -at - 1) - 1;
        return Optional.of(spans.get(previous < 0 ? spans.size() - 1 : previous));
    }

    /**
     * Returns the spans covering the character at {@code offset} (and empty spans at it), innermost first, for click
     * selection.
     */
    public static List<AnnotationFS> at(CAS cas, Schema schema, int offset) {
        Comparator<AnnotationFS> innermost = Comparator.<AnnotationFS>comparingInt(fs -> fs.getEnd() - fs.getBegin())
                .thenComparing(Comparator.comparingInt(AnnotationFS::getBegin).reversed())
                .thenComparing(readingOrder(schema));
        return order(cas, schema).stream()
                .filter(fs -> fs.getBegin() <= offset
                        && (offset < fs.getEnd() || fs.getBegin() == fs.getEnd() && fs.getBegin() == offset))
                .sorted(innermost).toList();
    }

    private static Comparator<AnnotationFS> readingOrder(Schema schema) {
        Map<String, Integer> rank = new HashMap<>();
        List<SpanLayer> layers = Schemas.spanLayers(schema);
        for (int i = 0; i < layers.size(); i++) {
            rank.put(Schemas.typeName(layers.get(i)), i);
        }
        return Comparator.comparingInt(AnnotationFS::getBegin)
                .thenComparing(Comparator.comparingInt(AnnotationFS::getEnd).reversed())
                .thenComparingInt(fs -> rank.getOrDefault(fs.getType().getName(), Integer.MAX_VALUE))
                .thenComparingInt(FeatureStructure::_id);
    }
}
