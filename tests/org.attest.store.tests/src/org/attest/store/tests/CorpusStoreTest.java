package org.attest.store.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.apache.uima.cas.CAS;
import org.attest.cas.AttestTypes;
import org.attest.cas.Layers;
import org.attest.imports.ImportService;
import org.attest.io.ImportOptions;
import org.attest.model.Document;
import org.attest.store.CorpusException;
import org.attest.store.CorpusStore;
import org.attest.store.Hashes;
import org.attest.testing.Samples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusStoreTest {

    @TempDir
    Path tmp;

    private Path corpusWithOneDocument() throws Exception {
        Path dir = tmp.resolve("c");
        try (CorpusStore store = CorpusStore.init(dir, "test", "test")) {
            new ImportService(store)
                    .run(new ImportService.Request(List.of(Samples.project().resolve("harbour-flood-a.txt")),
                            ImportOptions.defaults(), null, null), m -> {
                            });
        }
        return dir;
    }

    @Test
    void initCreatesAReadableCorpusWithTheDefaultSchema() throws Exception {
        try (CorpusStore sut = CorpusStore.init(tmp.resolve("new"), null, "test")) {
            assertThat(sut.corpus().getName()).isEqualTo("new");
        }
        try (CorpusStore sut = CorpusStore.open(tmp.resolve("new"), CorpusStore.Mode.READ, "test")) {
            assertThat(sut.corpus().getSchema().getLayers()).extracting(l -> l.getName())
                    .containsExactly("Entity", "Claim", "Source", "Cue", "Attribution", "Via");
            assertThat(Files.readString(sut.layout().model())).contains("<attest:Corpus");
        }
    }

    @Test
    void initRefusesAFolderThatIsNotEmpty() throws Exception {
        Files.writeString(tmp.resolve("notes.txt"), "mine");

        assertThatThrownBy(() -> CorpusStore.init(tmp, null, "test")).isInstanceOf(CorpusException.class)
                .hasMessageContaining("is not empty");
        assertThat(Files.readString(tmp.resolve("notes.txt"))).isEqualTo("mine");
    }

    @Test
    void openingAFolderWithoutACorpusNamesTheFolderAndCreatingOneAsTheRemedy() {
        assertThatThrownBy(() -> CorpusStore.open(tmp, CorpusStore.Mode.READ, "test"))
                .isInstanceOfSatisfying(CorpusException.class, e -> {
                    assertThat(e).hasMessageContaining(tmp + " is not an Attest corpus")
                            .hasMessageNotContaining("attest init");
                    assertThat(e.remedy()).isEqualTo(CorpusException.Remedy.CREATE_CORPUS);
                    assertThat(e.corpus()).contains(tmp.toAbsolutePath().normalize());
                });
    }

    @Test
    void aSecondWriterIsRefusedWhileTheFirstHoldsTheCorpus() throws Exception {
        Path dir = corpusWithOneDocument();
        try (CorpusStore first = CorpusStore.open(dir, CorpusStore.Mode.WRITE, "Attest workbench")) {
            assertThat(first.writable()).isTrue();
            assertThatThrownBy(() -> CorpusStore.open(dir, CorpusStore.Mode.WRITE, "attest import"))
                    .isInstanceOf(CorpusException.class)
                    .hasMessageContaining("Attest workbench");
            try (CorpusStore reader = CorpusStore.open(dir, CorpusStore.Mode.READ, "attest info")) {
                assertThat(reader.corpus().getDocuments()).hasSize(1);
            }
        }
        try (CorpusStore again = CorpusStore.open(dir, CorpusStore.Mode.WRITE, "attest import")) {
            assertThat(again.writable()).isTrue();
        }
    }

    @Test
    void aTextChangedAfterImportIsAnErrorNotARepair() throws Exception {
        Path dir = corpusWithOneDocument();
        Path text;
        try (CorpusStore store = CorpusStore.open(dir, CorpusStore.Mode.READ, "test")) {
            text = store.layout().text(store.corpus().getDocuments().get(0).getId());
        }
        Files.writeString(text, Files.readString(text).replace("40", "400"));

        try (CorpusStore sut = CorpusStore.open(dir, CorpusStore.Mode.READ, "test")) {
            Document d = sut.corpus().getDocuments().get(0);
            assertThatThrownBy(() -> sut.readText(d)).isInstanceOf(CorpusException.class)
                    .hasMessageContaining(text.toString()).hasMessageContaining("changed after import");
        }
        assertThat(Files.readString(text)).contains("400");
    }

    @Test
    void aTextOfMalformedUtf8IsRefusedEvenWithAMatchingHashAndAReplacementCharacterIsText() throws Exception {
        Path dir = corpusWithOneDocument();
        Path text;
        byte[] malformed = {'F', 'l', 'o', 'o', 'd', ' ', (byte) 0xC3, '(', ' ', 'i', 'n', ' ', 'O', 's', 'l', 'o'};
        try (CorpusStore store = CorpusStore.open(dir, CorpusStore.Mode.WRITE, "test")) {
            Document d = store.corpus().getDocuments().get(0);
            text = store.layout().text(d.getId());
            Files.write(text, malformed);
            d.setTextSha256(Hashes.sha256(malformed));
            store.saveModel();
        }

        try (CorpusStore sut = CorpusStore.open(dir, CorpusStore.Mode.READ, "test")) {
            Document d = sut.corpus().getDocuments().get(0);
            assertThatThrownBy(() -> sut.readText(d)).isInstanceOf(CorpusException.class)
                    .hasMessageContaining(text.toString()).hasMessageContaining("is not valid UTF-8");
        }
        byte[] replacement = "Flood \uFFFD in Oslo".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        try (CorpusStore store = CorpusStore.open(dir, CorpusStore.Mode.WRITE, "test")) {
            Files.write(text, replacement);
            store.corpus().getDocuments().get(0).setTextSha256(Hashes.sha256(replacement));
            store.saveModel();
        }
        try (CorpusStore sut = CorpusStore.open(dir, CorpusStore.Mode.READ, "test")) {
            assertThat(sut.readText(sut.corpus().getDocuments().get(0))).isEqualTo("Flood \uFFFD in Oslo");
        }
    }

    @Test
    void anAnnotatorsCasIsSavedAndReadBack() throws Exception {
        Path dir = corpusWithOneDocument();
        try (CorpusStore sut = CorpusStore.open(dir, CorpusStore.Mode.WRITE, "test")) {
            Document d = sut.corpus().getDocuments().get(0);
            CAS cas = sut.readCas(d, "kari");
            int begin = cas.getDocumentText().indexOf("Ana Kovačić");
            new Layers(cas, sut.corpus().getSchema()).addSpan("Entity", begin, begin + "Ana Kovačić".length(),
                    Map.of("type", "PERSON"));
            sut.ensureAnnotator("kari");
            sut.writeCas(d, "kari", cas);
            sut.saveModel();
        }
        try (CorpusStore sut = CorpusStore.open(dir, CorpusStore.Mode.READ, "test")) {
            Document d = sut.corpus().getDocuments().get(0);
            Layers layers = new Layers(sut.readCas(d, "kari"), sut.corpus().getSchema());
            assertThat(layers.spans("Entity")).singleElement().satisfies(fs -> {
                assertThat(fs.getCoveredText()).isEqualTo("Ana Kovačić");
                assertThat(layers.label(fs)).isEqualTo("PERSON");
            });
            assertThatThrownBy(() -> sut.writeCas(d, "kari", sut.readCas(d, "kari")))
                    .isInstanceOf(CorpusException.class)
                    .hasMessageContaining("read-only");
        }
    }

    @Test
    void aCasReadWithTheTextReadOnceIsCheckedAgainstThatText() throws Exception {
        Path dir = corpusWithOneDocument();
        try (CorpusStore sut = CorpusStore.open(dir, CorpusStore.Mode.WRITE, "test")) {
            Document d = sut.corpus().getDocuments().get(0);
            CAS cas = withOneEntity(sut, d);
            String text = sut.readText(d);

            assertThat(new Layers(sut.reads().cas(d, "kari", text), sut.corpus().getSchema()).spans("Entity"))
                    .hasSize(1);
            assertThat(sut.reads().gold(d, text).getDocumentText()).isEqualTo(text);
            assertThatThrownBy(() -> sut.reads().cas(d, "kari", text + " and more"))
                    .isInstanceOf(CorpusException.class).hasMessageContaining("kari")
                    .hasMessageContaining("holds a different text");
        }
    }

    @Test
    void aReaderOfAnnotationsGetsThemWithoutTheSentencesAndTokensAndCannotSaveThatCas() throws Exception {
        Path dir = corpusWithOneDocument();
        try (CorpusStore sut = CorpusStore.open(dir, CorpusStore.Mode.WRITE, "test")) {
            Document d = sut.corpus().getDocuments().get(0);
            CAS cas = withOneEntity(sut, d);
            sut.writeGold(d, cas);
            String text = sut.readText(d);
            byte[] bytes = sut.readBytes(sut.layout().cas(d.getId(), "kari"));

            CAS read = sut.reads().annotations(d, "kari", bytes, null);

            assertThat(new Layers(read, sut.corpus().getSchema()).spans("Entity")).singleElement()
                    .satisfies(fs -> assertThat(fs.getCoveredText()).isEqualTo(text.substring(0, 3)));
            assertThat(read.getAnnotationIndex(read.getTypeSystem().getType(AttestTypes.TOKEN))).isEmpty();
            assertThat(cas.getAnnotationIndex(cas.getTypeSystem().getType(AttestTypes.TOKEN))).isNotEmpty();
            assertThatThrownBy(() -> sut.writeCas(d, "kari", read)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("without its sentences and tokens");
            assertThat(sut.reads().goldAnnotations(d, text).getAnnotationIndex(
                    read.getTypeSystem().getType(AttestTypes.SENTENCE))).isEmpty();
            assertThat(new Layers(sut.reads().annotations(d, "kari", text), sut.corpus().getSchema()).spans("Entity"))
                    .hasSize(1);
            assertThatThrownBy(() -> sut.reads().annotations(d, "kari", text + " and more"))
                    .isInstanceOf(CorpusException.class).hasMessageContaining("holds a different text");
            assertThat(sut.readCas(d, "kari").getAnnotationIndex(cas.getTypeSystem().getType(AttestTypes.TOKEN)))
                    .hasSameSizeAs(cas.getAnnotationIndex(cas.getTypeSystem().getType(AttestTypes.TOKEN)));
        }
    }

    // kari's CAS of d with one entity over its first three characters, saved
    private static CAS withOneEntity(CorpusStore store, Document d) throws Exception {
        CAS cas = store.readCas(d, "kari");
        new Layers(cas, store.corpus().getSchema()).addSpan("Entity", 0, 3, Map.of("type", "PERSON"));
        store.ensureAnnotator("kari");
        store.writeCas(d, "kari", cas);
        return cas;
    }
}
