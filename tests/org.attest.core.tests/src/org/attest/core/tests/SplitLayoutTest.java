package org.attest.core.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.attest.curation.CurationService;
import org.attest.curation.MergePolicy;
import org.attest.curation.MergeRequest;
import org.attest.edit.DocumentWorkflow;
import org.attest.imports.ImportService;
import org.attest.io.ImportOptions;
import org.attest.model.Document;
import org.attest.model.DocumentState;
import org.attest.model.GoldState;
import org.attest.model.MetadataEntry;
import org.attest.registry.EntityRegistry;
import org.attest.store.CorpusException;
import org.attest.store.CorpusStore;
import org.attest.testing.CorpusFolder;
import org.attest.testing.Samples;
import org.attest.testing.ScriptedWork;
import org.attest.validate.CorpusValidator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The corpus layout in which every file has one writer. */
class SplitLayoutTest {

    @TempDir
    Path tmp;

    private Path importedSamples() throws Exception {
        Path dir = tmp.resolve("c");
        try (CorpusStore store = CorpusStore.init(dir, "flood", "test")) {
            new ImportService(store).run(
                    new ImportService.Request(List.of(Samples.project()), ImportOptions.defaults(), null, null), m -> {
                    });
        }
        return dir;
    }

    @Test
    void aNewCorpusHoldsItsHeaderSchemaAndTheFilesThatKeepGitFromChangingTexts() throws Exception {
        Path dir = importedSamples();

        assertThat(Files.readString(dir.resolve("corpus.xmi"))).contains("formatVersion=\"2\"")
                .doesNotContain("<schema").doesNotContain("<documents");
        assertThat(Files.readString(dir.resolve("schema.xmi"))).contains("<attest:Schema");
        assertThat(Files.readString(dir.resolve(".gitignore"))).contains("/.attest/");
        assertThat(Files.readString(dir.resolve(".gitattributes"))).contains("* -text");
        assertThat(Files.readString(dir.resolve("documents/harbour-flood-a/document.xmi")))
                .contains("id=\"harbour-flood-a\"")
                .contains("textSha256=");
        try (CorpusStore sut = CorpusStore.open(dir, CorpusStore.Mode.READ, "test")) {
            assertThat(sut.corpus().getDocuments()).extracting(Document::getId).containsExactly("harbour-flood-a",
                    "harbour-flood-b", "harbour-flood-c");
            assertThat(sut.corpus().getSchema().getLayers()).hasSize(6);
            assertThat(sut.notices()).isEmpty();
        }
    }

    @Test
    void anAnnotatorsStateChangeWritesTheirRecordAndNoOtherFile() throws Exception {
        Path dir = importedSamples();
        try (CorpusStore store = CorpusStore.open(dir, CorpusStore.Mode.WRITE, "test")) {
            DocumentWorkflow.reopen(store, store.document("harbour-flood-a").orElseThrow(), "anna");
            DocumentWorkflow.reopen(store, store.document("harbour-flood-a").orElseThrow(), "ben");
        }
        Map<String, String> before = CorpusFolder.snapshot(dir);

        try (CorpusStore store = CorpusStore.open(dir, CorpusStore.Mode.WRITE, "test")) {
            DocumentWorkflow.markFinished(store, store.document("harbour-flood-a").orElseThrow(), "anna");
        }

        Map<String, String> after = CorpusFolder.snapshot(dir);
        assertThat(changed(before, after)).containsExactly("annotators/anna.xmi");
        assertThat(Files.readString(dir.resolve("annotators/anna.xmi")))
                .contains("document=\"harbour-flood-a\" state=\"finished\"");
        try (CorpusStore sut = CorpusStore.open(dir, CorpusStore.Mode.READ, "test")) {
            Document a = sut.document("harbour-flood-a").orElseThrow();
            assertThat(CorpusStore.state(a, "anna")).isEqualTo(DocumentState.FINISHED);
            assertThat(CorpusStore.state(a, "ben")).isEqualTo(DocumentState.IN_PROGRESS);
        }
    }

    @Test
    void aChangeDeepInsideADocumentOrTheSchemaWritesItsOwnFileAndNoObjectBelowTheCorpusCarriesAnAdapter()
            throws Exception {
        Path dir = importedSamples();
        Map<String, String> before = CorpusFolder.snapshot(dir);

        try (CorpusStore store = CorpusStore.open(dir, CorpusStore.Mode.WRITE, "test")) {
            Document a = store.document("harbour-flood-a").orElseThrow();
            org.eclipse.emf.ecore.util.EcoreUtil.getAllContents(store.corpus(), false)
                    .forEachRemaining(o -> assertThat(((org.eclipse.emf.ecore.EObject) o).eAdapters()).isEmpty());
            MetadataEntry entry = org.attest.model.CorpusFactory.eINSTANCE.createMetadataEntry();
            entry.setKey("desk");
            a.getMetadata().add(entry);
            store.saveModel();
            entry.setValue("Regional desk"); // two levels below the corpus: the document's entry
            store.corpus().getSchema().getLayers().get(0).setDescription("Edited by hand");
            store.saveModel();
        }

        Map<String, String> after = CorpusFolder.snapshot(dir);
        assertThat(changed(before, after)).containsExactlyInAnyOrder("documents/harbour-flood-a/document.xmi",
                "schema.xmi");
        assertThat(Files.readString(dir.resolve("documents/harbour-flood-a/document.xmi")))
                .contains("Regional desk");
        assertThat(Files.readString(dir.resolve("schema.xmi"))).contains("Edited by hand");
    }

    @Test
    void removingSeveralEntitiesInOneCallDeletesTheirFilesAndKeepsTheOthers() throws Exception {
        Path dir = importedSamples();
        List<String> ids = new java.util.ArrayList<>();
        try (CorpusStore store = CorpusStore.open(dir, CorpusStore.Mode.WRITE, "test")) {
            EntityRegistry registry = new EntityRegistry(store.corpus());
            for (String name : List.of("Ana Kovačić", "Red Cross", "Lieva", "Marco Rossi")) {
                var create = registry.createEntity(name, "PERSON");
                create.execute();
                ids.add(create.created().getId());
            }
            store.saveModel();

            // one REMOVE_MANY notification, whose new value is the removed positions, not entities
            store.corpus().getEntities()
                    .removeAll(
                            store.corpus().getEntities().stream().filter(e -> !e.getId().equals(ids.get(1))).toList());
            store.saveModel();
        }

        try (CorpusStore sut = CorpusStore.open(dir, CorpusStore.Mode.READ, "test")) {
            assertThat(sut.corpus().getEntities()).extracting(e -> e.getId()).containsExactly(ids.get(1));
        }
        assertThat(dir.resolve("registry/entities/" + ids.get(1) + ".xmi")).exists();
        for (String gone : List.of(ids.get(0), ids.get(2), ids.get(3))) {
            assertThat(dir.resolve("registry/entities/" + gone + ".xmi")).doesNotExist();
        }
    }

    @Test
    void entitiesAreOneFileEachAndAMergedOneLeavesNoFileBehind() throws Exception {
        Path dir = importedSamples();
        String kept;
        String gone;
        try (CorpusStore store = CorpusStore.open(dir, CorpusStore.Mode.WRITE, "test")) {
            EntityRegistry registry = new EntityRegistry(store.corpus());
            var first = registry.createEntity("Ana Kovačić", "PERSON");
            first.execute();
            var second = registry.createEntity("Mayor Kovačić", "PERSON");
            second.execute();
            kept = first.created().getId();
            gone = second.created().getId();
            store.saveModel();
            assertThat(dir.resolve("registry/entities/" + kept + ".xmi")).exists();
            assertThat(dir.resolve("registry/entities/" + gone + ".xmi")).exists();

            registry.merge(first.created(), second.created()).execute();
            store.saveModel();
        }

        assertThat(dir.resolve("registry/entities/" + gone + ".xmi")).doesNotExist();
        try (CorpusStore sut = CorpusStore.open(dir, CorpusStore.Mode.READ, "test")) {
            assertThat(sut.corpus().getEntities()).singleElement().satisfies(e -> {
                assertThat(e.getId()).isEqualTo(kept);
                assertThat(e.getMergedIds()).containsExactly(gone);
                assertThat(e.getAliases()).containsExactly("Mayor Kovačić");
            });
        }
    }

    @Test
    void theGoldStateLivesInTheCurationRecordThatOnlyReviewersWrite() throws Exception {
        Path dir = tmp.resolve("c");
        ScriptedWork.annotatedByAnnaAndBen(dir);
        Map<String, String> before = CorpusFolder.snapshot(dir);

        try (CorpusStore store = CorpusStore.open(dir, CorpusStore.Mode.WRITE, "test")) {
            new CurationService(store).merge(new MergeRequest(MergePolicy.UNANIMOUS, false), m -> {
            });
        }

        Map<String, String> after = CorpusFolder.snapshot(dir);
        assertThat(changed(before, after)).isNotEmpty()
                .allMatch(path -> path.matches("documents/[^/]+/(gold\\.bcas|curation\\.xmi)")
                        || path.startsWith(".attest/"));
        try (CorpusStore sut = CorpusStore.open(dir, CorpusStore.Mode.READ, "test")) {
            Document first = sut.corpus().getDocuments().get(0);
            assertThat(sut.goldState(first)).isEqualTo(GoldState.IN_CURATION);
            assertThat(Files.readString(sut.layout().curationRecord(first.getId()))).contains("state=\"in-curation\"");
        }
    }

    @Test
    void aStateForADocumentTheCorpusDoesNotHoldIsKeptAndReported() throws Exception {
        Path dir = importedSamples();
        try (CorpusStore store = CorpusStore.open(dir, CorpusStore.Mode.WRITE, "test")) {
            DocumentWorkflow.reopen(store, store.document("harbour-flood-a").orElseThrow(), "anna");
        }
        String record = Files.readString(dir.resolve("annotators/anna.xmi"));
        Files.writeString(dir.resolve("annotators/anna.xmi"), record.replace("</attest:AnnotatorRecord>",
                "  <progress document=\"arrives-later\" state=\"finished\"/>\n</attest:AnnotatorRecord>"));

        try (CorpusStore store = CorpusStore.open(dir, CorpusStore.Mode.WRITE, "test")) {
            assertThat(store.unplacedStates()).containsEntry("anna", List.of("arrives-later"));
            assertThat(new CorpusValidator(store).validate(m -> {
            }))
                    .anySatisfy(f -> assertThat(f.describe()).contains("anna.xmi").contains("'arrives-later'"));
            DocumentWorkflow.markFinished(store, store.document("harbour-flood-b").orElseThrow(), "anna");
        }

        assertThat(Files.readString(dir.resolve("annotators/anna.xmi")))
                .contains("document=\"arrives-later\" state=\"finished\"")
                .contains("document=\"harbour-flood-b\" state=\"finished\"");
    }

    @Test
    void theModelCacheServesUnchangedPartsAndNeverHidesAChangedOrDamagedOne() throws Exception {
        Path dir = importedSamples();
        Path cache = dir.resolve(".attest/cache/model.bin");
        try (CorpusStore store = CorpusStore.open(dir, CorpusStore.Mode.READ, "test")) {
            assertThat(store.corpus().getDocuments()).hasSize(3);
        }
        assertThat(cache).exists();
        Path meta = dir.resolve("documents/harbour-flood-b/document.xmi");
        Path edited = dir.resolve("documents/harbour-flood-b/.edited");
        Files.writeString(edited, Files.readString(meta).replace("title=\"", "title=\"Revised: "));
        Files.move(edited, meta, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                java.nio.file.StandardCopyOption.ATOMIC_MOVE);

        try (CorpusStore store = CorpusStore.open(dir, CorpusStore.Mode.READ, "test")) {
            assertThat(store.document("harbour-flood-b").orElseThrow().getTitle()).startsWith("Revised: ");
            assertThat(store.document("harbour-flood-a").orElseThrow().getTitle()).doesNotStartWith("Revised: ");
        }
        byte[] bytes = Files.readAllBytes(cache);
        bytes[bytes.length / 2] ^= 0x5A;
        Files.write(cache, bytes);
        try (CorpusStore store = CorpusStore.open(dir, CorpusStore.Mode.READ, "test")) {
            assertThat(store.corpus().getDocuments()).extracting(Document::getTitle).hasSize(3).doesNotContainNull();
            assertThat(store.document("harbour-flood-b").orElseThrow().getTitle()).startsWith("Revised: ");
        }
        assertThat(Files.readAllBytes(cache)).isNotEqualTo(bytes);
    }

    @Test
    void aPartFileRenamedByHandIsRefusedNamingTheFile() throws Exception {
        Path dir = importedSamples();
        try (CorpusStore store = CorpusStore.open(dir, CorpusStore.Mode.WRITE, "test")) {
            DocumentWorkflow.reopen(store, store.document("harbour-flood-a").orElseThrow(), "anna");
        }
        Files.move(dir.resolve("annotators/anna.xmi"), dir.resolve("annotators/anne.xmi"));

        assertThatThrownBy(() -> CorpusStore.open(dir, CorpusStore.Mode.READ, "test"))
                .isInstanceOf(CorpusException.class)
                .hasMessageContaining("anne.xmi").hasMessageContaining("'anna'")
                .hasMessageContaining("give it back its name");
    }

    @Test
    void aSchemaFileWhoseLayerNameNoTypeSystemAcceptsIsNamedInsteadOfTheHeader() throws Exception {
        Path dir = importedSamples();
        Path schema = dir.resolve("schema.xmi");
        Files.writeString(schema, Files.readString(schema).replaceFirst("name=\"Entity\"", "name=\"En tity\""));

        assertThatThrownBy(() -> CorpusStore.open(dir, CorpusStore.Mode.WRITE, "test"))
                .isInstanceOf(CorpusException.class)
                .hasMessageContaining(schema + " describes a schema Attest cannot use")
                .hasMessageContaining("'En tity'");
        assertThat(dir.resolve(org.attest.store.fs.CorpusLock.LOCK_FILE))
                .as("the refused open released the lock it took").doesNotExist();
    }

    private static List<String> changed(Map<String, String> before, Map<String, String> after) {
        TreeMap<String, String> all = new TreeMap<>(before);
        all.putAll(after);
        return all.keySet().stream().filter(k -> !java.util.Objects.equals(before.get(k), after.get(k))).toList();
    }
}
