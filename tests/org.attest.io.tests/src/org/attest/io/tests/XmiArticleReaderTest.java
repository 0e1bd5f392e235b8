package org.attest.io.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.apache.uima.cas.text.AnnotationFS;
import org.attest.io.Article;
import org.attest.io.ImportException;
import org.attest.io.ImportOptions;
import org.attest.io.LabelMap;
import org.attest.io.RelationRecord;
import org.attest.io.SpanRecord;
import org.attest.io.XmiArticleReader;
import org.attest.model.schema.DefaultSchema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class XmiArticleReaderTest {

    // Offsets: 0 1 2 3 4 5 6 7
    // 0123456789012345678901234567890123456789012345678901234567890123456789012345
    static final String TEXT = "Stepanyan said more than 10,000 people were evacuated, according to AFP.";

    private final XmiArticleReader sut = new XmiArticleReader(DefaultSchema.create());

    @TempDir
    Path dir;

    private Article read(Path xmi) throws ImportException {
        return sut.read(xmi, ImportOptions.defaults()).get(0);
    }

    @Test
    void attestSpansRelationsAndLinksSurviveAnXmiRoundTrip() throws Exception {
        XmiFixture fixture = new XmiFixture(TEXT);
        AnnotationFS source = fixture.add(XmiFixture.ATTEST + "Source", 0, 9, "type", "person");
        AnnotationFS cue = fixture.add(XmiFixture.ATTEST + "Cue", 10, 14, "type", "CUE");
        AnnotationFS claim = fixture.add(XmiFixture.ATTEST + "Claim", 15, 53, "type", "statistic", "qualifier",
                "more than",
                "unit", "people evacuated");
        claim.setDoubleValue(claim.getType().getFeatureByBaseName("value"), 10000);
        AnnotationFS attribution = fixture.add(XmiFixture.ATTEST + "Attribution", 15, 53);
        XmiFixture.link(attribution, "from", claim);
        XmiFixture.link(attribution, "to", source);
        XmiFixture.link(attribution, "cue", cue);
        AnnotationFS agency = fixture.add(XmiFixture.ATTEST + "Source", 68, 71, "type", "news agency");
        XmiFixture.link(fixture.add(XmiFixture.ATTEST + "Via", 0, 9), "from", source);
        XmiFixture.link(fixture.cas.getAnnotationIndex(fixture.cas.getTypeSystem().getType(XmiFixture.ATTEST + "Via"))
                .iterator().next(), "to", agency);
        fixture.add(XmiFixture.ATTEST + "Sentence", 0, TEXT.length());
        fixture.add(XmiFixture.TOKEN, 0, 9);
        fixture.metadata("karabakh-1", "Karabakh evacuation", "en");

        Article article = read(fixture.write(dir, "karabakh.xmi"));

        assertThat(article.text()).isEqualTo(TEXT);
        assertThat(article.sourceName()).isEqualTo("karabakh.xmi");
        assertThat(article.metadata().id()).isEqualTo("karabakh-1");
        assertThat(article.metadata().title()).isEqualTo("Karabakh evacuation");
        assertThat(article.metadata().language()).isEqualTo("en");
        assertThat(article.unknownTypes()).isEmpty();
        assertThat(article.spans()).extracting(s -> s.layer() + "@" + s.begin() + "-" + s.end())
                .containsExactly("Source@0-9", "Cue@10-14", "Claim@15-53", "Source@68-71");
        SpanRecord claimRecord = article.spans().get(2);
        assertThat(claimRecord.features()).containsOnly(entry("type", "statistic"), entry("value", 10000.0),
                entry("qualifier", "more than"), entry("unit", "people evacuated"));
        assertThat(article.relations()).containsExactly(
                new RelationRecord("Attribution", 2, 0, Map.of("cue", 1)),
                new RelationRecord("Via", 0, 3, Map.of()));
    }

    @Test
    void dkproNamedEntitiesBecomeEntitySpansWithMappedTypes() throws Exception {
        XmiFixture fixture = new XmiFixture(TEXT);
        fixture.add(XmiFixture.NAMED_ENTITY, 0, 9, "value", "PER");
        fixture.add(XmiFixture.NAMED_ENTITY, 68, 71, "value", "ORG");
        fixture.add(XmiFixture.NAMED_ENTITY, 39, 53, "value", "MISC");

        Article article = read(fixture.write(dir, "ner.xmi"));

        assertThat(article.spans()).containsExactly(
                new SpanRecord("Entity", 0, 9, Map.of("type", "PERSON")),
                new SpanRecord("Entity", 39, 53, Map.of("type", "OTHER")),
                new SpanRecord("Entity", 68, 71, Map.of("type", "ORGANIZATION")));
        assertThat(article.metadata().id()).isEqualTo("ner");
        assertThat(article.metadata().title()).isEqualTo(TEXT);
    }

    @Test
    void namedEntityValuesGoThroughTheLabelMapAndOnesWithoutAPlaceAreCountedNotGuessed() throws Exception {
        XmiFixture fixture = new XmiFixture(TEXT);
        fixture.add(XmiFixture.NAMED_ENTITY, 0, 9, "value", "Per");
        fixture.add(XmiFixture.NAMED_ENTITY, 39, 53, "value", "MISC");
        fixture.add(XmiFixture.NAMED_ENTITY, 68, 71, "value", "ORDINAL");
        Path xmi = fixture.write(dir, "ontonotes.xmi");

        assertThatThrownBy(() -> read(xmi)).isInstanceOf(ImportException.class)
                .hasMessageContaining("ontonotes.xmi").hasMessageContaining("NamedEntity ORDINAL (1)");
        Article article = sut.read(xmi, ImportOptions.defaults().withIgnoreUnknownTypes(true)
                .withLabelMap(LabelMap.parse("MISC=EVENT"))).get(0);

        assertThat(article.spans()).containsExactly(
                new SpanRecord("Entity", 0, 9, Map.of("type", "PERSON")),
                new SpanRecord("Entity", 39, 53, Map.of("type", "EVENT")));
        assertThat(article.unknownTypes()).containsExactly(
                entry("de.tudarmstadt.ukp.dkpro.core.api.ner.type.NamedEntity ORDINAL", 1));
    }

    @Test
    void unknownTypesAreRefusedWithTheirCounts() throws Exception {
        XmiFixture fixture = new XmiFixture(TEXT);
        fixture.add(XmiFixture.LEMMA, 0, 9, "value", "Stepanyan");
        fixture.add(XmiFixture.LEMMA, 10, 14, "value", "say");
        fixture.add(XmiFixture.NAMED_ENTITY, 0, 9, "value", "PERSON");
        Path xmi = fixture.write(dir, "lemmas.xmi");

        assertThatThrownBy(() -> read(xmi)).isInstanceOfSatisfying(ImportException.class,
                e -> assertThat(e.remedy()).isEqualTo(ImportException.Remedy.IGNORE_UNKNOWN_TYPES))
                .hasMessageContaining("lemmas.xmi").hasMessageContaining("org.example.Lemma (2)")
                .hasMessageNotContaining("--ignore-unknown-types");
    }

    @Test
    void unknownTypesAreCountedButLeftOutWhenIgnored() throws Exception {
        XmiFixture fixture = new XmiFixture(TEXT);
        fixture.add(XmiFixture.LEMMA, 0, 9, "value", "Stepanyan");
        fixture.add(XmiFixture.LEMMA, 10, 14, "value", "say");
        fixture.add(XmiFixture.NAMED_ENTITY, 0, 9, "value", "PERSON");

        Article article = sut
                .read(fixture.write(dir, "lemmas.xmi"), ImportOptions.defaults().withIgnoreUnknownTypes(true))
                .get(0);

        assertThat(article.unknownTypes()).containsExactly(entry("org.example.Lemma", 2));
        assertThat(article.spans()).containsExactly(new SpanRecord("Entity", 0, 9, Map.of("type", "PERSON")));
    }

    @Test
    void anAnnotationEndingBeyondTheTextIsRefusedNamingTypeAndOffsets() throws Exception {
        XmiFixture fixture = new XmiFixture(TEXT);
        fixture.add(XmiFixture.ATTEST + "Entity", 68, 500, "type", "ORGANIZATION");
        Path xmi = fixture.write(dir, "beyond.xmi");

        assertThatThrownBy(() -> read(xmi)).isInstanceOf(ImportException.class)
                .hasMessageContaining("beyond.xmi").hasMessageContaining("org.attest.type.Entity")
                .hasMessageContaining("begin 68, end 500").hasMessageContaining("beyond the text");
    }

    @Test
    void anInvertedSpanIsRefusedNamingTypeAndOffsets() throws Exception {
        XmiFixture fixture = new XmiFixture(TEXT);
        fixture.add(XmiFixture.ATTEST + "Cue", 14, 10, "type", "CUE");
        Path xmi = fixture.write(dir, "inverted.xmi");

        assertThatThrownBy(() -> read(xmi)).isInstanceOf(ImportException.class)
                .hasMessageContaining("inverted.xmi").hasMessageContaining("org.attest.type.Cue")
                .hasMessageContaining("begin 14, end 10").hasMessageContaining("end before its begin");
    }

    @Test
    void aNegativeBeginIsRefused() throws Exception {
        XmiFixture fixture = new XmiFixture(TEXT);
        fixture.add(XmiFixture.NAMED_ENTITY, -3, 9, "value", "PER");
        Path xmi = fixture.write(dir, "negative.xmi");

        assertThatThrownBy(() -> read(xmi)).isInstanceOf(ImportException.class)
                .hasMessageContaining("negative.xmi").hasMessageContaining("begin -3, end 9")
                .hasMessageContaining("negative");
    }

    @Test
    void aMissingTypeSystemIsReportedWithWhereItWasLookedFor() throws Exception {
        Path xmi = new XmiFixture(TEXT).write(dir, "alone.xmi");
        Files.delete(dir.resolve("TypeSystem.xml"));

        assertThatThrownBy(() -> read(xmi)).isInstanceOf(ImportException.class)
                .hasMessageContaining("alone.xmi").hasMessageContaining(dir.resolve("TypeSystem.xml").toString())
                .hasMessageContaining(dir.resolve("typesystem.xml").toString());
    }

    @Test
    void aLowerCaseTypeSystemFileNameIsFound() throws Exception {
        XmiFixture fixture = new XmiFixture(TEXT);
        fixture.add(XmiFixture.NAMED_ENTITY, 0, 9, "value", "PER");
        Path xmi = fixture.write(dir, "lower.xmi");
        Path lower = dir.resolve("typesystem.xml");
        Files.move(dir.resolve("TypeSystem.xml"), dir.resolve("tmp.xml"));
        Files.move(dir.resolve("tmp.xml"), lower);

        assertThat(read(xmi).spans()).hasSize(1);
    }

    @Test
    void anXmiThatIsNotWellFormedIsRefusedNamingTheLine() throws Exception {
        Path xmi = new XmiFixture(TEXT).write(dir, "broken.xmi");
        String content = Files.readString(xmi);
        Files.writeString(xmi, content.substring(0, content.length() / 2));

        assertThatThrownBy(() -> read(xmi)).isInstanceOf(ImportException.class)
                .hasMessageContaining("broken.xmi").hasMessageContaining("line ");
    }

    @Test
    void aFeatureTheSchemaLacksIsCountedLikeAnUnknownType() throws Exception {
        XmiFixture fixture = new XmiFixture(TEXT);
        fixture.add(XmiFixture.ATTEST + "Entity", 0, 9, "type", "PERSON", "confidence", "high");
        Path xmi = fixture.write(dir, "extra-feature.xmi");

        assertThatThrownBy(() -> read(xmi)).isInstanceOf(ImportException.class)
                .hasMessageContaining("org.attest.type.Entity:confidence (1)");
        Article article = sut.read(xmi, ImportOptions.defaults().withIgnoreUnknownTypes(true)).get(0);
        assertThat(article.spans()).containsExactly(new SpanRecord("Entity", 0, 9, Map.of("type", "PERSON")));
        assertThat(article.unknownTypes()).containsExactly(entry("org.attest.type.Entity:confidence", 1));
    }

    @Test
    void aLinkToASpanThatIsNotInTheDocumentIsRefused() throws Exception {
        XmiFixture fixture = new XmiFixture(TEXT);
        AnnotationFS claim = fixture.add(XmiFixture.ATTEST + "Claim", 15, 53, "type", "statistic");
        AnnotationFS source = fixture.add(XmiFixture.ATTEST + "Source", 0, 9, "type", "person");
        AnnotationFS attribution = fixture.add(XmiFixture.ATTEST + "Attribution", 15, 53);
        XmiFixture.link(attribution, "from", claim);
        XmiFixture.link(attribution, "to", source);
        XmiFixture.link(attribution, "cue", fixture.cas.createAnnotation(
                fixture.cas.getTypeSystem().getType(XmiFixture.ATTEST + "Cue"), 10, 14));
        Path xmi = fixture.write(dir, "dangling.xmi");

        assertThatThrownBy(() -> read(xmi)).isInstanceOf(ImportException.class)
                .hasMessageContaining("dangling.xmi").hasMessageContaining("\"cue\"")
                .hasMessageContaining("org.attest.type.Attribution at 15-53")
                .hasMessageContaining("not an imported span");
    }

    @Test
    void aRelationWithoutItsTargetIsRefused() throws Exception {
        XmiFixture fixture = new XmiFixture(TEXT);
        AnnotationFS claim = fixture.add(XmiFixture.ATTEST + "Claim", 15, 53, "type", "statistic");
        XmiFixture.link(fixture.add(XmiFixture.ATTEST + "Attribution", 15, 53), "from", claim);
        Path xmi = fixture.write(dir, "half.xmi");

        assertThatThrownBy(() -> read(xmi)).isInstanceOf(ImportException.class)
                .hasMessageContaining("half.xmi").hasMessageContaining("no \"to\" span");
    }
}
