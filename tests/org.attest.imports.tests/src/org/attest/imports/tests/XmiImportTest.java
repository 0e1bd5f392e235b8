package org.attest.imports.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.apache.uima.cas.CAS;
import org.apache.uima.cas.impl.XmiCasSerializer;
import org.apache.uima.cas.text.AnnotationFS;
import org.apache.uima.util.TypeSystemUtil;
import org.attest.cas.CasFactory;
import org.attest.cas.Layers;
import org.attest.core.info.CorpusInfo;
import org.attest.core.info.CorpusSummary;
import org.attest.core.schema.SchemaService;
import org.attest.imports.ImportReport;
import org.attest.imports.ImportService;
import org.attest.io.ImportException;
import org.attest.io.ImportOptions;
import org.attest.model.CorpusFactory;
import org.attest.model.Document;
import org.attest.model.DocumentState;
import org.attest.model.Schema;
import org.attest.model.SpanLayer;
import org.attest.model.Tag;
import org.attest.model.persist.CorpusModelFormat;
import org.attest.model.schema.DefaultSchema;
import org.attest.model.schema.Schemas;
import org.attest.store.CorpusException;
import org.attest.store.CorpusStore;
import org.attest.testing.CorpusFolder;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Annotations made in another UIMA tool arrive in one annotator's set, counted, with nothing dropped silently. */
class XmiImportTest {

    private static final String TEXT = "Up to 40 people are missing, Mayor Ana Kovačić said on Saturday.\n";

    @TempDir
    Path tmp;

    private Path corpus;
    private Path exported;

    @BeforeEach
    void exportAnAnnotatedXmi() throws Exception {
        corpus = tmp.resolve("corpus");
        CorpusStore.init(corpus, "test", "test").close();
        exported = Files.createDirectories(tmp.resolve("from-inception"));
        CasFactory factory = new CasFactory(DefaultSchema.create());
        CAS cas = factory.newCas(TEXT);
        Layers layers = new Layers(cas, factory.schema());
        AnnotationFS claim = layers.addSpan("Claim", 0, 27,
                Map.of("type", "statistic", "value", 40.0, "qualifier", "up to", "unit", "people missing"));
        AnnotationFS source = layers.addSpan("Source", 29, 46, Map.of("type", "person"));
        AnnotationFS cue = layers.addSpan("Cue", 47, 51, Map.of("type", "CUE"));
        layers.addSpan("Entity", 35, 46, Map.of("type", "PERSON"));
        layers.addRelation("Attribution", claim, source, Map.of("cue", cue));
        try (OutputStream out = Files.newOutputStream(exported.resolve("flood.xmi"))) {
            XmiCasSerializer.serialize(cas, out);
        }
        try (OutputStream out = Files.newOutputStream(exported.resolve("TypeSystem.xml"))) {
            TypeSystemUtil.typeSystem2TypeSystemDescription(cas.getTypeSystem()).toXML(out);
        }
    }

    private ImportReport importAs(String annotator) throws Exception {
        try (CorpusStore store = CorpusStore.open(corpus, CorpusStore.Mode.WRITE, "test")) {
            return new ImportService(store)
                    .run(new ImportService.Request(List.of(exported), ImportOptions.defaults(), annotator,
                            DocumentState.FINISHED), m -> {
                            });
        }
    }

    @Test
    void annotationsGoIntoTheNamedAnnotatorsSetWithTheirFeaturesAndRelations() throws Exception {
        ImportReport report = importAs("anna");

        assertThat(report.annotations()).singleElement().satisfies(a -> {
            assertThat(a.annotator()).isEqualTo("anna");
            assertThat(a.perLayer()).containsEntry("Entity", 1).containsEntry("Claim", 1).containsEntry("Attribution",
                    1);
        });
        try (CorpusStore store = CorpusStore.open(corpus, CorpusStore.Mode.READ, "test")) {
            Document d = store.corpus().getDocuments().get(0);
            assertThat(CorpusStore.state(d, "anna")).isEqualTo(DocumentState.FINISHED);
            Layers sut = new Layers(store.readCas(d, "anna"), store.corpus().getSchema());
            AnnotationFS claim = sut.spans("Claim").get(0);
            assertThat(claim.getCoveredText()).isEqualTo("Up to 40 people are missing");
            assertThat(sut.value(claim, "value")).isEqualTo(40.0);
            assertThat(sut.value(claim, "qualifier")).isEqualTo("up to");
            AnnotationFS attribution = sut.relations("Attribution").get(0);
            assertThat(((AnnotationFS) sut.value(attribution, "to")).getCoveredText()).isEqualTo("Mayor Ana Kovačić");
            assertThat(((AnnotationFS) sut.value(attribution, "cue")).getCoveredText()).isEqualTo("said");
            assertThat(store.readText(d)).isEqualTo(TEXT);

            CorpusSummary info = new CorpusInfo(store).summarise();
            assertThat(info.countsPerAnnotator().get("anna")).containsEntry("Entity", 1).containsEntry("Source", 1)
                    .containsEntry("Cue", 1)
                    .containsEntry("Via", 0);
        }
    }

    @Test
    void theSameXmiForASecondAnnotatorAddsTheirSetToTheSameDocument() throws Exception {
        importAs("anna");

        ImportReport second = importAs("kari");

        assertThat(second.added()).isEmpty();
        assertThat(second.duplicates()).hasSize(1);
        try (CorpusStore store = CorpusStore.open(corpus, CorpusStore.Mode.READ, "test")) {
            assertThat(store.corpus().getDocuments()).hasSize(1);
            Document d = store.corpus().getDocuments().get(0);
            assertThat(store.hasCas(d, "anna")).isTrue();
            assertThat(store.hasCas(d, "kari")).isTrue();
        }
    }

    @Test
    void reimportingForTheSameAnnotatorKeepsTheirWork() throws Exception {
        importAs("anna");
        Map<String, String> before = CorpusFolder.snapshot(corpus);

        ImportReport again = importAs("anna");

        assertThat(again.annotations()).singleElement()
                .satisfies(a -> assertThat(a.skippedBecause()).contains("already has annotations"));
        assertThat(CorpusFolder.snapshot(corpus).keySet()).isEqualTo(before.keySet());
    }

    @Test
    void aSchemaChangeThatWouldOrphanAnnotationsIsRefusedWithThemListed() throws Exception {
        importAs("anna");
        Map<String, String> before = CorpusFolder.snapshot(corpus);
        Schema edited;
        try (CorpusStore store = CorpusStore.open(corpus, CorpusStore.Mode.READ, "test")) {
            edited = CorpusModelFormat.readSchema(CorpusModelFormat.writeSchema(store.corpus().getSchema()),
                    "schema.xmi");
        }
        SpanLayer claim = (SpanLayer) Schemas.layer(edited, "Claim").orElseThrow();
        claim.getFeatures().remove(Schemas.feature(claim, "unit").orElseThrow());

        try (CorpusStore store = CorpusStore.open(corpus, CorpusStore.Mode.WRITE, "test")) {
            SchemaService sut = new SchemaService(store);
            assertThatThrownBy(() -> sut.apply(edited)).isInstanceOf(CorpusException.class)
                    .hasMessageContaining("refused").hasMessageContaining("flood (anna)")
                    .hasMessageContaining("'unit'");
        }
        assertThat(CorpusFolder.snapshot(corpus)).isEqualTo(before);
    }

    @Test
    void anAdditiveSchemaChangeIsInstalledAndOldAnnotationsStillLoad() throws Exception {
        importAs("anna");
        Schema edited;
        try (CorpusStore store = CorpusStore.open(corpus, CorpusStore.Mode.READ, "test")) {
            edited = CorpusModelFormat.readSchema(CorpusModelFormat.writeSchema(store.corpus().getSchema()),
                    "schema.xmi");
        }
        Tag weapon = CorpusFactory.eINSTANCE.createTag();
        weapon.setName("WEAPON");
        weapon.setHotKey("w");
        edited.getTagsets().stream().filter(t -> t.getName().equals("EntityType")).findFirst().orElseThrow().getTags()
                .add(weapon);

        try (CorpusStore store = CorpusStore.open(corpus, CorpusStore.Mode.WRITE, "test")) {
            new SchemaService(store).apply(edited);
        }

        try (CorpusStore store = CorpusStore.open(corpus, CorpusStore.Mode.READ, "test")) {
            assertThat(store.corpus().getSchema().getVersion()).isEqualTo(2);
            Layers sut = new Layers(store.readCas(store.corpus().getDocuments().get(0), "anna"),
                    store.corpus().getSchema());
            assertThat(sut.spans("Claim")).hasSize(1);
            assertThat(Schemas.hotKey(store.corpus().getSchema(), "w")).isPresent();
        }
    }

    @Test
    void annotationsWithoutAnAnnotatorAreRefusedNotDropped() throws Exception {
        Map<String, String> before = CorpusFolder.snapshot(corpus);

        assertThatThrownBy(() -> importAs(null)).isInstanceOfSatisfying(ImportException.class,
                e -> assertThat(e.remedy()).isEqualTo(ImportException.Remedy.NAME_ANNOTATOR))
                .hasMessageContaining("flood.xmi")
                .hasMessageContaining("no annotator was named").hasMessageNotContaining("--annotator");

        assertThat(CorpusFolder.snapshot(corpus)).isEqualTo(before);
    }
}
