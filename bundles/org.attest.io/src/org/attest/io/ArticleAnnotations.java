package org.attest.io;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.uima.cas.CAS;
import org.apache.uima.cas.text.AnnotationFS;
import org.attest.cas.Layers;
import org.attest.model.Schema;

/**
 * Puts an article's annotations, as a reader returned them, into a CAS of its text: spans first, then the relations
 * between them.
 */
public final class ArticleAnnotations {

    private ArticleAnnotations() {
    }

    /**
     * Adds the spans and relations of {@code article} to {@code cas}, whose text must be the article's.
     *
     * @param cas a CAS of the article's text and of {@code schema}'s type system
     * @param article the article read from a file
     * @param schema the corpus schema
     * @return the annotations added per layer, leaving out layers with none
     * @throws IllegalArgumentException when an annotation does not fit the schema or the text
     */
    public static Map<String, Integer> addTo(CAS cas, Article article, Schema schema) {
        Layers layers = new Layers(cas, schema);
        List<AnnotationFS> created = new ArrayList<>();
        for (SpanRecord span : article.spans()) {
            created.add(layers.addSpan(span.layer(), span.begin(), span.end(), span.features()));
        }
        int number = 0;
        for (RelationRecord relation : article.relations()) {
            String where = "relation " + number++ + " (" + relation.layer() + ")";
            Map<String, Object> features = new LinkedHashMap<>();
            relation.features().forEach((k, v) -> features.put(k, v instanceof Integer index
                    ? span(created, index, where + ", feature \"" + k + "\"")
                    : v));
            layers.addRelation(relation.layer(), span(created, relation.from(), where + ", \"from\""),
                    span(created, relation.to(), where + ", \"to\""), features);
        }
        Map<String, Integer> counts = new LinkedHashMap<>();
        layers.countPerLayer().forEach((layer, count) -> {
            if (count > 0) {
                counts.put(layer, count);
            }
        });
        return counts;
    }

    // a reader checks its indexes; this check keeps a reader's slip from surfacing as an index error without the file
    private static AnnotationFS span(List<AnnotationFS> spans, int index, String where) {
        if (index < 0 || index >= spans.size()) {
            throw new IllegalArgumentException(
                    where + " links to span index " + index + ", which does not exist: the article"
                            + " has " + spans.size() + " spans, counted from 0");
        }
        return spans.get(index);
    }
}
