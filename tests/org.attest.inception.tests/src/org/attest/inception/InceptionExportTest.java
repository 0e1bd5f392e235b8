package org.attest.inception;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attest.inception.InceptionImportTest.entities;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipFile;

import org.attest.io.ImportOptions;
import org.attest.model.Document;
import org.attest.model.DocumentState;
import org.attest.model.GoldState;
import org.attest.store.CorpusStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InceptionExportTest {

    @TempDir
    Path tmp;

    @Test
    void thatAnExportedCorpusImportsBackWithItsDocumentsAnnotatorsStatesSpansAndGold() throws Exception {
        Path first = imported("first");
        InceptionExport.Result result;
        try (CorpusStore store = CorpusStore.open(first, CorpusStore.Mode.READ, "test")) {
            result = new InceptionExport(store).run(tmp.resolve("out"));
        }
        assertThat(result.file()).isEqualTo(tmp.resolve("out").resolve("first-inception.zip"));
        assertThat(result.annotationFiles()).isEqualTo(3);
        assertThat(result.curatedFiles()).isEqualTo(1);

        try (CorpusStore again = CorpusStore.init(tmp.resolve("again"), null, "test")) {
            new InceptionImport(again).run(result.file(), ImportOptions.defaults());

            assertThat(again.corpus().getDocuments()).extracting(Document::getId).containsExactly("harbour",
                    "storm");
            Document harbour = again.document("harbour").orElseThrow();
            Document storm = again.document("storm").orElseThrow();
            assertThat(again.readText(harbour)).isEqualTo(InceptionImportTest.HARBOUR);
            assertThat(CorpusStore.state(harbour, "anna")).isEqualTo(DocumentState.FINISHED);
            assertThat(CorpusStore.state(harbour, "ben")).isEqualTo(DocumentState.IN_PROGRESS);
            assertThat(CorpusStore.state(storm, "carl")).isEqualTo(DocumentState.NEW);
            assertThat(entities(again.readCas(harbour, "anna"))).containsExactly("0-9 PERSON", "36-42 LOCATION");
            assertThat(entities(again.readCas(storm, "anna"))).containsExactly("14-18 LOCATION");
            assertThat(entities(again.readGold(harbour))).containsExactly("0-9 PERSON", "36-42 LOCATION");
            assertThat(again.goldState(harbour)).isEqualTo(GoldState.CURATED);
        }
    }

    @Test
    void thatTheArchiveFollowsInceptionsLayout() throws Exception {
        Path first = imported("first");
        Path file;
        try (CorpusStore store = CorpusStore.open(first, CorpusStore.Mode.READ, "test")) {
            file = new InceptionExport(store).run(tmp.resolve("out")).file();
        }
        try (ZipFile zip = new ZipFile(file.toFile())) {
            assertThat(zip.stream().map(e -> e.getName())).contains("exportedproject.json", "source/harbour.txt",
                    "annotation/harbour.txt/anna.zip", "annotation_ser/harbour.txt/anna.ser",
                    "curation/harbour.txt/CURATION_USER.zip", "curation_ser/harbour.txt/CURATION_USER.ser");
            String json = new String(zip.getInputStream(zip.getEntry("exportedproject.json")).readAllBytes(),
                    java.nio.charset.StandardCharsets.UTF_8);
            assertThat(json).contains("\"source_documents\"", "\"annotation_documents\"", "\"CURATION_FINISHED\"",
                    "\"user\" : \"ben\"", "\"state\" : \"IN_PROGRESS\"", ProjectBuilder.NE);
        }
    }

    @Test
    void thatAnUnchangedCorpusExportsTheSameBytes() throws Exception {
        Path first = imported("first");
        try (CorpusStore store = CorpusStore.open(first, CorpusStore.Mode.READ, "test")) {
            byte[] once = Files.readAllBytes(new InceptionExport(store).run(tmp.resolve("a")).file());
            byte[] twice = Files.readAllBytes(new InceptionExport(store).run(tmp.resolve("b")).file());

            assertThat(twice).isEqualTo(once);
        }
    }

    private Path imported(String name) throws Exception {
        Path zip = InceptionImportTest.twoDocuments().write(tmp.resolve(name + ".zip"));
        Path dir = tmp.resolve(name);
        try (CorpusStore store = CorpusStore.init(dir, null, "test")) {
            new InceptionImport(store).run(zip, ImportOptions.defaults());
        }
        return dir;
    }
}
