package org.attest.io;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.apache.uima.cas.CAS;
import org.apache.uima.cas.FSIterator;
import org.apache.uima.cas.Feature;
import org.apache.uima.cas.FeatureStructure;
import org.apache.uima.cas.Type;
import org.apache.uima.cas.TypeSystem;
import org.apache.uima.cas.text.AnnotationFS;
import org.attest.model.Layer;
import org.attest.model.RelationLayer;
import org.attest.model.Schema;
import org.attest.model.SpanLayer;
import org.attest.model.schema.DefaultSchema;
import org.attest.model.schema.Schemas;

/** Maps the annotations of one CAS view to Attest spans and relations, counting the types it cannot map. */
final class CasArticleMapper {

    /** DKPro Core's named entity type. */
    static final String DKPRO_NAMED_ENTITY = "de.tudarmstadt.ukp.dkpro.core.api.ner.type.NamedEntity";

    /** DKPro Core's document metadata type. */
    static final String DKPRO_METADATA = "de.tudarmstadt.ukp.dkpro.core.api.metadata.type.DocumentMetaData";

    private static final Set<String> STRUCTURAL = Set.of(
            "org.attest.type.Sentence", "org.attest.type.Token",
            SourceSegmentation.DKPRO_SENTENCE, SourceSegmentation.DKPRO_TOKEN,
            "de.tudarmstadt.ukp.clarin.webanno.api.type.CASMetadata");

    private final Schema schema;
    private final Path file;
    private final String where;
    private final Map<String, Layer> layerByType = new HashMap<>();
    private final Set<String> structural = new HashSet<>(STRUCTURAL);
    private final Map<FeatureStructure, String> layerOf = new IdentityHashMap<>();
    private final Map<String, Integer> unknown = new TreeMap<>();
    private final Map<FeatureStructure, String> entityLabels = new IdentityHashMap<>();

    CasArticleMapper(Schema schema, Path file) {
        this.schema = schema;
        this.file = file;
        this.where = file.toString();
        for (Layer layer : schema.getLayers()) {
            String typeName = Schemas.typeName(layer);
            layerByType.put(typeName, layer);
            String namespace = typeName.substring(0, typeName.length() - layer.getName().length());
            structural.add(namespace + "Sentence");
            structural.add(namespace + "Token");
        }
    }

    /** Returns the article of {@code view}, refusing invalid offsets, broken links and unknown types. */
    Article map(CAS view, ImportOptions options) throws ImportException {
        TypeSystem types = view.getTypeSystem();
        String text = view.getDocumentText();
        Type annotation = types.getType(CAS.TYPE_NAME_ANNOTATION);
        Type namedEntity = types.getType(DKPRO_NAMED_ENTITY);
        Layer entityLayer = Schemas.layer(schema, DefaultSchema.ENTITY).filter(SpanLayer.class::isInstance)
                .orElse(null);
        List<FeatureStructure> spans = new ArrayList<>();
        List<FeatureStructure> relations = new ArrayList<>();
        Map<FeatureStructure, Boolean> seen = new IdentityHashMap<>();
        FSIterator<FeatureStructure> all = view.getIndexRepository().getAllIndexedFS(types.getTopType());
        while (all.hasNext()) {
            FeatureStructure fs = all.next();
            if (seen.put(fs, Boolean.TRUE) != null) {
                continue;
            }
            Type type = fs.getType();
            boolean isAnnotation = types.subsumes(annotation, type);
            if (isAnnotation) {
                checkOffsets((AnnotationFS) fs, text);
            }
            Layer layer = layerByType.get(type.getName());
            if (layer instanceof SpanLayer && isAnnotation) {
                layerOf.put(fs, layer.getName());
                spans.add(fs);
            } else if (layer instanceof RelationLayer) {
                layerOf.put(fs, layer.getName());
                relations.add(fs);
            } else if (layer instanceof SpanLayer) {
                throw new ImportException(
                        where + ": " + type.getName() + " is not an annotation type (it has no begin and "
                                + "end); use the type system Attest exports for layer " + layer.getName());
            } else if (namedEntity != null && entityLayer != null && types.subsumes(namedEntity, type)) {
                String value = namedEntityValue((AnnotationFS) fs);
                String label = NamedEntityLabels.place(value, (SpanLayer) entityLayer, options.labelMap());
                if (label == null) {
                    unknown.merge(type.getName() + " " + value, 1, Integer::sum);
                } else {
                    layerOf.put(fs, entityLayer.getName());
                    spans.add(fs);
                    entityLabels.put(fs, label);
                }
            } else if (!isStructural(types, type)) {
                unknown.merge(type.getName(), 1, Integer::sum);
            }
        }
        spans.sort(spanOrder());
        relations.sort(Comparator.comparingInt(FeatureStructure::_id));
        Map<FeatureStructure, Integer> spanIndex = new IdentityHashMap<>();
        for (int i = 0; i < spans.size(); i++) {
            spanIndex.put(spans.get(i), i);
        }
        List<SpanRecord> spanRecords = new ArrayList<>();
        for (FeatureStructure fs : spans) {
            AnnotationFS span = (AnnotationFS) fs;
            boolean dkpro = namedEntity != null && types.subsumes(namedEntity, span.getType());
            Map<String, Object> features = dkpro
                    ? Collections.singletonMap("type", entityLabels.get(fs))
                    : features(fs, spanIndex, Set.of(org.attest.cas.AttestTypes.SUGGESTED_BY));
            spanRecords.add(new SpanRecord(layerOf.get(fs), span.getBegin(), span.getEnd(), features));
        }
        List<RelationRecord> relationRecords = new ArrayList<>();
        for (FeatureStructure fs : relations) {
            relationRecords.add(relation(fs, spanIndex, spanRecords));
        }
        if (!unknown.isEmpty() && !options.ignoreUnknownTypes()) {
            throw new ImportException(where + ": " + unknown.values().stream().mapToInt(Integer::intValue).sum()
                    + " annotations have types the schema has no layer for: " + unknown.entrySet().stream()
                            .map(e -> e.getKey() + " (" + e.getValue() + ")").collect(Collectors.joining(", "))
                    + "; the rest can be imported without them, or the schema given layers for them",
                    ImportException.Remedy.IGNORE_UNKNOWN_TYPES);
        }
        return new Article(file.getFileName().toString(), text, DocumentMetadata.of(view, file), spanRecords,
                relationRecords, unknown, SourceSegmentation.of(view, where));
    }

    private boolean isStructural(TypeSystem types, Type type) {
        return structural.contains(type.getName()) || type.getName().startsWith("uima.")
                || types.subsumes(types.getType(CAS.TYPE_NAME_DOCUMENT_ANNOTATION), type);
    }

    private void checkOffsets(AnnotationFS fs, String text) throws ImportException {
        int begin = fs.getBegin();
        int end = fs.getEnd();
        String problem = begin < 0
                ? "a negative begin"
                : end < begin
                        ? "its end before its begin"
                        : end > text.length()
                                ? "an end beyond the text, which has " + text.length() + " characters"
                                : null;
        if (problem != null) {
            throw new ImportException(
                    where + ": annotation " + fs.getType().getName() + " at begin " + begin + ", end " + end
                            + " has " + problem
                            + "; the file is inconsistent: fix or remove that annotation in the tool that wrote it");
        }
    }

    private Comparator<FeatureStructure> spanOrder() {
        return Comparator.comparingInt((FeatureStructure fs) -> ((AnnotationFS) fs).getBegin())
                .thenComparing(fs -> -((AnnotationFS) fs).getEnd())
                .thenComparing(layerOf::get)
                .thenComparingInt(FeatureStructure::_id);
    }

    private Map<String, Object> features(FeatureStructure fs, Map<FeatureStructure, Integer> spanIndex,
            Set<String> skip)
            throws ImportException {
        Layer layer = layerByType.get(fs.getType().getName());
        Map<String, Object> features = new LinkedHashMap<>();
        for (Feature feature : fs.getType().getFeatures()) {
            String name = feature.getShortName();
            if (feature.getDomain().getName().startsWith("uima.") || skip.contains(name)) {
                continue;
            }
            Object value = FeatureValues.of(fs, feature, spanIndex, where);
            if (value == null) {
                continue;
            }
            if (Schemas.feature(layer, name).isEmpty()) {
                unknown.merge(fs.getType().getName() + ":" + name, 1, Integer::sum);
                continue;
            }
            features.put(name, value);
        }
        return features;
    }

    // the label a DKPro named entity gives: its value, else the name of its type (DKPro's Person, Location...)
    private static String namedEntityValue(AnnotationFS fs) {
        Feature valueFeature = fs.getType().getFeatureByBaseName("value");
        String value = valueFeature == null || !valueFeature.getRange().isStringOrStringSubtype()
                ? null
                : fs.getStringValue(valueFeature);
        return (value != null ? value : fs.getType().getShortName()).strip();
    }

    private RelationRecord relation(FeatureStructure fs, Map<FeatureStructure, Integer> spanIndex,
            List<SpanRecord> spans)
            throws ImportException {
        RelationLayer layer = (RelationLayer) layerByType.get(fs.getType().getName());
        int from = endpoint(fs, "from", layer.getFromLayer(), spanIndex, spans);
        int to = endpoint(fs, "to", layer.getToLayer(), spanIndex, spans);
        return new RelationRecord(layer.getName(), from, to, features(fs, spanIndex, Set.of("from", "to")));
    }

    private int endpoint(FeatureStructure fs, String name, SpanLayer expected, Map<FeatureStructure, Integer> spanIndex,
            List<SpanRecord> spans) throws ImportException {
        Feature feature = fs.getType().getFeatureByBaseName(name);
        if (feature == null || feature.getRange().isPrimitive()) {
            throw new ImportException(where + ": relation type " + fs.getType().getName() + " has no \"" + name
                    + "\" feature pointing to a span; use the type system Attest exports for this layer");
        }
        FeatureStructure target = fs.getFeatureValue(feature);
        Integer index = target == null ? null : spanIndex.get(target);
        if (index == null) {
            throw new ImportException(where + ": relation " + FeatureValues.describe(fs) + " has "
                    + (target == null
                            ? "no \"" + name + "\" span"
                            : "a \"" + name + "\" that is not an imported span ("
                                    + target.getType().getName() + ")")
                    + "; every relation must link two spans of the schema: fix or remove the relation");
        }
        String layer = spans.get(index).layer();
        if (expected != null && !expected.getName().equals(layer)) {
            throw new ImportException(
                    where + ": relation " + FeatureValues.describe(fs) + " has a \"" + name + "\" of layer "
                            + layer + ", but the schema wants " + expected.getName() + "; fix or remove the relation");
        }
        return index;
    }
}
