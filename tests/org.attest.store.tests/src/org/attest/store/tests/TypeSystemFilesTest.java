package org.attest.store.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.uima.cas.CAS;
import org.apache.uima.cas.SerialFormat;
import org.apache.uima.util.CasIOUtils;
import org.attest.cas.Layers;
import org.attest.core.schema.SchemaService;
import org.attest.imports.ImportService;
import org.attest.io.ImportOptions;
import org.attest.model.CorpusFactory;
import org.attest.model.Document;
import org.attest.model.Schema;
import org.attest.model.SpanLayer;
import org.attest.model.schema.DefaultSchema;
import org.attest.store.CorpusException;
import org.attest.store.CorpusStore;
import org.attest.testing.Samples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TypeSystemFilesTest {

    @TempDir
    Path tmp;

    private Path corpus() throws Exception {
        Path dir = tmp.resolve("c");
        try (CorpusStore store = CorpusStore.init(dir, "test", "test")) {
            new ImportService(store)
                    .run(new ImportService.Request(List.of(Samples.project().resolve("harbour-flood-a.txt")),
                            ImportOptions.defaults(), null, null), m -> {
                            });
        }
        return dir;
    }

    private static CAS annotated(CorpusStore store, Document document) throws Exception {
        CAS cas = store.readCas(document, "anna");
        new Layers(cas, store.corpus().getSchema()).addSpan("Entity", 0, 7, java.util.Map.of("type", "GPE"));
        return cas;
    }

    private static byte[] embedded(CAS cas) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CasIOUtils.save(cas, out, SerialFormat.COMPRESSED_FILTERED_TSI);
        return out.toByteArray();
    }

    @Test
    void thatACorpusKeepsItsTypeSystemOnceAndEachCasFileNamesIt() throws Exception {
        Path dir = corpus();
        try (CorpusStore sut = CorpusStore.open(dir, CorpusStore.Mode.WRITE, "test")) {
            Document document = sut.corpus().getDocuments().get(0);
            sut.writeCas(document, "anna", annotated(sut, document));
            String id = sut.casFormat().typeSystemFile().id();

            try (var files = Files.list(sut.layout().typeSystems())) {
                assertThat(files.map(f -> f.getFileName().toString())).containsExactly(id + ".xml");
            }
            assertThat(Files.readAllBytes(sut.layout().typeSystem(id)))
                    .isEqualTo(sut.casFormat().typeSystemFile().xml());
            assertThat(Files.readString(sut.layout().cas(document.getId(), "anna"), StandardCharsets.ISO_8859_1))
                    .startsWith("ATTEST CAS 2 " + id + " ");
            assertThat(sut.notices()).isEmpty();
        }
    }

    @Test
    void thatAnOldCorpusIsReadAsItIsAndEachCasMovesToTheNewFormAtItsNextSave() throws Exception {
        Path dir = corpus();
        Path file;
        List<String> before;
        try (CorpusStore store = CorpusStore.open(dir, CorpusStore.Mode.WRITE, "test")) {
            Document document = store.corpus().getDocuments().get(0);
            CAS cas = annotated(store, document);
            before = new Layers(cas, store.corpus().getSchema()).spans("Entity").stream()
                    .map(a -> a.getBegin() + "-" + a.getEnd()).toList();
            file = store.layout().cas(document.getId(), "anna");
            Files.createDirectories(file.getParent());
            Files.write(file, embedded(cas));
            org.attest.store.fs.Folders.deleteQuietly(store.layout().typeSystems());
        }
        byte[] old = Files.readAllBytes(file);

        try (CorpusStore reader = CorpusStore.open(dir, CorpusStore.Mode.READ, "test")) {
            Document document = reader.corpus().getDocuments().get(0);
            assertThat(new Layers(reader.readCas(document, "anna"), reader.corpus().getSchema()).spans("Entity"))
                    .extracting(a -> a.getBegin() + "-" + a.getEnd()).isEqualTo(before);
            assertThat(reader.layout().typeSystems()).doesNotExist();
        }
        try (CorpusStore sut = CorpusStore.open(dir, CorpusStore.Mode.WRITE, "test")) {
            Document document = sut.corpus().getDocuments().get(0);
            assertThat(sut.notices()).singleElement().asString().contains("keeps its UIMA type system once")
                    .contains(sut.layout().typeSystem(sut.casFormat().typeSystemFile().id()).toString());
            assertThat(Files.readAllBytes(file)).as("not rewritten on open: it is its writer's file").isEqualTo(old);

            sut.writeCas(document, "anna", sut.readCas(document, "anna"));

            assertThat(Files.readAllBytes(file)).startsWith("ATTEST CAS 2 ".getBytes(StandardCharsets.US_ASCII))
                    .hasSizeLessThan(old.length);
            assertThat(new Layers(sut.readCas(document, "anna"), sut.corpus().getSchema()).spans("Entity"))
                    .extracting(a -> a.getBegin() + "-" + a.getEnd()).isEqualTo(before);
        }
        try (CorpusStore again = CorpusStore.open(dir, CorpusStore.Mode.WRITE, "test")) {
            assertThat(again.notices()).isEmpty();
        }
    }

    @Test
    void thatCasFilesWrittenUnderTheSchemaBeforeAChangeAreReadThroughTheirTypeSystemFile() throws Exception {
        Path dir = corpus();
        try (CorpusStore store = CorpusStore.open(dir, CorpusStore.Mode.WRITE, "test")) {
            Document document = store.corpus().getDocuments().get(0);
            store.writeCas(document, "anna", annotated(store, document));
            Schema grown = DefaultSchema.create();
            SpanLayer event = CorpusFactory.eINSTANCE.createSpanLayer();
            event.setName("Event");
            grown.getLayers().add(event);
            new SchemaService(store).apply(grown);
        }
        try (CorpusStore sut = CorpusStore.open(dir, CorpusStore.Mode.WRITE, "test")) {
            Document document = sut.corpus().getDocuments().get(0);
            try (var files = Files.list(sut.layout().typeSystems())) {
                assertThat(files).hasSize(2);
            }

            CAS read = sut.readCas(document, "anna");

            assertThat(new Layers(read, sut.corpus().getSchema()).countPerLayer()).containsEntry("Entity", 1)
                    .containsEntry("Event", 0);
        }
    }

    @Test
    void thatACasWhoseTypeSystemFileIsMissingOrDamagedIsRefusedNamingTheFile() throws Exception {
        Path dir = corpus();
        String other = "0123456789abcdef0123456789abcdef";
        try (CorpusStore sut = CorpusStore.open(dir, CorpusStore.Mode.WRITE, "test")) {
            Document document = sut.corpus().getDocuments().get(0);
            sut.writeCas(document, "anna", annotated(sut, document));
            Path file = sut.layout().cas(document.getId(), "anna");
            String text = Files.readString(file, StandardCharsets.ISO_8859_1);
            Files.writeString(file, text.replaceFirst(sut.casFormat().typeSystemFile().id(), other),
                    StandardCharsets.ISO_8859_1);
            Path missing = sut.layout().typeSystem(other);

            assertThatThrownBy(() -> sut.readCas(document, "anna")).isInstanceOf(CorpusException.class)
                    .hasMessageStartingWith(file.toString()).hasMessageContaining(missing.toString())
                    .hasMessageContaining("missing");

            Files.writeString(missing, "<typeSystemDescription/>");
            assertThatThrownBy(() -> sut.readCas(document, "anna")).isInstanceOf(CorpusException.class)
                    .hasMessageStartingWith(missing.toString()).hasMessageContaining("damaged");
        }
    }

    @Test
    void thatAnOpenForWritingRestoresAChangedTypeSystemFileAndSaysSo() throws Exception {
        Path dir = corpus();
        Path file;
        byte[] xml;
        try (CorpusStore store = CorpusStore.open(dir, CorpusStore.Mode.WRITE, "test")) {
            file = store.layout().typeSystem(store.casFormat().typeSystemFile().id());
            xml = store.casFormat().typeSystemFile().xml();
        }
        Files.writeString(file, "edited by hand");

        try (CorpusStore sut = CorpusStore.open(dir, CorpusStore.Mode.WRITE, "test")) {
            assertThat(sut.notices()).singleElement().asString().startsWith("restored " + file);
            assertThat(Files.readAllBytes(file)).isEqualTo(xml);
        }
    }
}
