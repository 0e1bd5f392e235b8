package org.attest.cas.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.ObjectOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.apache.uima.cas.CAS;
import org.apache.uima.cas.Feature;
import org.apache.uima.cas.FeatureStructure;
import org.apache.uima.cas.SerialFormat;
import org.apache.uima.cas.text.AnnotationFS;
import org.apache.uima.util.CasIOUtils;
import org.attest.cas.CasFactory;
import org.attest.cas.CasFormat;
import org.attest.cas.CasFormatException;
import org.attest.cas.Layers;
import org.attest.model.CorpusFactory;
import org.attest.model.FeatureDefinition;
import org.attest.model.FeatureKind;
import org.attest.model.Layer;
import org.attest.model.Schema;
import org.attest.model.SpanLayer;
import org.attest.model.schema.DefaultSchema;
import org.attest.model.schema.Schemas;
import org.attest.testing.Samples;
import org.junit.jupiter.api.Test;

class CasFormatTest {

    private static final String NAME = "corpus/annotations/karabakh-ceasefire-a/kari.bcas";

    private final CasFactory factory = Fixtures.factory();
    private final CasFormat sut = new CasFormat(factory);
    private final CAS original = Fixtures.annotated(factory, Samples.sharedText("karabakh-ceasefire-a.txt"));

    /** Renders every annotation with its offsets and feature values, links as the linked span's type and offsets. */
    static List<String> dump(CAS cas) {
        List<String> lines = new ArrayList<>();
        for (AnnotationFS fs : cas.getAnnotationIndex()) {
            StringBuilder line = new StringBuilder(fs.getType().getShortName()).append(range(fs));
            for (Feature feature : fs.getType().getFeatures()) {
                if (feature.getRange().isPrimitive()) {
                    line.append(' ').append(feature.getShortName()).append('=')
                            .append(fs.getFeatureValueAsString(feature));
                } else if (!feature.getShortName().equals("sofa")) {
                    FeatureStructure target = fs.getFeatureValue(feature);
                    line.append(' ').append(feature.getShortName()).append("->")
                            .append(target instanceof AnnotationFS a ? a.getType().getShortName() + range(a) : "null");
                }
            }
            lines.add(line.toString());
        }
        return lines;
    }

    private static String range(AnnotationFS fs) {
        return "[" + fs.getBegin() + "," + fs.getEnd() + ")";
    }

    @Test
    void thatARoundTripKeepsTextAnnotationsFeaturesAndRelations() throws Exception {
        CAS read = sut.read(sut.write(original), NAME);

        assertThat(read.getDocumentText()).isEqualTo(original.getDocumentText());
        assertThat(read.getTypeSystem()).isSameAs(factory.typeSystem());
        assertThat(dump(read)).isEqualTo(dump(original)).hasSizeGreaterThan(800);
        Layers layers = new Layers(read, factory.schema());
        assertThat(layers.countPerLayer()).isEqualTo(new Layers(original, factory.schema()).countPerLayer());
        assertThat(layers.relations("Attribution")).isNotEmpty().allSatisfy(r -> {
            assertThat(layers.value(r, "from")).isIn(layers.spans("Claim"));
            assertThat(layers.value(r, "to")).isIn(layers.spans("Source"));
        });
        assertThat(layers.spans("Claim")).extracting(c -> layers.value(c, "unit")).containsOnly("people killed");
    }

    @Test
    void thatReadingIntoAReusedCasGivesWhatAFreshReadGives() throws Exception {
        CAS reuse = sut.read(sut.write(factory.newCas("Another text. It has two sentences.")), NAME);

        CAS read = sut.read(sut.write(original), NAME, reuse);

        assertThat(read).isSameAs(reuse);
        assertThat(read.getDocumentText()).isEqualTo(original.getDocumentText());
        assertThat(dump(read)).isEqualTo(dump(sut.read(sut.write(original), NAME)));
        assertThat(sut.write(read)).isEqualTo(sut.write(original));
    }

    @Test
    void thatAFileOfAnotherTypeSystemIsReadIntoAFreshCasEvenWhenOneIsOfferedForReuse() throws Exception {
        Schema grown = DefaultSchema.create();
        SpanLayer event = CorpusFactory.eINSTANCE.createSpanLayer();
        event.setName("Event");
        grown.getLayers().add(event);
        CasFactory grownFactory = new CasFactory(grown);
        CAS reuse = grownFactory.emptyCas();

        CAS read = new CasFormat(grownFactory, TypeSystems.of(factory)).read(sut.write(original), NAME, reuse);

        assertThat(read).isNotSameAs(reuse);
        assertThat(read.getTypeSystem()).isSameAs(grownFactory.typeSystem());
        assertThat(new Layers(read, grown).countPerLayer())
                .containsAllEntriesOf(new Layers(original, factory.schema()).countPerLayer());
        assertThatThrownBy(() -> sut.read(sut.write(original), NAME, grownFactory.emptyCas()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("another type system");
    }

    @Test
    void thatWritingTheSameCasTwiceGivesTheSameBytes() {
        assertThat(sut.write(original)).isEqualTo(sut.write(original));
    }

    @Test
    void thatJavaSerializedDataIsRefusedWithTheFileName() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(new ArrayList<>(List.of("not", "a", "cas")));
        }
        ByteArrayOutputStream serializedCas = new ByteArrayOutputStream();
        CasIOUtils.save(original, serializedCas, SerialFormat.SERIALIZED_TSI);

        assertThatThrownBy(() -> sut.read(bytes.toByteArray(), NAME)).isInstanceOf(CasFormatException.class)
                .hasMessageStartingWith(NAME).hasMessageContaining("Java-serialized");
        assertThatThrownBy(() -> sut.read(serializedCas.toByteArray(), NAME)).hasMessageContaining("Java-serialized");
    }

    @Test
    void thatOtherUimaFormsAreRefusedNamingTheForm() throws Exception {
        ByteArrayOutputStream binary = new ByteArrayOutputStream();
        CasIOUtils.save(original, binary, SerialFormat.BINARY_TSI);
        ByteArrayOutputStream xmi = new ByteArrayOutputStream();
        CasIOUtils.save(original, xmi, SerialFormat.XMI);

        assertThatThrownBy(() -> sut.read(binary.toByteArray(), NAME)).isInstanceOf(CasFormatException.class)
                .hasMessageContaining(NAME).hasMessageContaining("form 0");
        assertThatThrownBy(() -> sut.read(xmi.toByteArray(), NAME)).hasMessageContaining("XMI importer");
        assertThatThrownBy(() -> sut.read("hello, world, this is text".getBytes(), NAME))
                .hasMessageContaining("UIMA binary header");
    }

    @Test
    void thatTruncatedOrCorruptBytesAreRefusedWithTheFileName() throws Exception {
        byte[] bytes = sut.write(original);

        for (int length : new int[]{0, 10, 40, bytes.length / 2, bytes.length - 1}) {
            assertThatThrownBy(() -> sut.read(Arrays.copyOf(bytes, length), NAME)).as("%d bytes", length)
                    .isInstanceOf(CasFormatException.class).hasMessageStartingWith(NAME);
        }
        byte[] corrupt = bytes.clone();
        for (int i = bytes.length / 2; i < bytes.length; i += 7) {
            corrupt[i] ^= 0x5A;
        }
        assertThatThrownBy(() -> sut.read(corrupt, NAME)).isInstanceOf(CasFormatException.class)
                .hasMessageStartingWith(NAME);
        CAS reuse = factory.emptyCas();
        assertThatThrownBy(() -> sut.read(corrupt, NAME, reuse)).isInstanceOf(CasFormatException.class)
                .hasMessageStartingWith(NAME);
        assertThat(sut.read(bytes, NAME, reuse).getDocumentText()).isEqualTo(original.getDocumentText());
    }

    @Test
    void thatEveryTruncationAndDamageIsReportedAsSuchWithoutUimaInternals() throws Exception {
        byte[] bytes = sut.write(original);
        java.util.regex.Pattern internals = java.util.regex.Pattern.compile(
                "\\b\\w+(Exception|Error)\\b|\\bnull\\b|\\bat [\\w.$]+\\(|\\bjava\\.|org\\.apache");
        List<byte[]> damaged = new ArrayList<>();
        for (int length = 0; length < bytes.length; length += Math.max(1, bytes.length / 97)) {
            damaged.add(Arrays.copyOf(bytes, length));
        }
        for (int i = 16; i < bytes.length; i += Math.max(1, bytes.length / 53)) {
            byte[] flipped = bytes.clone();
            flipped[i] ^= 0x5A;
            damaged.add(flipped);
        }
        for (byte[] file : damaged) {
            try {
                sut.read(file, NAME);
            } catch (CasFormatException e) {
                assertThat(e.getMessage()).as("the message for %d bytes", file.length).startsWith(NAME)
                        .containsAnyOf("truncated", "damaged", "schema").contains("Restore")
                        .doesNotContainPattern(internals);
            }
        }
    }

    @Test
    void thatAFileWrittenBeforeAnAdditiveSchemaChangeLoadsIntoTheNewSchema() throws Exception {
        Schema grown = DefaultSchema.create();
        FeatureDefinition note = CorpusFactory.eINSTANCE.createFeatureDefinition();
        note.setName("note");
        note.setKind(FeatureKind.STRING);
        Schemas.layer(grown, DefaultSchema.CLAIM).orElseThrow().getFeatures().add(note);
        SpanLayer event = CorpusFactory.eINSTANCE.createSpanLayer();
        event.setName("Event");
        grown.getLayers().add(event);
        CasFactory grownFactory = new CasFactory(grown);

        CAS read = new CasFormat(grownFactory, TypeSystems.of(factory)).read(sut.write(original), NAME);

        assertThat(read.getTypeSystem()).isSameAs(grownFactory.typeSystem());
        Layers layers = new Layers(read, grown);
        assertThat(layers.countPerLayer()).containsAllEntriesOf(new Layers(original, factory.schema()).countPerLayer())
                .containsEntry("Event", 0);
        assertThat(layers.spans("Claim")).extracting(c -> layers.value(c, "unit")).containsOnly("people killed");
    }

    @Test
    void thatAFileWhoseLayersTheSchemaLostIsRefusedInsteadOfSilentlyTrimmed() {
        Schema shrunk = DefaultSchema.create();
        Layer cue = Schemas.layer(shrunk, DefaultSchema.CUE).orElseThrow();
        Layer attribution = Schemas.layer(shrunk, DefaultSchema.ATTRIBUTION).orElseThrow();
        attribution.getFeatures().clear();
        shrunk.getLayers().remove(cue);
        byte[] bytes = sut.write(original);
        int cues = new Layers(original, factory.schema()).spans("Cue").size();

        assertThatThrownBy(() -> new CasFormat(new CasFactory(shrunk), TypeSystems.of(factory)).read(bytes, NAME))
                .isInstanceOf(CasFormatException.class).hasMessageStartingWith(NAME)
                .hasMessageContaining(cues + " Cue annotations are on layer 'Cue'")
                .hasMessageContaining("Attribution annotations use feature 'cue'")
                .hasMessageContaining("Restore the schema");
        assertThat(Map.of("cues", cues)).containsEntry("cues", 5);
    }
}
