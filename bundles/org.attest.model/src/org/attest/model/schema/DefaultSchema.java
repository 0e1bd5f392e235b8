package org.attest.model.schema;

import org.attest.model.CorpusFactory;
import org.attest.model.FeatureDefinition;
import org.attest.model.FeatureKind;
import org.attest.model.Layer;
import org.attest.model.RelationLayer;
import org.attest.model.Schema;
import org.attest.model.SpanLayer;
import org.attest.model.Tag;
import org.attest.model.Tagset;

/** Builds the default news schema: Entity, Claim, Source and Cue spans, Attribution and Via relations. */
public final class DefaultSchema {

    /** The name of the default schema. */
    public static final String NAME = "news";

    /** Name of the entity mention layer. */
    public static final String ENTITY = "Entity";

    /** Name of the claim layer. */
    public static final String CLAIM = "Claim";

    /** Name of the source layer. */
    public static final String SOURCE = "Source";

    /** Name of the attribution cue layer. */
    public static final String CUE = "Cue";

    /** Name of the relation from a claim to its source. */
    public static final String ATTRIBUTION = "Attribution";

    /** Name of the relation from a source to the source it was reported through. */
    public static final String VIA = "Via";

    /** Name of the tagset of what a claimed figure measures. */
    public static final String MEASURE_TAGSET = "Measure";

    /** The measure of a figure counted over its period, such as people killed; a claim without a measure is one. */
    public static final String COUNT = "count";

    /** The measure of a figure that holds at a time, such as the water level or the number of people in shelters. */
    public static final String LEVEL = "level";

    /** The measure of a figure per unit of time, such as rainfall per hour. */
    public static final String RATE = "rate";

    private final CorpusFactory factory = CorpusFactory.eINSTANCE;

    private DefaultSchema() {
    }

    /** Returns a new instance of the default news schema. */
    public static Schema create() {
        return new DefaultSchema().build();
    }

    private Schema build() {
        Schema schema = factory.createSchema();
        schema.setName(NAME);
        schema.setVersion(1);

        Tagset entityTypes = tagset(schema, "EntityType", "Kinds of named entity",
                tag("PERSON", "#e6194b", "p"), tag("ORGANIZATION", "#4363d8", "o"), tag("GPE", "#3cb44b", "g"),
                tag("LOCATION", "#42d4f4", "l"), tag("DATE", "#f58231", "d"), tag("QUANTITY", "#911eb4", "q"),
                tag("EVENT", "#f032e6", "e"), tag("OTHER", "#808000", "x"));
        Tagset claimTypes = tagset(schema, "ClaimType", "Kinds of claim",
                tag("statistic", "#ffd8b1", "1"), tag("event", "#fabed4", "2"), tag("quote", "#dcbeff", "3"),
                tag("position", "#aaffc3", "4"), tag("prediction", "#fffac8", "5"));
        Tagset qualifiers = tagset(schema, "Qualifier", "How a claimed figure is bounded",
                tag("exact", null, null), tag("up to", null, null), tag("at least", null, null),
                tag("more than", null, null), tag("less than", null, null), tag("about", null, null),
                tag("between", null, null));
        Tagset measures = tagset(schema, MEASURE_TAGSET,
                "What a claimed figure measures; a claim without one is a count",
                tag(COUNT, null, null), tag(LEVEL, null, null), tag(RATE, null, null));
        Tagset sourceTypes = tagset(schema, "SourceType", "Kinds of source a claim is attributed to",
                tag("person", "#bfef45", "s"), tag("organization", "#469990", "n"), tag("news agency", "#9a6324", "a"),
                tag("government", "#000075", "v"), tag("social media", "#a9a9a9", "m"), tag("document", "#800000", "f"),
                tag("anonymous", "#404040", "y"));
        Tagset cueTypes = tagset(schema, "CueType", "Attribution cues", tag("CUE", "#ffe119", "k"));

        SpanLayer entity = span(schema, ENTITY,
                "Mentions of people, organisations, places, dates, quantities and events", "#4363d8");
        entity.setLabelFeature(feature(entity, "type", FeatureKind.TAGSET, entityTypes, "The kind of entity"));
        feature(entity, "entity", FeatureKind.ENTITY_LINK, null, "The registry entity this mention refers to");

        SpanLayer claim = span(schema, CLAIM, "A proposition the article reports, with its normalized form", "#ffd8b1");
        claim.setLabelFeature(feature(claim, "type", FeatureKind.TAGSET, claimTypes, "The kind of claim"));
        feature(claim, "value", FeatureKind.NUMBER, null, "The normalized value of a statistic, such as 100");
        feature(claim, "qualifier", FeatureKind.TAGSET, qualifiers, "How the value is bounded, such as 'up to'");
        feature(claim, "upper", FeatureKind.NUMBER, null,
                "The upper bound of a figure qualified 'between', such as 200");
        feature(claim, "unit", FeatureKind.STRING, null, "What is counted or measured, such as 'people killed'");
        feature(claim, "period", FeatureKind.STRING, null,
                "The time frame as written, such as 'in the last 24 hours' or 'since Tuesday'");
        feature(claim, "periodStart", FeatureKind.STRING, null,
                "The first day of the period (ISO 8601, such as 2024-05-02)");
        feature(claim, "periodEnd", FeatureKind.STRING, null,
                "The last day of the period (ISO 8601, such as 2024-05-03)");
        feature(claim, "measure", FeatureKind.TAGSET, measures,
                "A count over the period (the default), a level at a time, or a rate");
        feature(claim, "cluster", FeatureKind.CLUSTER_LINK, null, "The claim cluster stating the same proposition");

        SpanLayer source = span(schema, SOURCE, "Who or what a claim is attributed to", "#bfef45");
        source.setLabelFeature(feature(source, "type", FeatureKind.TAGSET, sourceTypes, "The kind of source"));
        feature(source, "entity", FeatureKind.ENTITY_LINK, null, "The registry entity of the source");

        SpanLayer cue = span(schema, CUE, "The words that attribute a claim, such as 'said' or 'according to'",
                "#ffe119");
        cue.setLabelFeature(feature(cue, "type", FeatureKind.TAGSET, cueTypes, "Cue"));

        RelationLayer attribution = relation(schema, ATTRIBUTION, "A claim attributed to its source", claim, source,
                "#e6194b");
        FeatureDefinition cueLink = feature(attribution, "cue", FeatureKind.SPAN_LINK, null,
                "The cue words of the attribution");
        cueLink.setTargetLayer(cue);

        relation(schema, VIA, "A source reported through another source", source, source, "#9a6324");
        return schema;
    }

    private Tagset tagset(Schema schema, String name, String description, Tag... tags) {
        Tagset tagset = factory.createTagset();
        tagset.setName(name);
        tagset.setDescription(description);
        for (Tag tag : tags) {
            tagset.getTags().add(tag);
        }
        schema.getTagsets().add(tagset);
        return tagset;
    }

    private Tag tag(String name, String color, String hotKey) {
        Tag tag = factory.createTag();
        tag.setName(name);
        tag.setColor(color);
        tag.setHotKey(hotKey);
        return tag;
    }

    private SpanLayer span(Schema schema, String name, String description, String color) {
        SpanLayer layer = factory.createSpanLayer();
        describe(layer, name, description, color);
        schema.getLayers().add(layer);
        return layer;
    }

    private RelationLayer relation(Schema schema, String name, String description, SpanLayer from, SpanLayer to,
            String color) {
        RelationLayer layer = factory.createRelationLayer();
        describe(layer, name, description, color);
        layer.setFromLayer(from);
        layer.setToLayer(to);
        schema.getLayers().add(layer);
        return layer;
    }

    private static void describe(Layer layer, String name, String description, String color) {
        layer.setName(name);
        layer.setDescription(description);
        layer.setColor(color);
    }

    private FeatureDefinition feature(Layer layer, String name, FeatureKind kind, Tagset tagset, String description) {
        FeatureDefinition feature = factory.createFeatureDefinition();
        feature.setName(name);
        feature.setKind(kind);
        feature.setTagset(tagset);
        feature.setDescription(description);
        layer.getFeatures().add(feature);
        return feature;
    }
}
