package org.attest.io.export;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import org.apache.uima.cas.CAS;
import org.apache.uima.cas.text.AnnotationFS;
import org.attest.cas.AttestTypes;
import org.attest.cas.CasFactory;
import org.attest.io.Article;
import org.attest.io.ArticleMetadata;
import org.attest.io.RelationRecord;
import org.attest.io.SpanRecord;
import org.attest.model.FeatureDefinition;
import org.attest.model.FeatureKind;
import org.attest.model.Layer;
import org.attest.model.schema.Schemas;

/**
 * Turns imported articles into export documents in a canonical form (spans by begin, longer first, then layer;
 * sentences and tokens from the factory's segmenter), so that export, import and export again give the same bytes.
 */
public final class ArticleExports {

    private final CasFactory factory;

    /** Creates the conversion for the schema and segmenter of {@code factory}. */
    public ArticleExports(CasFactory factory) {
        this.factory = Objects.requireNonNull(factory, "factory");
    }

    /** Returns the export document of {@code article}. */
    public ExportDocument of(Article article) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < article.spans().size(); i++) {
            order.add(i);
        }
        List<SpanRecord> spans = article.spans();
        order.sort(
                Comparator.comparingInt((Integer i) -> spans.get(i).begin()).thenComparingInt(i -> -spans.get(i).end())
                        .thenComparing(i -> spans.get(i).layer()).thenComparingInt(i -> i));
        int[] newIndex = new int[order.size()];
        for (int i = 0; i < order.size(); i++) {
            newIndex[order.get(i)] = i;
        }
        List<ExportSpan> exportSpans = new ArrayList<>();
        for (int old : order) {
            SpanRecord span = spans.get(old);
            Layer layer = layer(span.layer());
            FeatureDefinition label = layer == null ? null : layer.getLabelFeature();
            Object labelValue = label == null ? null : span.features().get(label.getName());
            exportSpans.add(new ExportSpan(span.layer(), span.begin(), span.end(),
                    labelValue == null ? null : labelValue.toString(), remap(layer, span.features(), newIndex)));
        }
        List<ExportRelation> relations = new ArrayList<>();
        for (RelationRecord relation : article.relations()) {
            relations.add(new ExportRelation(relation.layer(), newIndex[relation.from()], newIndex[relation.to()],
                    remap(layer(relation.layer()), relation.features(), newIndex)));
        }
        CAS segmented = article.sourceSegmentation().map(s -> factory.newCas(article.text(), s))
                .orElseGet(() -> factory.newCas(article.text()));
        return new ExportDocument(article.metadata().id(), metadata(article.metadata()), article.text(),
                offsets(segmented, AttestTypes.SENTENCE), offsets(segmented, AttestTypes.TOKEN), exportSpans,
                relations);
    }

    private Layer layer(String name) {
        return Schemas.layer(factory.schema(), name).orElse(null);
    }

    private static TreeMap<String, Object> remap(Layer layer, Map<String, Object> features, int[] newIndex) {
        TreeMap<String, Object> result = new TreeMap<>();
        features.forEach((name, value) -> {
            boolean link = layer != null && Schemas.feature(layer, name).map(f -> f.getKind() == FeatureKind.SPAN_LINK)
                    .orElse(false);
            result.put(name, link && value instanceof Integer index ? Integer.valueOf(newIndex[index]) : value);
        });
        return result;
    }

    private static Map<String, String> metadata(ArticleMetadata metadata) {
        Map<String, String> values = new LinkedHashMap<>();
        put(values, "id", metadata.id());
        put(values, "title", metadata.title());
        put(values, "outlet", metadata.outlet());
        put(values, "language", metadata.language());
        put(values, "originalLanguage", metadata.originalLanguage());
        put(values, "date", metadata.date());
        metadata.extra().forEach((key, value) -> put(values, key, value));
        return values;
    }

    private static void put(Map<String, String> values, String key, String value) {
        if (value != null) {
            values.putIfAbsent(key, value);
        }
    }

    private static List<int[]> offsets(CAS cas, String typeName) {
        List<int[]> result = new ArrayList<>();
        for (AnnotationFS fs : cas.getAnnotationIndex(cas.getTypeSystem().getType(typeName))) {
            result.add(new int[]{fs.getBegin(), fs.getEnd()});
        }
        return result;
    }
}
