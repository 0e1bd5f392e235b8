package org.attest.cas.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.apache.uima.UIMAFramework;
import org.apache.uima.cas.CAS;
import org.apache.uima.cas.SerialFormat;
import org.apache.uima.resource.metadata.TypeSystemDescription;
import org.apache.uima.util.CasCreationUtils;
import org.apache.uima.util.CasIOUtils;
import org.apache.uima.util.XMLInputSource;
import org.attest.cas.CasFactory;
import org.attest.cas.CasFormat;
import org.attest.cas.CasFormatException;
import org.attest.cas.Layers;
import org.attest.cas.TypeSystemFile;
import org.attest.model.CorpusFactory;
import org.attest.model.Schema;
import org.attest.model.SpanLayer;
import org.attest.model.schema.DefaultSchema;
import org.attest.testing.Samples;
import org.junit.jupiter.api.Test;

class CasFormatTypeSystemFileTest {

    private static final String NAME = "corpus/documents/karabakh-ceasefire-a/annotations/kari.bcas";

    private final CasFactory factory = Fixtures.factory();
    private final CasFormat sut = new CasFormat(factory, TypeSystems.of(factory));
    private final CAS original = Fixtures.annotated(factory, Samples.sharedText("karabakh-ceasefire-a.txt"));

    private static byte[] embedded(CAS cas) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CasIOUtils.save(cas, out, SerialFormat.COMPRESSED_FILTERED_TSI);
        return out.toByteArray();
    }

    private static CasFactory grown() {
        Schema grown = DefaultSchema.create();
        SpanLayer event = CorpusFactory.eINSTANCE.createSpanLayer();
        event.setName("Event");
        grown.getLayers().add(event);
        return new CasFactory(grown);
    }

    // a file of the current form naming type system {@code id} instead of the one it was written with
    private byte[] naming(String id) {
        byte[] bytes = sut.write(original);
        String line = firstLine(bytes);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(line.replace(factory.typeSystemFile().id(), id).getBytes(StandardCharsets.US_ASCII));
        out.write(bytes, line.length(), bytes.length - line.length());
        return out.toByteArray();
    }

    private static String firstLine(byte[] bytes) {
        String start = new String(bytes, 0, 80, StandardCharsets.ISO_8859_1);
        return start.substring(0, start.indexOf('\n') + 1);
    }

    // form 1: the line, then form 6 without the type system, sentences and tokens in the UIMA data
    private byte[] formOne(CAS cas) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(("ATTEST CAS 1 " + factory.typeSystemFile().id() + "\n").getBytes(StandardCharsets.US_ASCII));
        CasIOUtils.save(cas, out, SerialFormat.COMPRESSED_FILTERED);
        return out.toByteArray();
    }

    @Test
    void thatAFileNamesItsTypeSystemFileInsteadOfCarryingTheTypeSystem() throws Exception {
        byte[] bytes = sut.write(original);

        assertThat(firstLine(bytes)).matches("ATTEST CAS 2 " + factory.typeSystemFile().id() + " [0-9]+\n");
        assertThat(bytes.length).as("bytes against %d embedded", embedded(original).length)
                .isLessThan(embedded(original).length * 6 / 10);
        assertThat(CasFormatTest.dump(sut.read(bytes, NAME))).isEqualTo(CasFormatTest.dump(original));
    }

    @Test
    void thatEqualSchemasShareOneTypeSystemFileAndAChangedSchemaGetsItsOwn() {
        TypeSystemFile file = factory.typeSystemFile();

        assertThat(new CasFactory(DefaultSchema.create()).typeSystemFile().id()).isEqualTo(file.id());
        assertThat(grown().typeSystemFile().id()).isNotEqualTo(file.id());
        assertThat(file.id()).matches(TypeSystemFile.ID).isEqualTo(TypeSystemFile.idOf(file.xml()));
        assertThat(file.fileName()).isEqualTo(file.id() + ".xml");
    }

    @Test
    void thatAFileOfTheEarlierFormWithItsTypeSystemEmbeddedIsStillReadAndSavedInTheNewFormNextTime()
            throws Exception {
        CAS read = new CasFormat(factory).read(embedded(original), NAME);

        assertThat(read.getTypeSystem()).isSameAs(factory.typeSystem());
        assertThat(CasFormatTest.dump(read)).isEqualTo(CasFormatTest.dump(original));
        assertThat(sut.write(read)).startsWith("ATTEST CAS 2 ".getBytes(StandardCharsets.US_ASCII))
                .isEqualTo(sut.write(original));
    }

    @Test
    void thatAFileOfFormOneWithSentencesAndTokensInTheUimaDataIsStillReadAndSavedInFormTwoNextTime()
            throws Exception {
        CAS read = sut.read(formOne(original), NAME);

        assertThat(read.getTypeSystem()).isSameAs(factory.typeSystem());
        assertThat(CasFormatTest.dump(read)).isEqualTo(CasFormatTest.dump(original));
        assertThat(sut.write(read)).isEqualTo(sut.write(original));
    }

    @Test
    void thatAFileOfTheEarlierFormLoadsIntoAGrownSchemaAsBefore() throws Exception {
        CasFactory grown = grown();

        CAS read = new CasFormat(grown).read(embedded(original), NAME);

        assertThat(new Layers(read, grown.schema()).countPerLayer())
                .containsAllEntriesOf(new Layers(original, factory.schema()).countPerLayer()).containsEntry("Event", 0);
    }

    @Test
    void thatAFileOfFormTwoWrittenBeforeASchemaGrewLoadsIntoTheGrownSchemaWithItsSentencesAndTokens()
            throws Exception {
        CasFactory grown = grown();
        byte[] bytes = sut.write(original);

        CAS read = new CasFormat(grown, TypeSystems.of(grown, factory)).read(bytes, NAME);

        assertThat(read.getTypeSystem()).isSameAs(grown.typeSystem());
        assertThat(new Layers(read, grown.schema()).countPerLayer())
                .containsAllEntriesOf(new Layers(original, factory.schema()).countPerLayer()).containsEntry("Event", 0);
        assertThat(CasFormatTest.dump(read)).isEqualTo(CasFormatTest.dump(original));
    }

    @Test
    void thatAFileWhoseTypeSystemFileIsMissingIsRefusedNamingBothFiles() {
        CasFactory grown = grown();
        String where = "corpus/typesystems/" + factory.typeSystemFile().id() + ".xml";

        assertThatThrownBy(() -> new CasFormat(grown, TypeSystems.of(grown)).read(sut.write(original), NAME))
                .isInstanceOf(CasFormatException.class).hasMessageStartingWith(NAME).hasMessageContaining(where)
                .hasMessageContaining("missing");
    }

    @Test
    void thatADamagedTypeSystemFileIsRefusedNamingIt() {
        CasFactory grown = grown();
        String id = factory.typeSystemFile().id();
        byte[] damaged = factory.typeSystemFile().xml().clone();
        damaged[damaged.length / 2] ^= 0x20;

        assertThatThrownBy(() -> new CasFormat(grown, TypeSystems.of(grown).with(id, damaged))
                .read(sut.write(original), NAME)).isInstanceOf(CasFormatException.class)
                .hasMessageStartingWith("corpus/typesystems/" + id + ".xml").hasMessageContaining("damaged");
        byte[] truncated = Arrays.copyOf(factory.typeSystemFile().xml(), 300);
        String truncatedId = TypeSystemFile.idOf(truncated);
        assertThatThrownBy(() -> new CasFormat(grown, TypeSystems.of(grown).with(truncatedId, truncated))
                .read(naming(truncatedId), NAME)).isInstanceOf(CasFormatException.class)
                .hasMessageStartingWith("corpus/typesystems/" + truncatedId + ".xml")
                .hasMessageContaining("not a valid UIMA type system");
    }

    @Test
    void thatATypeSystemFileWithADocumentTypeIsRefusedBeforeAnyParserSeesIt() {
        byte[] xml = ("<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>"
                + "<typeSystemDescription xmlns=\"http://uima.apache.org/resourceSpecifier\"><name>&e;</name>"
                + "</typeSystemDescription>").getBytes(StandardCharsets.UTF_8);
        String id = TypeSystemFile.idOf(xml);

        assertThatThrownBy(() -> new CasFormat(factory, TypeSystems.of(factory).with(id, xml)).read(naming(id), NAME))
                .isInstanceOf(CasFormatException.class).hasMessageContaining("document type");
    }

    @Test
    void thatAFileOfANewerFormOrWithADamagedFirstLineIsRefusedSayingSo() {
        byte[] bytes = sut.write(original);
        byte[] newer = bytes.clone();
        newer[11] = '3';
        byte[] noLine = bytes.clone();
        Arrays.fill(noLine, 13, 70, (byte) 'x');

        assertThatThrownBy(() -> sut.read(newer, NAME)).isInstanceOf(CasFormatException.class)
                .hasMessageStartingWith(NAME).hasMessageContaining("newer Attest");
        assertThatThrownBy(() -> sut.read(noLine, NAME)).isInstanceOf(CasFormatException.class)
                .hasMessageStartingWith(NAME).hasMessageContaining("damaged");
    }
}
