package org.attest.io.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.management.ManagementFactory;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;

import org.attest.io.Article;
import org.attest.io.ImportException;
import org.attest.io.ImportLimitException;
import org.attest.io.ImportOptions;
import org.attest.io.JsonLinesArticleReader;
import org.attest.io.MetadataFields;
import org.attest.io.TextArticleReader;
import org.attest.io.XmiArticleReader;
import org.attest.model.schema.DefaultSchema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files made to break the import are refused with the file, the position and the fix, or read within bounded memory.
 */
class HostileInputTest {

    private static final Pattern INTERNALS = Pattern
            .compile("\\b\\w+(Exception|Error)\\b|\\bnull\\b|\\bjava\\.|org\\.apache");

    private final JsonLinesArticleReader sut = new JsonLinesArticleReader(DefaultSchema.create());

    @TempDir
    Path dir;

    @Test
    void aTitleLongerThanTheMetadataLimitIsRefusedNamingFileLineAndLimit() throws Exception {
        Path file = write("long.jsonl",
                "{\"id\":\"a\",\"text\":\"x\"}\n{\"id\":\"b\",\"title\":\""
                        + "T".repeat(MetadataFields.MAX_FIELD_CHARS + 1)
                        + "\",\"text\":\"Some text.\"}\n");

        assertThatThrownBy(() -> sut.read(file, ImportOptions.defaults())).isInstanceOf(ImportException.class)
                .hasMessageStartingWith(file + ":2: \"title\" has 65537 characters, more than the 65536");
    }

    @Test
    void anyOtherMetadataFieldIsCappedLikeTheTitle() throws Exception {
        Path file = write("long.jsonl",
                "{\"text\":\"x\",\"byline\":\"" + "b".repeat(MetadataFields.MAX_FIELD_CHARS + 1) + "\"}\n");

        assertThatThrownBy(() -> sut.read(file, ImportOptions.defaults()))
                .hasMessageStartingWith(file + ":1: \"byline\" has");
    }

    @Test
    void aLoneSurrogateInTheTextIsRefusedInsteadOfBecomingAQuestionMark() throws Exception {
        Path file = write("s.jsonl", "{\"text\":\"Broken \\ud800 here.\"}\n");

        assertThatThrownBy(() -> sut.read(file, ImportOptions.defaults()))
                .hasMessageStartingWith(file + ":1: \"text\" holds a lone "
                        + "UTF-16 surrogate (U+D800")
                .hasMessageContaining("at character 7");
    }

    @Test
    void aLoneSurrogateInATitleIsRefused() throws Exception {
        Path file = write("s.jsonl", "{\"title\":\"\\udc00\",\"text\":\"Fine.\"}\n");

        assertThatThrownBy(() -> sut.read(file, ImportOptions.defaults()))
                .hasMessageStartingWith(file + ":1: \"title\" holds a lone");
    }

    @Test
    void anEscapeCharacterInATitleIsRefusedNamingFileLineAndCharacter() throws Exception {
        Path file = write("c.jsonl", "{\"title\":\"bad\\u001b[31mred\",\"text\":\"Fine.\"}\n");

        assertThatThrownBy(() -> sut.read(file, ImportOptions.defaults()))
                .hasMessageStartingWith(file + ":1: \"title\" holds the control character U+001B at character 3");
    }

    @Test
    void anEscapeCharacterInASidecarIsRefusedNamingTheSidecar() throws Exception {
        Path text = write("a.txt", "Body text.\n");
        Path sidecar = write("a.meta.json", "{\"title\":\"x\\u0007y\"}");

        assertThatThrownBy(() -> new TextArticleReader().read(text, ImportOptions.defaults()))
                .hasMessageStartingWith(sidecar + ": \"title\" holds the control character U+0007");
    }

    @Test
    void aControlCharacterInATitleTakenFromTheTextIsLeftOutOfTheTitleOnly() throws Exception {
        Path text = write("a.txt", "Storm \u001b[2J warning\nBody.\n");

        Article sut = new TextArticleReader().read(text, ImportOptions.defaults()).get(0);

        assertThat(sut.metadata().title()).isEqualTo("Storm  [2J warning");
        assertThat(sut.text()).startsWith("Storm \u001b[2J");
    }

    @Test
    void aLabelThatContradictsTheLabelFeatureIsRefused() throws Exception {
        Path file = write("l.jsonl",
                "{\"text\":\"Anna said it.\",\"spans\":[{\"layer\":\"Entity\",\"begin\":0,\"end\":4,"
                        + "\"label\":\"ORGANIZATION\",\"features\":{\"type\":\"PERSON\"}}]}\n");

        assertThatThrownBy(() -> sut.read(file, ImportOptions.defaults()))
                .hasMessageStartingWith(file + ":1: span 0: \"label\" is "
                        + "\"ORGANIZATION\" but \"features\" gives \"type\" as \"PERSON\"");
    }

    @Test
    void aLabelAloneGivesTheLabelFeature() throws Exception {
        Path file = write("l.jsonl",
                "{\"text\":\"Anna said it.\",\"spans\":[{\"layer\":\"Entity\",\"begin\":0,\"end\":4,"
                        + "\"label\":\"PERSON\"}]}\n");

        assertThat(sut.read(file, ImportOptions.defaults()).get(0).spans().get(0).features()).containsEntry("type",
                "PERSON");
    }

    @Test
    void aFileOverTheMemoryBudgetIsRefusedBeforeItIsRead() throws Exception {
        Path file = write("big.jsonl", "{\"text\":\"" + "x".repeat(1024 * 1024) + "\"}\n");

        assertThatThrownBy(() -> sut.read(file, ImportOptions.defaults().withMemoryBytes(4 * 1024 * 1024)))
                .isInstanceOfSatisfying(ImportLimitException.class, e -> {
                    assertThat(e.limit()).isEqualTo(ImportLimitException.Limit.MEMORY);
                    assertThat(e.file()).isEqualTo(file);
                }).hasMessageStartingWith(file
                        + ": the file has 1.0 MB; importing it takes about 12.0 MB of memory, more than the 4.0 MB");
    }

    @Test
    void anOddByteArrayInAnXmiIsReportedWithoutUimaInternals() throws Exception {
        write("TypeSystem.xml", """
                <?xml version="1.0" encoding="UTF-8"?>
                <typeSystemDescription xmlns="http://uima.apache.org/resourceSpecifier"><types><typeDescription>
                <name>my.Thing</name><supertypeName>uima.tcas.Annotation</supertypeName><features><featureDescription>
                <name>blob</name><rangeTypeName>uima.cas.ByteArray</rangeTypeName></featureDescription></features>
                </typeDescription></types></typeSystemDescription>
                """);
        Path xmi = write("bytes.xmi",
                """
                        <?xml version="1.0" encoding="UTF-8"?>
                        <xmi:XMI xmlns:xmi="http://www.omg.org/XMI" xmlns:cas="http:///uima/cas.ecore" xmlns:my="http:///my.ecore" xmi:version="2.0">
                        <cas:NULL xmi:id="0"/><cas:Sofa xmi:id="1" sofaNum="1" sofaID="_InitialView" mimeType="text" sofaString="Anna said it."/>
                        <my:Thing xmi:id="5" sofa="1" begin="0" end="4" blob="6"/><cas:ByteArray xmi:id="6" elements="AQID"/>
                        <cas:View sofa="1" members="5"/></xmi:XMI>
                        """);

        assertThatThrownBy(() -> new XmiArticleReader(DefaultSchema.create()).read(xmi,
                ImportOptions.defaults().withIgnoreUnknownTypes(true)))
                .isInstanceOf(ImportException.class)
                .hasMessageStartingWith(xmi + ": UIMA cannot read a value in the file")
                .hasMessageContaining("byte array length not even").message().doesNotContainPattern(INTERNALS);
    }

    @Test
    void aTypeSystemImportIsNamedWithoutANull() throws Exception {
        write("TypeSystem.xml", """
                <?xml version="1.0" encoding="UTF-8"?>
                <typeSystemDescription xmlns="http://uima.apache.org/resourceSpecifier">
                <imports><import location="x.xml"/></imports><types/></typeSystemDescription>
                """);
        Path xmi = write("a.xmi",
                "<?xml version=\"1.0\"?><xmi:XMI xmlns:xmi=\"http://www.omg.org/XMI\" xmi:version=\"2.0\"/>");

        assertThatThrownBy(() -> new XmiArticleReader(DefaultSchema.create()).read(xmi, ImportOptions.defaults()))
                .hasMessageContaining("imports other files (x.xml)").message().doesNotContainPattern(INTERNALS);
    }

    @Test
    void aTextOfMillionsOfLinesIsScannedForMetadataWithoutCopyingEveryLine() throws Exception {
        Path file = write("lines.txt", "Title line\n" + "a\n".repeat(5_000_000) + "ttn-69\n");

        long before = allocatedBytes();
        Article sut = new TextArticleReader().read(file, ImportOptions.defaults()).get(0);
        long allocated = allocatedBytes() - before;

        assertThat(sut.metadata().title()).isEqualTo("Title line");
        assertThat(sut.metadata().extra()).containsEntry("agency-id", "ttn-69");
        // the file is 10 MB: bytes, decoder buffer and text take about 40 MB; a String per line would add some 250 MB
        // more
        assertThat(allocated).as("bytes allocated").isLessThan(120L * 1024 * 1024);
    }

    private Path write(String name, String content) throws Exception {
        return Files.write(dir.resolve(name), content.getBytes(StandardCharsets.UTF_8));
    }

    // HotSpot's per-thread allocation counter, reached by reflection because com.sun.management is not an OSGi import
    private static long allocatedBytes() throws Exception {
        Class<?> bean = Class.forName("com.sun.management.ThreadMXBean", true, ClassLoader.getPlatformClassLoader());
        Method method = bean.getMethod("getCurrentThreadAllocatedBytes");
        return (long) method.invoke(ManagementFactory.getThreadMXBean());
    }
}
