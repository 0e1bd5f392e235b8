package org.attest.cli.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.attest.cli.Cli;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CurationCommandTest {

    private ByteArrayOutputStream out = new ByteArrayOutputStream();
    private ByteArrayOutputStream err = new ByteArrayOutputStream();
    private Cli sut;

    @TempDir
    Path dir;

    private Path corpus;

    /** The demo corpus: anna and ben finished every article, merged, rita curated all but harbour-flood-c. */
    @BeforeEach
    void setUp() throws Exception {
        corpus = DemoCorpus.create(dir.resolve("c"));
        reset();
    }

    private void reset() {
        out = new ByteArrayOutputStream();
        err = new ByteArrayOutputStream();
        sut = new Cli(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private int run(String... args) {
        reset();
        return sut.run(args);
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void statusShowsEachDocumentsGoldStateAndQueue() {
        int code = run("curation", corpus.toString(), "status");

        assertThat(code).as(err()).isZero();
        assertThat(out()).containsPattern("harbour-flood-a +anna,ben +curated +\\d+ +\\d+ +\\d+ +0 +0 +0 +-")
                .containsPattern(
                        "harbour-flood-c +anna,ben +in-curation +\\d+ +[1-9]\\d* +0 +0 +[1-9]\\d* +[1-9]\\d* +-")
                .contains("3 document(s), 2 curated");
    }

    @Test
    void aReviewerDecidesFromTheQueueAndTheDecisionsShowWhoDecidedWhatAndWhy() {
        assertThat(run("curation", corpus.toString(), "queue", "harbour-flood-c")).as(err()).isZero();
        assertThat(out()).contains("Queue of harbour-flood-c").containsPattern("  1  \\S+ \\[\\d+,\\d+\\)")
                .contains("open");
        int before = queueSize();

        int code = run("curation", corpus.toString(), "decide", "harbour-flood-c", "1", "--reject", "--reviewer",
                "vera", "--comment",
                "not a named source");

        assertThat(code).as(err()).isZero();
        assertThat(out()).contains("rejected (no annotation) (reviewer vera); " + (before - 1) + " item(s) left");
        assertThat(run("curation", corpus.toString(), "decisions", "harbour-flood-c")).isZero();
        assertThat(out()).contains("by vera").contains("comment: not a named source")
                .contains("by auto-merge (unanimous)")
                .containsPattern("supported by anna, ben +at 20\\d\\d-");
    }

    private int queueSize() {
        run("curation", corpus.toString(), "queue", "harbour-flood-c");
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("Queue of harbour-flood-c: (\\d+) item")
                .matcher(out());
        assertThat(m.find()).isTrue();
        return Integer.parseInt(m.group(1));
    }

    @Test
    void aSecondReviewerIsRefusedUntilTheDocumentIsReleased() {
        // the first item of harbour-flood-c is ben's "The Lieva", where careful anna marked "Lieva"
        assertThat(run("curation", corpus.toString(), "decide", "harbour-flood-c", "1", "--take", "ben", "--reviewer",
                "vera")).as(err()).isZero();

        int refused = run("curation", corpus.toString(), "decide", "harbour-flood-c", "1", "--reject", "--reviewer",
                "walt");

        assertThat(refused).isEqualTo(Cli.FAILED);
        assertThat(err()).contains("'harbour-flood-c' is being curated by 'vera'")
                .contains("release it with: attest curation " + corpus + " release harbour-flood-c");
        assertThat(run("curation", corpus.toString(), "release", "harbour-flood-c")).isZero();
        assertThat(out()).contains("Released 'harbour-flood-c' from vera");
        assertThat(
                run("curation", corpus.toString(), "decide", "harbour-flood-c", "1", "--reject", "--reviewer", "walt"))
                .as(err()).isZero();
    }

    @Test
    void aReviewerWhoSettledEveryItemMarksTheDocumentCurated() {
        // a rejected span takes the relations on it along, so the queue is read again after each decision
        for (int decided = 0; queueSize() > 0; decided++) {
            assertThat(decided).as("decisions taken").isLessThan(100);
            assertThat(run("curation", corpus.toString(), "decide", "harbour-flood-c", "1", "--reject", "--reviewer",
                    "vera")).as(err()).isZero();
        }
        assertThat(run("curation", corpus.toString(), "queue", "harbour-flood-c")).isZero();
        assertThat(out()).contains("mark it curated with: attest curation " + corpus + " curated harbour-flood-c");

        int code = run("curation", corpus.toString(), "curated", "harbour-flood-c", "--reviewer", "vera");

        assertThat(code).as(err()).isZero();
        assertThat(out()).containsPattern("'harbour-flood-c' is curated \\(\\d+ decision\\(s\\)\\)");
        assertThat(run("curation", corpus.toString(), "status")).isZero();
        assertThat(out()).contains("3 document(s), 3 curated, 0 position(s) in the queue.");
    }

    @Test
    void releasingADocumentNobodyHoldsChangesNothingAndSaysSo() {
        int code = run("curation", corpus.toString(), "release", "harbour-flood-c");

        assertThat(code).as(err()).isZero();
        assertThat(out()).contains("'harbour-flood-c' was not held by a reviewer; nothing changed.");
    }

    @Test
    void twoChoicesInOneDecisionAreRefusedInOneLineNamingBoth() throws Exception {
        Map<String, String> before = hashes(corpus);

        int code = run("curation", corpus.toString(), "decide", "harbour-flood-c", "1", "--take", "anna", "--reject");

        assertThat(code).isEqualTo(Cli.FAILED);
        assertThat(err().strip()).doesNotContain("\n").contains("--take", "--reject", "mutually exclusive")
                .endsWith("see 'attest curation DIR decide --help'").doesNotContain("Usage:");
        assertThat(out()).isEmpty();
        assertThat(hashes(corpus)).isEqualTo(before);
    }

    @Test
    void aDecisionWithoutAChoiceNamesTheChoicesInOneLine() {
        int code = run("curation", corpus.toString(), "decide", "harbour-flood-c", "1", "--keep", "--reject");
        String both = err();
        int none = run("curation", corpus.toString(), "decide", "harbour-flood-c", "1");

        assertThat(code).isEqualTo(Cli.FAILED);
        assertThat(both).contains("--reject", "--keep");
        assertThat(none).isEqualTo(Cli.FAILED);
        assertThat(err().strip()).doesNotContain("\n").contains("--take", "--reject", "--keep").startsWith("attest: ");
    }

    @Test
    void helpListsEverySubcommandAndCurationAloneAsksForOne() {
        assertThat(run("curation", "--help")).isZero();
        assertThat(out()).contains("Usage: attest curation").contains("status", "queue", "decisions", "decide",
                "curated", "release");

        assertThat(run("curation", corpus.toString())).isEqualTo(Cli.FAILED);
        assertThat(err().strip()).doesNotContain("\n").contains("subcommand").endsWith("see 'attest curation --help'");
        assertThat(run("curation", corpus.toString(), "queu", "harbour-flood-c")).isEqualTo(Cli.FAILED);
        assertThat(err()).contains("did you mean queue");
        assertThat(run("curation", corpus.toString(), "decide", "--help")).isZero();
        assertThat(out()).contains("DOC", "ITEM", "--take", "--reject", "--keep");
    }

    @Test
    void theFolderComesRightAfterCurationAndTheActionAfterIt() {
        int code = run("curation", corpus.toString(), "decide", "harbour-flood-c", "1", "--take", "ben", "--reviewer",
                "vera");

        assertThat(code).as(err()).isZero();
        assertThat(out()).contains(": accepted ").contains("(reviewer vera)");
        assertThat(run("curation", corpus.toString(), "decisions", "harbour-flood-c")).isZero();
        assertThat(out()).contains("by vera");
    }

    @Test
    void theActionBeforeTheFolderIsRefusedInOneLineShowingTheOrder() throws Exception {
        Map<String, String> before = hashes(corpus);

        int status = run("curation", "status", corpus.toString());
        String statusError = err().strip();
        int decide = run("curation", "decide", corpus.toString(), "harbour-flood-c", "1", "--take", "anna");

        assertThat(status).isEqualTo(Cli.FAILED);
        assertThat(statusError).doesNotContain("\n").startsWith("attest: ").contains("attest curation DIR status");
        assertThat(decide).isEqualTo(Cli.FAILED);
        assertThat(err().strip()).doesNotContain("\n").contains("attest curation DIR decide");
        assertThat(out()).isEmpty();
        assertThat(hashes(corpus)).isEqualTo(before);
    }

    @Test
    void markingCuratedWithOpenItemsIsRefusedWithTheCount() {
        int code = run("curation", corpus.toString(), "curated", "harbour-flood-c", "--reviewer", "vera");

        assertThat(code).isEqualTo(Cli.FAILED);
        assertThat(err()).containsPattern("'harbour-flood-c' still has \\d+ open item\\(s\\), the first at ")
                .doesNotContain("\tat ");
    }

    @Test
    void mergeAgainKeepsTheReviewersDecisionsAndMergesNothingNew() {
        int code = run("merge", corpus.toString(), "--policy", "majority");

        assertThat(code).as(err()).isZero();
        assertThat(out()).contains("Auto-merge, policy majority")
                .containsPattern("harbour-flood-a +anna,ben +curated +0 ")
                .containsPattern("Merged 0 annotation\\(s\\) in 3 document\\(s\\)");
    }

    @Test
    void aMergeStoppedByATruncatedAnnotationFileNamesItAndLeavesEveryFileOfTheCorpusAsItWas() throws Exception {
        for (String id : List.of("harbour-flood-a", "harbour-flood-b", "harbour-flood-c")) {
            Files.delete(corpus.resolve("documents/" + id + "/gold.bcas"));
            Files.delete(corpus.resolve("documents/" + id + "/curation.xmi"));
        }
        Path ben = corpus.resolve("documents/harbour-flood-c/annotations/ben.bcas");
        byte[] whole = Files.readAllBytes(ben);
        Files.write(ben, Arrays.copyOf(whole, whole.length / 2));
        Map<String, String> before = hashes(corpus);

        int code = run("merge", corpus.toString());

        assertThat(code).isEqualTo(Cli.FAILED);
        assertThat(err()).contains("documents/harbour-flood-c/annotations/ben.bcas").contains("nothing was merged")
                .doesNotContain("\tat ");
        assertThat(hashes(corpus)).isEqualTo(before);
        Files.write(ben, whole);
        assertThat(run("merge", corpus.toString())).as(err()).isZero();
        assertThat(out()).containsPattern("Merged [1-9]\\d* annotation\\(s\\) in 3 document\\(s\\)");
        assertThat(corpus.resolve("documents/harbour-flood-c/gold.bcas")).exists();
    }

    /**
     * Returns relative path → SHA-256 of every file of {@code dir} but the write lock and the caches (derived data).
     */
    private static Map<String, String> hashes(Path dir) throws Exception {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                String relative = dir.relativize(p).toString();
                if (!relative.endsWith("write.lock") && !relative.startsWith(".attest/cache/")) {
                    files.put(relative, HexFormat.of()
                            .formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(p))));
                }
            }
        }
        return files;
    }

    @Test
    void anUnknownPolicyOrPositionIsExplained() {
        assertThat(run("merge", corpus.toString(), "--policy", "most")).isEqualTo(Cli.FAILED);
        assertThat(err()).contains("use unanimous, majority or min:K");
        assertThat(run("curation", corpus.toString(), "decide", "harbour-flood-c", "Claim 3-9", "--reject"))
                .isEqualTo(Cli.FAILED);
        assertThat(err()).contains("write it as LAYER [BEGIN,END)");
    }
}
