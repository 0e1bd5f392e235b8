package org.attest.core.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.attest.curation.CurationService;
import org.attest.curation.MergePolicy;
import org.attest.curation.MergeRequest;
import org.attest.model.AnnotationState;
import org.attest.model.Corpus;
import org.attest.model.CorpusFactory;
import org.attest.model.Document;
import org.attest.model.DocumentState;
import org.attest.model.Entity;
import org.attest.model.GoldState;
import org.attest.model.persist.CorpusModelFormat;
import org.attest.store.CorpusStore;
import org.attest.testing.ScriptedWork;
import org.attest.validate.CorpusValidator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The migration of format-1 corpora, written before the split layout, when they are first opened. */
class FormatOneMigrationTest {

    @TempDir
    Path tmp;

    @Test
    void aCorpusOfFormatOneIsMigratedOnFirstOpenWithANoticeAndNothingLost() throws Exception {
        Path dir = tmp.resolve("c");
        ScriptedWork.annotatedByAnnaAndBen(dir);
        try (CorpusStore store = CorpusStore.open(dir, CorpusStore.Mode.WRITE, "test")) {
            new CurationService(store).merge(new MergeRequest(MergePolicy.UNANIMOUS, false), m -> {
            });
        }
        Corpus legacy = formatOne(dir);
        Map<String, DocumentState> states = new TreeMap<>();
        legacy.getDocuments().forEach(d -> d.getStates()
                .forEach(s -> states.put(d.getId() + "/" + s.getAnnotator().getName(), s.getState())));

        try (CorpusStore sut = CorpusStore.open(dir, CorpusStore.Mode.READ, "attest info")) {
            assertThat(sut.notices()).singleElement().asString().contains("from format 1 to format 2")
                    .contains("3 document(s)");
            Map<String, DocumentState> read = new TreeMap<>();
            sut.corpus().getDocuments().forEach(d -> d.getStates()
                    .forEach(s -> read.put(d.getId() + "/" + s.getAnnotator().getName(), s.getState())));
            assertThat(read).isEqualTo(states).isNotEmpty();
            assertThat(sut.goldState(sut.corpus().getDocuments().get(0))).isEqualTo(GoldState.CURATED);
            assertThat(sut.goldState(sut.corpus().getDocuments().get(1))).isEqualTo(GoldState.IN_CURATION);
            assertThat(sut.corpus().getEntities()).extracting(Entity::getCanonicalName).containsExactly("Ana Kovačić");
            assertThat(new CorpusValidator(sut).validate(m -> {
            })).isEmpty();
        }
        assertThat(Files.readString(dir.resolve("corpus.xmi"))).contains("formatVersion=\"2\"")
                .doesNotContain("<documents");
        try (CorpusStore again = CorpusStore.open(dir, CorpusStore.Mode.READ, "attest info")) {
            assertThat(again.notices()).isEmpty();
        }
    }

    @Test
    void aCorpusOfFormatOneThatAnotherProgramWritesIsReadAsItIsUntilItCanMove() throws Exception {
        Path dir = tmp.resolve("c");
        ScriptedWork.annotatedByAnnaAndBen(dir);
        formatOne(dir);
        byte[] model = Files.readAllBytes(dir.resolve("corpus.xmi"));

        try (var holder = org.attest.store.fs.CorpusLock.acquire(dir, "an older Attest")) {
            try (CorpusStore sut = CorpusStore.open(dir, CorpusStore.Mode.READ, "attest info")) {
                assertThat(sut.notices()).singleElement().asString().contains("read as it is");
                assertThat(sut.corpus().getDocuments()).hasSize(3);
                assertThat(sut.goldState(sut.corpus().getDocuments().get(0))).isEqualTo(GoldState.CURATED);
            }
        }
        assertThat(Files.readAllBytes(dir.resolve("corpus.xmi"))).isEqualTo(model);
    }

    // Rewrites the corpus in dir as Attest wrote it before the split: one corpus.xmi with everything, no part files.
    private static Corpus formatOne(Path dir) throws Exception {
        Corpus corpus;
        try (CorpusStore store = CorpusStore.open(dir, CorpusStore.Mode.READ, "test")) {
            corpus = org.eclipse.emf.ecore.util.EcoreUtil.copy(store.corpus());
            for (int i = 0; i < corpus.getDocuments().size(); i++) {
                corpus.getDocuments().get(i).setGoldState(
                        i == 0 ? GoldState.CURATED : store.goldState(store.corpus().getDocuments().get(i)));
            }
        }
        for (AnnotationState s : corpus.getDocuments().get(0).getStates()) {
            assertThat(s.getAnnotator().eContainer()).isSameAs(corpus);
        }
        Entity entity = CorpusFactory.eINSTANCE.createEntity();
        entity.setId("E1");
        entity.setCanonicalName("Ana Kovačić");
        corpus.getEntities().add(entity);
        corpus.setFormatVersion(1);
        for (String part : List.of("schema.xmi", "annotators", "registry", ".gitignore", ".gitattributes")) {
            org.attest.store.fs.Folders.deleteQuietly(dir.resolve(part));
        }
        for (Document d : corpus.getDocuments()) {
            Files.deleteIfExists(dir.resolve("documents/" + d.getId() + "/document.xmi"));
            Path record = dir.resolve("documents/" + d.getId() + "/curation.xmi");
            if (Files.exists(record)) {
                Files.writeString(record, Files.readString(record).replaceAll(" state=\"[a-z-]+\"", ""),
                        StandardCharsets.UTF_8);
            }
        }
        String xmi = new String(CorpusModelFormat.write(corpus), StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("corpus.xmi"), xmi.replace(" formatVersion=\"1\"", ""));
        assertThat(xmi).contains("<documents").contains("goldState=\"curated\"");
        return corpus;
    }
}
