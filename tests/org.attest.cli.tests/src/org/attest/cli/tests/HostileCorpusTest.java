package org.attest.cli.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.attest.cli.Cli;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A corpus folder crafted by a hostile colleague or stranger (it arrives by {@code git clone}): every command a user
 * runs on it reads, writes and connects nowhere outside it, and {@code validate} names what is wrong.
 */
class HostileCorpusTest {

    private static final Pattern INTERNALS = Pattern.compile("\\b[A-Z]\\w*(Exception|Error)\\b|\\tat [a-z]");

    @TempDir
    static Path shared;

    private static Path pristine;

    @TempDir
    Path tmp;

    @BeforeAll
    static void demoCorpus() {
        pristine = DemoCorpus.create(shared.resolve("demo"));
    }

    /** One way to tamper with a corpus. */
    interface Tamper {

        void apply(HostileCorpus h) throws IOException;
    }

    static Stream<Arguments> tamperedCorpora() {
        String docA = "documents/harbour-flood-a/";
        return Stream.of(
                Arguments.of("a tagset that lives on the network",
                        (Tamper) h -> h.edit("schema.xmi", "tagset=\"#EntityType\"",
                                "tagset=\"" + h.url("x.xmi") + "#EntityType\""),
                        "schema.xmi"),
                Arguments.of("a tagset in a file outside", (Tamper) h -> {
                    Files.copy(h.corpus.resolve("schema.xmi"), h.outside.resolve("x.xmi"));
                    h.edit("schema.xmi", "tagset=\"#EntityType\"",
                            "tagset=\"" + h.outside.resolve("x.xmi").toUri() + "#EntityType\"");
                }, "schema.xmi"),
                Arguments.of("an annotator record whose namespace is a URL to fetch",
                        (Tamper) h -> h.edit("annotators/anna.xmi",
                                "xmlns:attest=\"http://attest.org/corpus/1.0\"",
                                "xmlns:attest=\"" + h.url("ns") + "\""),
                        "anna.xmi"),
                Arguments.of("a state for a document named like a path outside",
                        (Tamper) h -> h.edit("annotators/anna.xmi",
                                "document=\"harbour-flood-a\"", "document=\"../../outside/secret\""),
                        "anna.xmi"),
                Arguments.of("a curation record naming a path outside", (Tamper) h -> h.edit(docA + "curation.xmi",
                        "document=\"harbour-flood-a\"", "document=\"../../outside\""), "curation.xmi"),
                Arguments.of("a lock file that links to a file outside",
                        (Tamper) h -> h.link(".attest/write.lock", h.outside.resolve("secret.txt")),
                        "write.lock"),
                Arguments.of("a lock file that links to nothing yet",
                        (Tamper) h -> h.link(".attest/write.lock", h.outside.resolve("newlock")),
                        "write.lock"),
                Arguments.of("a private folder that links outside",
                        (Tamper) h -> h.link(".attest", h.outside.resolve("private")), ".attest"),
                Arguments.of("a cache folder that links outside",
                        (Tamper) h -> h.link(".attest/cache", h.outside.resolve("private")), "cache"),
                Arguments.of("a staging folder that links outside",
                        (Tamper) h -> h.link(".attest/staging", h.outside.resolve("private")), "staging"),
                Arguments.of("a journal folder that links outside",
                        (Tamper) h -> h.link(".attest/journal", h.outside.resolve("private")), "journal"),
                Arguments.of("a recovery journal whose staged files are reached through a link outside", (Tamper) h -> {
                    String staging = ".attest/staging/import-00000000-0000-0000-0000-000000000001";
                    Files.createDirectories(h.outside.resolve("victim/harbour-flood-a"));
                    Files.writeString(h.outside.resolve("victim/harbour-flood-a/text.txt"), HostileCorpus.SECRET);
                    h.link(staging + "/new/documents", h.outside.resolve("victim"));
                    Files.createDirectories(h.corpus.resolve(".attest/journal"));
                    Files.writeString(
                            h.corpus.resolve(".attest/journal/import-00000000-0000-0000-0000-000000000001.intent"),
                            "attest-journal 1\noperation import\nsummary 1 document published\nstaging " + staging
                                    + "\nfile documents/harbour-flood-a/text.txt\nend\n");
                }, "new/documents"),
                Arguments.of("a document's annotations that live outside",
                        (Tamper) h -> h.moveOutAndLink(docA + "annotations", "annotations"),
                        "annotations"),
                Arguments.of("a text that links to a file outside",
                        (Tamper) h -> h.link(docA + "text.txt", h.outside.resolve("secret.txt")), "text.txt"),
                Arguments.of("an annotator's CAS that lives outside",
                        (Tamper) h -> h.moveOutAndLink(docA + "annotations/ben.bcas", "ben.bcas"),
                        "ben.bcas"),
                Arguments.of("a gold CAS that lives outside",
                        (Tamper) h -> h.moveOutAndLink(docA + "gold.bcas", "gold.bcas"), "gold.bcas"),
                Arguments.of("a curation record that lives outside",
                        (Tamper) h -> h.moveOutAndLink(docA + "curation.xmi", "curation.xmi"),
                        "curation.xmi"),
                Arguments.of("a corpus header that lives outside",
                        (Tamper) h -> h.moveOutAndLink("corpus.xmi", "corpus.xmi"), "corpus.xmi"),
                Arguments.of("a schema that lives outside", (Tamper) h -> h.moveOutAndLink("schema.xmi", "schema.xmi"),
                        "schema.xmi"),
                Arguments.of("a document folder that lives outside",
                        (Tamper) h -> h.moveOutAndLink("documents/harbour-flood-b", "doc"),
                        "harbour-flood-b"),
                Arguments.of("an annotator record that lives outside",
                        (Tamper) h -> h.moveOutAndLink("annotators/ben.xmi", "ben.xmi"), "ben.xmi"),
                Arguments.of("a text that is a named pipe", (Tamper) h -> {
                    Files.delete(h.corpus.resolve(docA + "text.txt"));
                    Process p = new ProcessBuilder("mkfifo", h.corpus.resolve(docA + "text.txt").toString()).start();
                    try {
                        assertThat(p.waitFor()).isZero();
                    } catch (InterruptedException e) {
                        throw new IOException(e);
                    }
                }, "text.txt"),
                Arguments.of("an export written into a document's folder",
                        (Tamper) h -> Files.writeString(h.corpus.resolve(docA + "manifest.json"), "{}"),
                        "manifest.json"),
                Arguments.of("two documents whose ids differ only in case", (Tamper) h -> {
                    HostileCorpus.copy(h.corpus.resolve("documents/harbour-flood-c"),
                            h.corpus.resolve("documents/Harbour-flood-c"));
                    h.edit("documents/Harbour-flood-c/document.xmi", "id=\"harbour-flood-c\"",
                            "id=\"Harbour-flood-c\"");
                    Files.delete(h.corpus.resolve("documents/Harbour-flood-c/curation.xmi"));
                    Files.delete(h.corpus.resolve("documents/Harbour-flood-c/gold.bcas"));
                }, "only in case"),
                Arguments.of("an annotator named like a Windows device", (Tamper) h -> {
                    Files.move(h.corpus.resolve("annotators/ben.xmi"), h.corpus.resolve("annotators/CON.xmi"));
                    h.edit("annotators/CON.xmi", "name=\"ben\"", "name=\"CON\"");
                }, "CON"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("tamperedCorpora")
    void noCommandReachesOutsideATamperedCorpusAndValidateNamesWhatIsWrong(String name, Tamper tamper, String named)
            throws Exception {
        try (HostileCorpus h = HostileCorpus.of(pristine, tmp)) {
            tamper.apply(h);
            String before = h.outsideDigest();
            String c = h.corpus.toString();
            List<String[]> commands = List.of(new String[]{"validate", c}, new String[]{"info", c},
                    new String[]{"schema", c},
                    new String[]{"agreement", c}, new String[]{"curation", c, "status"}, new String[]{"merge", c},
                    new String[]{"export", c, h.out.toString(), "--format", "jsonl"},
                    new String[]{"annotators", c, "add", "carl"},
                    new String[]{"import", c, DemoCorpus.samples().toString()}, new String[]{"unlock", c});
            boolean readsShow = h.readsShow();
            for (String[] command : commands) {
                h.armReadTraps();
                CommandRun r = Assertions.assertTimeoutPreemptively(Duration.ofSeconds(60), () -> attest(command),
                        () -> String.join(" ", command) + " hung on " + name);
                String what = String.join(" ", command) + " on " + name + "\nout: " + r.out() + "\nerr: " + r.err();
                if (readsShow) {
                    assertThat(h.readOutside()).as("files outside read by " + what).isEmpty();
                }
                assertThat(h.outsideDigest()).as("the outside folder after " + what).isEqualTo(before);
                assertThat(h.connections()).as("connections after " + what).isZero();
                assertThat(r.out() + r.err()).as(what).doesNotContain(HostileCorpus.SECRET)
                        .doesNotContainPattern(INTERNALS);
                if (command[0].equals("validate")) {
                    assertThat(r.code()).as(what).isIn(Cli.PROBLEMS, Cli.FAILED);
                    assertThat(r.out() + r.err()).as(what).contains(named);
                } else if (r.code() != 0) {
                    assertThat(r.err()).as("a refusal names the file: " + what).contains(c);
                }
            }
        }
    }

    @org.junit.jupiter.api.Test
    void anImportRefusesALinkedArticleUnlessToldToFollowLinksAndSaysSo() throws Exception {
        Path c = tmp.resolve("c");
        assertThat(attest("init", c.toString()).code()).isZero();
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.writeString(tmp.resolve("elsewhere.txt"), "A text kept elsewhere.\n");
        Files.createSymbolicLink(in.resolve("linked.txt"), tmp.resolve("elsewhere.txt"));

        CommandRun refused = attest("import", c.toString(), in.toString());
        CommandRun followed = attest("import", c.toString(), in.toString(), "--follow-links");

        assertThat(refused.code()).isEqualTo(Cli.FAILED);
        assertThat(refused.err())
                .contains(in.resolve("linked.txt") + ": a symbolic link (to " + tmp.resolve("elsewhere.txt") + ")")
                .contains("--follow-links");
        assertThat(followed.code()).as(followed.err()).isZero();
        assertThat(followed.out()).contains("1 added");
    }

    @org.junit.jupiter.api.Test
    void namesThatCannotLiveOnEverySystemAreRefusedWhenCreated() throws Exception {
        Path c = tmp.resolve("c");
        attest("init", c.toString());
        attest("annotators", c.toString(), "add", "anna");
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.writeString(in.resolve("con.txt"), "A text whose id Windows reserves.\n");
        Path twin = Files.createDirectories(tmp.resolve("twin"));
        Files.writeString(twin.resolve("report.txt"), "The first report.\n");
        Files.writeString(twin.resolve("Report.jsonl"), "{\"id\": \"Report\", \"text\": \"The second report.\"}\n");

        CommandRun device = attest("annotators", c.toString(), "add", "NUL");
        CommandRun caseOnly = attest("annotators", c.toString(), "add", "Anna");
        CommandRun reserved = attest("import", c.toString(), in.toString());
        CommandRun twins = attest("import", c.toString(), twin.toString());

        assertThat(device.err()).contains("'NUL' is not a valid annotator name: Windows reserves 'NUL'");
        assertThat(caseOnly.err()).contains("'Anna' differs from the annotator 'anna' only in case");
        assertThat(reserved.err()).contains("document id 'con' is not usable as a folder name: Windows reserves 'con'");
        assertThat(twins.code()).as(twins.err()).isZero();
        assertThat(twins.out()).contains("added     Report ").contains("added     report-2")
                .contains("(id 'report' was taken)");
        assertThat(attest("validate", c.toString()).code()).isZero();
    }

    private static CommandRun attest(String... args) {
        return CommandRun.of(args);
    }
}
