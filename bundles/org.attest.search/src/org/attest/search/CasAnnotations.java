package org.attest.search;

import java.util.Set;
import java.util.function.Function;

import org.apache.lucene.document.DoublePoint;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.uima.cas.CAS;
import org.apache.uima.cas.text.AnnotationFS;
import org.attest.cas.Layers;
import org.attest.claims.Chain;
import org.attest.claims.ChainLink;
import org.attest.claims.Chains;
import org.attest.claims.EntityIds;
import org.attest.diff.CasDiff;
import org.attest.diff.Position;
import org.attest.model.FeatureDefinition;
import org.attest.model.FeatureKind;
import org.attest.model.Layer;
import org.attest.model.RelationLayer;
import org.attest.model.Schema;
import org.attest.model.schema.DefaultSchema;

/** Adds the annotations of one CAS to an {@link IndexedDocument}: every layer, label, feature value, link and chain. */
final class CasAnnotations {

    private final Schema schema;

    CasAnnotations(Schema schema) {
        this.schema = schema;
    }

    /**
     * Adds every annotation of {@code cas} by {@code annotator} to {@code target}; those at a position in
     * {@code disagreed} are marked as disagreements.
     */
    void add(IndexedDocument target, CAS cas, String annotator, Set<Position> disagreed) {
        Layers layers = new Layers(cas, schema);
        Chains chains = null;
        for (Layer layer : schema.getLayers()) {
            boolean relation = layer instanceof RelationLayer;
            Function<AnnotationFS, Position> positions = CasDiff.positions(schema, layer.getName(), cas);
            for (AnnotationFS fs : relation ? layers.relations(layer.getName()) : layers.spans(layer.getName())) {
                org.apache.lucene.document.Document d = target.annotation(annotator, layer.getName(),
                        layers.label(fs), fs.getBegin(), fs.getEnd());
                features(d, layers, layer, fs);
                boolean differs = disagreed.contains(positions.apply(fs));
                IndexedDocument.keyword(d, SearchFields.DISAGREEMENT, differs ? "yes" : "no");
                if (DefaultSchema.CLAIM.equals(layer.getName())) {
                    chains = chains == null ? Chains.read(cas, schema, EntityIds.none()) : chains;
                    via(d, chains, fs);
                }
            }
        }
    }

    private static void features(org.apache.lucene.document.Document d, Layers layers, Layer layer,
            AnnotationFS fs) {
        for (FeatureDefinition feature : layer.getFeatures()) {
            Object value = layers.value(fs, feature.getName());
            if (value == null) {
                continue; // an unset value stays unset: it matches no query on the feature
            }
            String field = SearchFields.name(feature.getName());
            if (feature.getKind() == FeatureKind.ENTITY_LINK && value instanceof String id && !id.isBlank()) {
                d.add(new StringField(SearchFields.ENTITY, id, Field.Store.NO));
            } else if (feature.getKind() == FeatureKind.NUMBER && value instanceof Double number) {
                d.add(new DoublePoint(field, number));
            } else if (feature.getKind() == FeatureKind.STRING && value instanceof String words) {
                d.add(new TextField(field, words, Field.Store.NO));
            } else if (feature.getKind() == FeatureKind.TAGSET || feature.getKind() == FeatureKind.BOOLEAN) {
                IndexedDocument.keyword(d, field, String.valueOf(value));
            }
        }
    }

    // a claim is found by every source on its chains, by the source's words and by its type
    private static void via(org.apache.lucene.document.Document d, Chains chains, AnnotationFS claim) {
        for (Chain chain : chains.of(claim)) {
            for (ChainLink link : chain.links()) {
                d.add(new TextField(SearchFields.VIA, link.text(), Field.Store.NO));
                if (link.type() != null) {
                    d.add(new TextField(SearchFields.VIA, link.type(), Field.Store.NO));
                }
            }
        }
    }
}
