package org.attest.cli.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.regex.Pattern;

import org.attest.cli.Cli;
import org.attest.store.fs.FaultSeam;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every bad input a hostile tester found, given to the command line as a user would: the output names the file and says
 * what to do, and never shows an exception's class name, a Java stack frame or a bare "null".
 */
class UserMessagesTest {

    private static final Pattern EXCEPTION_NAME = Pattern.compile("\\b\\w+(Exception|Error)\\b");
    private static final Pattern STACK_FRAME = Pattern.compile("(?m)^\\s+at [\\w.$/]+\\(");
    private static final Pattern BARE_NULL = Pattern.compile("\\bnull\\b");

    @TempDir
    Path tmp;

    private Path corpus;
    private String out;
    private String err;

    @BeforeEach
    void emptyCorpus() {
        corpus = tmp.resolve("c");
        assertThat(attest("init", corpus.toString())).isZero();
    }

    @AfterEach
    void noFaults() {
        FaultSeam.clear();
    }

    private int attest(String... args) {
        CommandRun run = CommandRun.of(args);
        out = run.out();
        err = run.err();
        return run.code();
    }

    /** Runs a command expected to fail and checks that its output is a message for users; returns the error output. */
    private String refused(String... args) {
        int code = attest(args);
        String all = out + err;
        assertThat(code).as("exit code of %s: %s", Arrays.toString(args), all).isEqualTo(Cli.FAILED);
        assertThat(all).as("output of %s", Arrays.toString(args)).doesNotContainPattern(EXCEPTION_NAME)
                .doesNotContainPattern(STACK_FRAME).doesNotContainPattern(BARE_NULL).isNotBlank();
        return err;
    }

    private Path write(String name, String content) throws Exception {
        Path file = tmp.resolve(name);
        Files.createDirectories(file.getParent());
        return Files.write(file, content.getBytes(StandardCharsets.UTF_8));
    }

    private String importing(Path file, String... options) {
        String[] args = new String[options.length + 3];
        args[0] = "import";
        System.arraycopy(options, 0, args, 1, options.length);
        args[options.length + 1] = corpus.toString();
        args[options.length + 2] = file.toString();
        return refused(args);
    }

    @Test
    void alphaOverTwentyThousandDistinctValuesIsComputedAndEveryTableMeasureWithIt() throws Exception {
        StringBuilder table = new StringBuilder("coder");
        StringBuilder a = new StringBuilder("a");
        StringBuilder b = new StringBuilder("b");
        for (int i = 0; i < 20_000; i++) {
            table.append(",u").append(i);
            a.append(',').append(i);
            b.append(',').append(i % 3 == 0 ? i + 1 : i);
        }
        Path csv = write("big.csv", table + "\n" + a + "\n" + b + "\n");

        for (String[] options : new String[][]{{}, {"--level", "ordinal"}, {"--level", "interval"},
                {"--level", "ratio"},
                {"--measure", "fleiss"}, {"--measure", "cohen"}}) {
            String[] args = new String[options.length + 3];
            args[0] = "agreement";
            args[1] = "--table";
            args[2] = csv.toString();
            System.arraycopy(options, 0, args, 3, options.length);
            assertThat(attest(args)).as("%s: %s", Arrays.toString(options), err).isZero();
            assertThat(out).contains("units            20000");
        }
    }

    @Test
    void aFileOverMaxSizeNamesTheFileAndTheOptionThatRaisesTheLimit() throws Exception {
        Path file = write("big.txt", "Harbour flood. ".repeat(100_000));

        assertThat(importing(file, "--max-size", "1")).startsWith("attest: " + file + ": the file has 1.4 MB")
                .contains(
                        "more than the import limit of 1.0 MB; split it, or raise the limit with --max-size MB (now 1)")
                .doesNotContain("--max-file-size");
    }

    @Test
    void aMaxSizeThatOverflowsOrIsZeroIsRefusedWithTheRangeNotANegativeNumber() throws Exception {
        Path file = write("a.txt", "Text.");

        assertThat(importing(file, "--max-size", "99999999999999"))
                .contains("--max-size is in megabytes, from 1 to 1048576, not 99999999999999").doesNotContain("-5822");
        assertThat(importing(file, "--max-size", "0")).contains("--max-size is in megabytes, from 1 to 1048576, not 0");
    }

    @Test
    void anUnknownEncodingIsNamedWithWhereToFindTheValidOnes() throws Exception {
        Path file = write("a.txt", "Text.");

        assertThat(importing(file, "--encoding", "../../etc"))
                .contains("'../../etc' is not an encoding this Java runtime knows")
                .contains("UTF-8").contains("supported-encodings");
    }

    @Test
    void aByteArrayInAnXmiIsReportedAgainstTheFile() throws Exception {
        write("x/TypeSystem.xml", """
                <?xml version="1.0" encoding="UTF-8"?>
                <typeSystemDescription xmlns="http://uima.apache.org/resourceSpecifier"><types><typeDescription>
                <name>my.Thing</name><supertypeName>uima.tcas.Annotation</supertypeName><features><featureDescription>
                <name>blob</name><rangeTypeName>uima.cas.ByteArray</rangeTypeName></featureDescription></features>
                </typeDescription></types></typeSystemDescription>
                """);
        Path xmi = write("x/bytes.xmi",
                """
                        <?xml version="1.0" encoding="UTF-8"?>
                        <xmi:XMI xmlns:xmi="http://www.omg.org/XMI" xmlns:cas="http:///uima/cas.ecore" xmlns:my="http:///my.ecore" xmi:version="2.0">
                        <cas:NULL xmi:id="0"/><cas:Sofa xmi:id="1" sofaNum="1" sofaID="_InitialView" mimeType="text" sofaString="Anna said it."/>
                        <my:Thing xmi:id="5" sofa="1" begin="0" end="4" blob="6"/><cas:ByteArray xmi:id="6" elements="AQID"/>
                        <cas:View sofa="1" members="5"/></xmi:XMI>
                        """);

        assertThat(importing(xmi, "--ignore-unknown-types"))
                .startsWith("attest: " + xmi + ": UIMA cannot read a value in the file");
    }

    @Test
    void aTypeSystemThatImportsAFileNamesItWithoutANull() throws Exception {
        write("t/TypeSystem.xml", """
                <?xml version="1.0" encoding="UTF-8"?>
                <typeSystemDescription xmlns="http://uima.apache.org/resourceSpecifier">
                <imports><import location="x.xml"/></imports><types/></typeSystemDescription>
                """);
        Path xmi = write("t/a.xmi",
                "<?xml version=\"1.0\"?><xmi:XMI xmlns:xmi=\"http://www.omg.org/XMI\" xmi:version=\"2.0\"/>");

        assertThat(importing(xmi)).contains("TypeSystem.xml").contains("imports other files (x.xml)");
    }

    @Test
    void aCueIndexOutOfRangeNamesTheFileAndLine() throws Exception {
        Path file = write("cue.jsonl",
                "{\"id\":\"q1\",\"text\":\"Anna said it rained.\",\"spans\":[{\"layer\":\"Source\",\"begin\":0,"
                        + "\"end\":4,\"features\":{}},{\"layer\":\"Claim\",\"begin\":5,\"end\":19,\"features\":{}}],\"relations\":[{\"layer\":"
                        + "\"Attribution\",\"from\":1,\"to\":0,\"features\":{\"cue\":7}}]}\n");

        assertThat(importing(file, "--annotator", "anna"))
                .startsWith("attest: " + file + ":1: relation 0: feature \"cue\" links to span index 7");
    }

    @Test
    void aTitleOfFiveMegabytesIsRefusedWithTheFileLineAndLimit() throws Exception {
        Path file = write("t.jsonl", "{\"title\":\"" + "T".repeat(5_000_000) + "\",\"text\":\"Body.\"}\n");

        assertThat(importing(file))
                .startsWith("attest: " + file + ":1: \"title\" has 5000000 characters, more than the 65536");
    }

    @Test
    void aLoneSurrogateIsRefusedNotStoredAsAQuestionMark() throws Exception {
        Path file = write("s.jsonl", "{\"text\":\"Broken \\ud800 surrogate.\"}\n");

        assertThat(importing(file))
                .startsWith("attest: " + file + ":1: \"text\" holds a lone UTF-16 surrogate (U+D800");
    }

    @Test
    void anEscapeCharacterInATitleIsRefusedNamingFileAndPosition() throws Exception {
        Path file = write("e.jsonl", "{\"title\":\"bad\\u001b[31mred\",\"text\":\"Body.\"}\n");

        assertThat(importing(file))
                .startsWith("attest: " + file + ":1: \"title\" holds the control character U+001B at character 3");
    }

    @Test
    void aLabelContradictingTheTypeFeatureIsRefused() throws Exception {
        Path file = write("l.jsonl",
                "{\"text\":\"Anna said it rained.\",\"spans\":[{\"layer\":\"Entity\",\"begin\":0,\"end\":4,"
                        + "\"label\":\"ORGANIZATION\",\"features\":{\"type\":\"PERSON\"}}]}\n");

        assertThat(importing(file, "--annotator", "anna"))
                .startsWith("attest: " + file + ":1: span 0: \"label\" is \"ORGANIZATION\"");
    }

    @Test
    void damagedInputFilesAreNamed() throws Exception {
        Path xml = write("d/TypeSystem.xml",
                "<typeSystemDescription xmlns=\"http://uima.apache.org/resourceSpecifier\"><types/></typeSystemDescription>");
        Path halfXmi = write("d/half.xmi",
                "<?xml version=\"1.0\"?><xmi:XMI xmlns:xmi=\"http://www.omg.org/XMI\" xmi:ver");
        Path binary = write("d2/bin.txt", "abc\u0000def");
        Path badJson = write("d3/bad.jsonl", "{\"text\": \"a\"\n");
        Path sidecarText = write("d4/a.txt", "Body.");
        Path sidecar = write("d4/a.meta.json", "[1,2]");

        assertThat(xml).exists();
        assertThat(importing(halfXmi)).contains(halfXmi.toString());
        assertThat(importing(binary)).contains(binary.toString());
        assertThat(importing(badJson)).contains(badJson.toString());
        assertThat(importing(sidecarText)).contains(sidecar.getFileName().toString());
        assertThat(refused("import", corpus.toString(), tmp.resolve("missing.txt").toString())).contains("missing.txt");
        assertThat(refused("import", corpus.toString(), write("x.docx", "PK").toString())).contains("x.docx");
    }

    @Test
    void damagedTablesAreNamedWithLineAndColumn() throws Exception {
        Path quote = write("q.csv", "coder,u1\na,\"open\n");
        Path latin = tmp.resolve("l.csv");
        Files.write(latin, new byte[]{'c', ',', 'u', '\n', 'a', ',', (byte) 0xE9, '\n'});
        Path words = write("w.csv", "coder,u1,u2\na,1,x\nb,2,3\n");

        assertThat(refused("agreement", "--table", quote.toString())).contains(quote + ", line 2, column 2");
        assertThat(refused("agreement", "--table", latin.toString())).contains(latin.toString()).contains("UTF-8");
        assertThat(refused("agreement", "--table", words.toString(), "--level", "interval"))
                .contains(words + ", line 2, column 3");
        assertThat(refused("agreement", "--table", tmp.resolve("none.csv").toString())).contains("none.csv");
        assertThat(refused("agreement", "--table", words.toString(), "--level", "loud")).contains("loud");
    }

    @Test
    void aTruncatedCasFileIsNamedAndSaidToBeTruncatedWithHowToRestoreIt() throws Exception {
        Path demo = DemoCorpus.create(tmp.resolve("demo"));
        Path cas = demo.resolve("documents/harbour-flood-a/annotations/anna.bcas");
        byte[] bytes = Files.readAllBytes(cas);

        for (int length : new int[]{0, 20, 300, bytes.length / 2, bytes.length - 1}) {
            Files.write(cas, Arrays.copyOf(bytes, length));
            assertThat(refused("agreement", demo.toString())).as("%d bytes", length).contains(cas.toString())
                    .containsAnyOf("truncated", "damaged").contains("Restore it from version control or a backup");
        }
    }

    @Test
    void runningOutOfMemoryIsOneLineSayingHowToGiveMore() throws Exception {
        FaultSeam.install((call, path) -> {
            throw new OutOfMemoryError("Java heap space");
        });

        String message = importing(DemoCorpus.samples());

        assertThat(message.strip()).doesNotContain("\n").startsWith("attest: memory ran out during 'attest import'")
                .contains("ATTEST_JAVA_OPTS=-Xmx");
    }

    @Test
    void optionErrorsAreWordedForUsers() throws Exception {
        refused("import", corpus.toString());
        refused("import", "--max-size", "lots", corpus.toString(), "a.txt");
        refused("agreement", "--format", "xml", "--table", write("t.csv", "coder,u\na,1\n").toString());
        refused("agreement");
        refused("nonsense");
    }
}
