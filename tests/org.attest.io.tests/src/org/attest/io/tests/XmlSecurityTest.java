package org.attest.io.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.ObjectOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;

import org.attest.io.ImportException;
import org.attest.io.ImportOptions;
import org.attest.io.XmiArticleReader;
import org.attest.model.schema.DefaultSchema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class XmlSecurityTest {

    private static final String SECRET = "TOP-SECRET-4711";

    private static final String BILLION_LAUGHS = """
            <!DOCTYPE lolz [
             <!ENTITY lol "lol">
             <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
             <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
             <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
             <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
             <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
             <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
             <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
             <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
             <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
            ]>
            """;

    private final XmiArticleReader sut = new XmiArticleReader(DefaultSchema.create());

    @TempDir
    Path dir;

    /**
     * Writes a valid XMI and its type system, then puts {@code doctype} before the root and {@code sofa} as the text.
     */
    private Path xmiWith(String doctype, String sofa) throws Exception {
        Path xmi = new XmiFixture(XmiArticleReaderTest.TEXT).write(dir, "attack.xmi");
        String content = Files.readString(xmi, StandardCharsets.UTF_8);
        String declaration = content.substring(0, content.indexOf("?>") + 2);
        String attacked = declaration + "\n" + doctype + content.substring(declaration.length())
                .replace("sofaString=\"" + XmiArticleReaderTest.TEXT + "\"", "sofaString=\"" + sofa + "\"");
        assertThat(attacked).contains(sofa);
        Files.writeString(xmi, attacked, StandardCharsets.UTF_8);
        return xmi;
    }

    private String externalEntity() throws Exception {
        Path secret = Files.writeString(dir.resolve("secret.txt"), SECRET);
        return "<!DOCTYPE xmi:XMI [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>\n";
    }

    @Test
    void aDoctypeWithAnExternalEntityIsRefusedAndTheEntityNeverRead() throws Exception {
        Path xmi = xmiWith(externalEntity(), "&xxe;");

        assertThatThrownBy(() -> sut.read(xmi, ImportOptions.defaults())).isInstanceOf(ImportException.class)
                .hasMessageContaining("attack.xmi").hasMessageContaining("DOCTYPE")
                .hasMessageContaining("remove the DOCTYPE").message().doesNotContain(SECRET);
    }

    @Test
    void aDoctypeIsRefusedByTheParserEvenWhenTheFileIsUtf16() throws Exception {
        Path xmi = xmiWith(externalEntity(), "&xxe;");
        String utf8 = Files.readString(xmi).replace("encoding=\"UTF-8\"", "encoding=\"UTF-16\"");
        Files.write(xmi, utf8.getBytes(StandardCharsets.UTF_16));

        assertThatThrownBy(() -> sut.read(xmi, ImportOptions.defaults())).isInstanceOf(ImportException.class)
                .hasMessageContaining("attack.xmi").hasMessageContaining("DOCTYPE").message().doesNotContain(SECRET);
    }

    @Test
    void aDoctypeInTheTypeSystemIsRefusedNamingTheTypeSystemFile() throws Exception {
        Path xmi = new XmiFixture(XmiArticleReaderTest.TEXT).write(dir, "doc.xmi");
        Path typeSystem = dir.resolve("TypeSystem.xml");
        String content = Files.readString(typeSystem);
        int rootStart = content.indexOf("<typeSystemDescription");
        Files.writeString(typeSystem, content.substring(0, rootStart) + externalEntity() + content.substring(rootStart)
                .replaceFirst("<typeSystemDescription([^>]*)>", "<typeSystemDescription$1><name>&xxe;</name>"));

        assertThatThrownBy(() -> sut.read(xmi, ImportOptions.defaults())).isInstanceOf(ImportException.class)
                .hasMessageContaining("TypeSystem.xml").hasMessageContaining("DOCTYPE").message()
                .doesNotContain(SECRET);
    }

    @Test
    void aBillionLaughsEntityBombIsRefusedQuickly() throws Exception {
        Path xmi = xmiWith(BILLION_LAUGHS, "&lol9;");
        long start = System.nanoTime();

        assertThatThrownBy(() -> sut.read(xmi, ImportOptions.defaults())).isInstanceOf(ImportException.class)
                .hasMessageContaining("attack.xmi").hasMessageContaining("DOCTYPE");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void javaSerializedBytesAreRefused() throws Exception {
        new XmiFixture(XmiArticleReaderTest.TEXT).write(dir, "unused.xmi");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(new HashMap<>(java.util.Map.of("text", XmiArticleReaderTest.TEXT)));
        }
        Path xmi = Files.write(dir.resolve("serialized.xmi"), bytes.toByteArray());

        assertThatThrownBy(() -> sut.read(xmi, ImportOptions.defaults())).isInstanceOf(ImportException.class)
                .hasMessageContaining("serialized.xmi").hasMessageContaining("Java-serialized")
                .hasMessageContaining("export the CAS as UIMA XMI");
    }

    @Test
    void binaryDataIsRefused() throws Exception {
        new XmiFixture(XmiArticleReaderTest.TEXT).write(dir, "unused.xmi");
        Path xmi = Files.write(dir.resolve("random.xmi"), new byte[]{'<', 'x', 0, 0, 7, 42, -1, -2, 3});

        assertThatThrownBy(() -> sut.read(xmi, ImportOptions.defaults())).isInstanceOf(ImportException.class)
                .hasMessageContaining("random.xmi").hasMessageContaining("binary data");
    }

    @Test
    void anIllegalXmlCharacterIsRefusedNamingTheLine() throws Exception {
        Path xmi = xmiWith("", "bad &#1; character");

        assertThatThrownBy(() -> sut.read(xmi, ImportOptions.defaults())).isInstanceOf(ImportException.class)
                .hasMessageContaining("attack.xmi").hasMessageContaining("line ");
    }
}
