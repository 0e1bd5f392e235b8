package org.attest.inception;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.attest.inception.ProjectBuilder.span;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.uima.cas.CAS;
import org.apache.uima.cas.Type;
import org.apache.uima.cas.text.AnnotationFS;
import org.attest.curation.CurationService;
import org.attest.curation.DocumentStatus;
import org.attest.io.ImportException;
import org.attest.io.ImportLimitException;
import org.attest.io.ImportOptions;
import org.attest.model.Document;
import org.attest.model.DocumentState;
import org.attest.model.GoldDecision;
import org.attest.model.GoldState;
import org.attest.store.CorpusStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InceptionImportTest {

    static final String HARBOUR = "Anna Berg met Euro-style traders in Zürich.";
    static final String STORM = "The storm hit Oslo.";

    @TempDir
    Path tmp;

    /** A project of two documents: anna finished both, ben is in progress on one, the first is curated. */
    static ProjectBuilder twoDocuments() throws Exception {
        return new ProjectBuilder().source("harbour.txt", "CURATION_FINISHED", HARBOUR)
                .source("storm.txt", "ANNOTATION_IN_PROGRESS", STORM)
                .state("harbour.txt", "anna", "FINISHED").state("harbour.txt", "ben", "IN_PROGRESS")
                .state("storm.txt", "anna", "FINISHED").state("storm.txt", "carl", "NEW")
                .annotations("annotation", "harbour.txt", "anna", HARBOUR,
                        span(ProjectBuilder.NE, 0, 9, "value", "PER"), span(ProjectBuilder.NE, 36, 42, "value", "LOC"))
                .annotations("annotation", "harbour.txt", "ben", HARBOUR,
                        span(ProjectBuilder.NE, 0, 4, "value", "PER"))
                .annotations("annotation", "storm.txt", "anna", STORM, span(ProjectBuilder.NE, 14, 18, "value", "LOC"))
                .annotations("curation", "harbour.txt", "CURATION_USER", HARBOUR,
                        span(ProjectBuilder.NE, 0, 9, "value", "PER"),
                        span(ProjectBuilder.NE, 36, 42, "value", "LOC"));
    }

    @Test
    void thatAProjectBecomesACorpusWithItsAnnotatorsTheirStatesAndTheGold() throws Exception {
        Path zip = twoDocuments().write(tmp.resolve("harbour.zip"));
        try (CorpusStore store = CorpusStore.init(tmp.resolve("corpus"), null, "test")) {
            InceptionReport report = new InceptionImport(store).run(zip, ImportOptions.defaults());

            assertThat(report.documents()).extracting(InceptionReport.Document::id).containsExactly("harbour", "storm");
            Document harbour = store.document("harbour").orElseThrow();
            Document storm = store.document("storm").orElseThrow();
            assertThat(store.readText(harbour)).isEqualTo(HARBOUR);
            assertThat(CorpusStore.state(harbour, "anna")).isEqualTo(DocumentState.FINISHED);
            assertThat(CorpusStore.state(harbour, "ben")).isEqualTo(DocumentState.IN_PROGRESS);
            assertThat(CorpusStore.state(storm, "carl")).isEqualTo(DocumentState.NEW);
            assertThat(store.hasCas(storm, "carl")).isFalse();
            assertThat(entities(store.readCas(harbour, "anna"))).containsExactly("0-9 PERSON", "36-42 LOCATION");
            assertThat(entities(store.readCas(harbour, "ben"))).containsExactly("0-4 PERSON");
            assertThat(entities(store.readGold(harbour))).containsExactly("0-9 PERSON", "36-42 LOCATION");
            assertThat(store.goldState(harbour)).isEqualTo(GoldState.CURATED);
            assertThat(store.goldState(storm)).isEqualTo(GoldState.NONE);
        }
    }

    @Test
    void thatEveryGoldDecisionSaysItWasImportedFromInception() throws Exception {
        Path zip = twoDocuments().write(tmp.resolve("harbour.zip"));
        try (CorpusStore store = CorpusStore.init(tmp.resolve("corpus"), null, "test")) {
            new InceptionImport(store).run(zip, ImportOptions.defaults());

            List<GoldDecision> decisions = store.curationRecords().read(store.document("harbour").orElseThrow())
                    .orElseThrow().getDecisions();
            assertThat(decisions).hasSize(2).allSatisfy(d -> {
                assertThat(d.getComment()).isEqualTo("imported from INCEpTION");
                assertThat(d.getReviewer()).isEqualTo("INCEpTION");
                // anna finished the document with the same spans; ben, in progress, does not count
                assertThat(d.getSupporters()).containsExactly("anna");
                assertThat(d.getBasis()).isEqualTo(d.getValue() + "=anna");
            });
            assertThat(decisions).extracting(GoldDecision::getValue).containsExactly("PERSON", "LOCATION");
        }
    }

    @Test
    void thatTheCurationSeesTheImportedGoldAsDecidedNotChanged() throws Exception {
        Path zip = twoDocuments().write(tmp.resolve("harbour.zip"));
        try (CorpusStore store = CorpusStore.init(tmp.resolve("corpus"), null, "test")) {
            new InceptionImport(store).run(zip, ImportOptions.defaults());

            DocumentStatus sut = new CurationService(store).status(false, m -> {
            }).stream().filter(s -> s.document().equals("harbour")).findFirst().orElseThrow();
            assertThat(sut.decided()).isEqualTo(2);
            assertThat(sut.changed()).isZero();
            assertThat(sut.open()).isZero();
            assertThat(sut.goldState()).isEqualTo(GoldState.CURATED);
        }
    }

    @Test
    void thatACustomLayerNamedLikeASchemaLayerIsImportedAndAnUnknownOneIsReportedWithItsCount() throws Exception {
        Path zip = new ProjectBuilder().source("harbour.txt", "ANNOTATION_IN_PROGRESS", HARBOUR)
                .state("harbour.txt", "anna", "IN_PROGRESS")
                .annotations("annotation", "harbour.txt", "anna", HARBOUR,
                        span(ProjectBuilder.CLAIM, 10, 24, "type", "event"),
                        span(ProjectBuilder.SENTIMENT, 0, 9, "polarity", "neutral"),
                        span(ProjectBuilder.SENTIMENT, 14, 24, "polarity", "positive"),
                        span(ProjectBuilder.POS, 0, 4, "PosValue", "NNP"))
                .write(tmp.resolve("harbour.zip"));
        try (CorpusStore store = CorpusStore.init(tmp.resolve("corpus"), null, "test")) {
            InceptionReport report = new InceptionImport(store).run(zip, ImportOptions.defaults());

            CAS cas = store.readCas(store.document("harbour").orElseThrow(), "anna");
            Type claim = cas.getTypeSystem().getType("org.attest.type.Claim");
            List<String> claims = new ArrayList<>();
            cas.<AnnotationFS>getAnnotationIndex(claim).forEach(c -> claims.add(c.getCoveredText()));
            assertThat(claims).containsExactly("met Euro-style");
            assertThat(report.unmappedLayers()).containsKey(ProjectBuilder.SENTIMENT);
            assertThat(report.leftOut()).containsEntry(ProjectBuilder.SENTIMENT, 2).containsEntry(ProjectBuilder.POS,
                    1);
        }
    }

    @Test
    void thatAnEntryNamedOutsideTheArchiveIsRefusedAndNothingIsImported() throws Exception {
        for (String name : List.of("../escaped.txt", "source/../../escaped.txt", "/etc/escaped.txt",
                "C:/escaped.txt", "source\\..\\escaped.txt")) {
            Path zip = twoDocuments().raw(name, "x".getBytes(StandardCharsets.UTF_8))
                    .write(tmp.resolve("evil" + Math.abs(name.hashCode()) + ".zip"));
            Path dir = tmp.resolve("corpus" + Math.abs(name.hashCode()));
            try (CorpusStore store = CorpusStore.init(dir, null, "test")) {
                assertThatThrownBy(() -> new InceptionImport(store).run(zip, ImportOptions.defaults()))
                        .isInstanceOf(ImportException.class).hasMessageContaining(zip.toString())
                        .hasMessageContaining(name).hasMessageContaining("nothing was imported");
                assertThat(store.corpus().getDocuments()).isEmpty();
            }
            assertThat(tmp.resolve("escaped.txt")).doesNotExist();
        }
    }

    @Test
    void thatAnEntryLargerThanTheLimitIsRefusedWhileItIsUnpacked() throws Exception {
        Path zip = twoDocuments().raw("source/big.txt", new byte[64 * 1024]).write(tmp.resolve("big.zip"));
        try (CorpusStore store = CorpusStore.init(tmp.resolve("corpus"), null, "test")) {
            assertThatThrownBy(() -> new InceptionImport(store).run(zip,
                    ImportOptions.defaults().withMaxFileBytes(32 * 1024)))
                    .isInstanceOf(ImportLimitException.class).hasMessageContaining("source/big.txt")
                    .hasMessageContaining("32768");
            assertThat(store.corpus().getDocuments()).isEmpty();
        }
    }

    @Test
    void thatASourceDocumentWithoutItsFileIsRefusedNamingIt() throws Exception {
        Path zip = twoDocuments().source("gone.txt", "NEW", null).write(tmp.resolve("harbour.zip"));
        try (CorpusStore store = CorpusStore.init(tmp.resolve("corpus"), null, "test")) {
            assertThatThrownBy(() -> new InceptionImport(store).run(zip, ImportOptions.defaults()))
                    .isInstanceOf(ImportException.class).hasMessageContaining("source/gone.txt")
                    .hasMessageContaining(zip.toString());
            assertThat(store.corpus().getDocuments()).isEmpty();
        }
    }

    @Test
    void thatADocumentWithOnlyItsSourceFileGetsItsTextFromIt() throws Exception {
        Path zip = new ProjectBuilder().source("storm.txt", "NEW", STORM).write(tmp.resolve("storm.zip"));
        try (CorpusStore store = CorpusStore.init(tmp.resolve("corpus"), null, "test")) {
            new InceptionImport(store).run(zip, ImportOptions.defaults());

            assertThat(store.readText(store.document("storm").orElseThrow())).isEqualTo(STORM);
        }
    }

    @Test
    void thatACorpusWithDocumentsIsRefused() throws Exception {
        Path zip = twoDocuments().write(tmp.resolve("harbour.zip"));
        try (CorpusStore store = CorpusStore.init(tmp.resolve("corpus"), null, "test")) {
            new InceptionImport(store).run(zip, ImportOptions.defaults());

            assertThatThrownBy(() -> new InceptionImport(store).run(zip, ImportOptions.defaults()))
                    .isInstanceOf(ImportException.class).hasMessageContaining("new folder");
        }
    }

    @Test
    void thatOnlyAZipWithAProjectJsonIsTakenForAProjectExport() throws Exception {
        Path project = twoDocuments().write(tmp.resolve("harbour.zip"));
        Path other = tmp.resolve("other.zip");
        Files.write(other, new byte[]{'P', 'K', 3, 4});

        assertThat(InceptionImport.isProjectExport(project)).isTrue();
        assertThat(InceptionImport.isProjectExport(other)).isFalse();
    }

    static List<String> entities(CAS cas) {
        Type entity = cas.getTypeSystem().getType("org.attest.type.Entity");
        List<String> out = new ArrayList<>();
        for (AnnotationFS fs : cas.<AnnotationFS>getAnnotationIndex(entity)) {
            out.add(fs.getBegin() + "-" + fs.getEnd() + " "
                    + fs.getStringValue(entity.getFeatureByBaseName("type")));
        }
        return out;
    }
}
