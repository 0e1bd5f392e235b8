package org.attest.cli.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.attest.cli.Cli;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AgreementCommandTest {

    // Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability", example C: interval alpha = 0.849.
    private static final String KRIPPENDORFF = """
            coder,1,2,3,4,5,6,7,8,9,10,11,12
            A,1,2,3,3,2,1,4,1,2,,,
            B,1,2,3,3,2,2,4,1,2,5,,3
            C,,3,3,3,2,3,4,2,2,5,1,
            D,1,2,3,3,2,4,4,1,2,5,1,
            """;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private Cli sut;

    @TempDir
    Path dir;

    @BeforeEach
    void setUp() {
        sut = new Cli(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private String table(String text) throws Exception {
        return Files.writeString(dir.resolve("votes.csv"), text).toString();
    }

    @Test
    void printsKrippendorffsIntervalAlphaForHisExample() throws Exception {
        int code = sut.run("agreement", "--table", table(KRIPPENDORFF), "--measure", "alpha", "--level", "interval");

        assertThat(code).isZero();
        assertThat(out()).contains("krippendorff-alpha (interval)").contains("0.849").contains("units used       11");
        assertThat(err()).isEmpty();
    }

    @Test
    void printsJsonWhenAskedTo() throws Exception {
        int code = sut.run("agreement", "--table", table(KRIPPENDORFF), "--level", "nominal", "--format", "json");

        assertThat(code).isZero();
        assertThat(out()).startsWith("{\"measure\":\"krippendorff-alpha (nominal)\",\"value\":0.743");
    }

    @Test
    void cohenWithFourCodersIsAClearErrorWithoutAStackTrace() throws Exception {
        int code = sut.run("agreement", "--table", table(KRIPPENDORFF), "--measure", "cohen");

        assertThat(code).isEqualTo(Cli.FAILED);
        assertThat(err()).contains("exactly two coders").doesNotContain("\tat ");
    }

    @Test
    void aBadCellIsReportedWithFileLineAndColumn() throws Exception {
        int code = sut.run("agreement", "--table", table("coder,u1,u2\nA,1,2\nB,1\n"));

        assertThat(code).isEqualTo(Cli.FAILED);
        assertThat(err()).contains("votes.csv, line 3, column 2");
    }

    @Test
    void aFolderThatIsNoCorpusIsReportedWithTheFix() {
        int code = sut.run("agreement", dir.toString());

        assertThat(code).isEqualTo(Cli.FAILED);
        assertThat(err()).contains("is not an Attest corpus").contains("attest init").doesNotContain("\tat ");
    }

    @Test
    void nothingToMeasureNamesBothModes() {
        int code = sut.run("agreement");

        assertThat(code).isEqualTo(Cli.FAILED);
        assertThat(err()).contains("corpus folder").contains("--table");
    }

    @Test
    void tableModeTakesASingleMeasure() throws Exception {
        int code = sut.run("agreement", "--table", table(KRIPPENDORFF), "--measure", "alpha", "--measure", "fleiss");

        assertThat(code).isEqualTo(Cli.FAILED);
        assertThat(err()).contains("one measure at a time");
    }

    @Test
    void theRootHelpListsTheAgreementCommand() {
        assertThat(sut.run("--help")).isZero();
        assertThat(out()).contains("agreement");
    }

    private static void deleteCache(Path corpus) {
        try {
            java.nio.file.Files.delete(corpus.resolve(".attest/cache/observations.bin"));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private Path demoCorpus() {
        return DemoCorpus.create(dir.resolve("corpus"));
    }

    @Test
    void corpusModePrintsEveryLayerWithPairsConfusionLabelsAndDocuments() {
        Path corpus = demoCorpus();

        int code = sut.run("agreement", corpus.toString());

        assertThat(code).as(err()).isZero();
        assertThat(out()).contains("Agreement over 3 document(s), 0 skipped; annotators: anna, ben")
                .contains("== Entity").contains("== Attribution").contains("anna / ben")
                .contains("Confusion matrix, anna (rows) x ben (columns)").contains("(no annotation)")
                .contains("Documents, lowest agreement first").contains("harbour-flood-a").contains("unitizing");
    }

    @Test
    void aSecondRunSaysItReadTheUnchangedCasFilesFromTheCacheAndPrintsTheSameFigures() {
        Path corpus = demoCorpus();
        // the demo computed agreement already; without its cache every file is read
        assertThat(corpus.resolve(".attest/cache/observations.bin")).isRegularFile();
        deleteCache(corpus);
        sut.run("agreement", corpus.toString(), "--format", "csv");
        String first = out();
        assertThat(err()).contains("agreement: read 6 CAS file(s), 0 unchanged one(s) from the cache");
        out.reset();
        err.reset();

        int code = sut.run("agreement", corpus.toString(), "--format", "csv");

        assertThat(code).as(err()).isZero();
        assertThat(err())
                .isEqualTo("agreement: read 0 CAS file(s), 6 unchanged one(s) from the cache" + System.lineSeparator());
        assertThat(out()).isEqualTo(first);
    }

    @Test
    void corpusModeWritesCsvRowsPerScope() {
        Path corpus = demoCorpus();

        int code = sut.run("agreement", corpus.toString(), "--format", "csv", "--layer", "Entity");

        assertThat(code).as(err()).isZero();
        assertThat(out()).startsWith("layer,scope,subject,measure,value,note").contains("Entity,corpus,,alpha,")
                .contains("Entity,pair,anna/ben,cohen,").contains("Entity,label,PERSON,")
                .contains("Entity,document,harbour-flood-")
                .doesNotContain("Claim,");
    }

    @Test
    void corpusModeWritesJsonWithOnlyTheRequestedMeasures() {
        Path corpus = demoCorpus();

        int code = sut.run("agreement", corpus.toString(), "--format", "json", "--layer", "Claim", "--measure", "alpha",
                "--no-annotation", "missing");

        assertThat(code).as(err()).isZero();
        assertThat(out()).startsWith(
                "{\"annotators\":[\"anna\",\"ben\"],\"documentsCounted\":3,\"skipped\":[],\"noAnnotation\":\"missing\"")
                .contains("\"layer\":\"Claim\"").contains("\"corpus\":{\"alpha\":{").doesNotContain("\"cohen\"")
                .doesNotContain("\"layer\":\"Entity\"");
    }

    @Test
    void corpusModeEndsWithAClaimsSectionOfValuesClustersAndChainsWithTheirPairs() {
        Path corpus = demoCorpus();

        int code = sut.run("agreement", corpus.toString());

        assertThat(code).as(err()).isZero();
        String claims = out().substring(out().indexOf("== Claims"));
        assertThat(claims).containsPattern("== Claims \\(\\d+ claim span\\(s\\), \\d+ marked by two or more annotators")
                .contains("FIGURE").contains("PAIRS").contains("value alpha (interval)").contains("values within 10%")
                .contains("cluster alpha (nominal)").contains("same cluster").contains("chain alpha (nominal)")
                .contains("same chain").containsPattern("of \\d+ pair\\(s\\) agree");
    }

    @Test
    void theToleranceOptionReachesTheClaimFiguresInJsonAndCsv() {
        Path corpus = demoCorpus();

        int code = sut.run("agreement", corpus.toString(), "--format", "json", "--tolerance", "25");
        String json = out();
        out.reset();
        int csvCode = sut.run("agreement", corpus.toString(), "--format", "csv", "--measure", "claims");

        assertThat(code).as(err()).isZero();
        assertThat(csvCode).as(err()).isZero();
        assertThat(json).containsPattern("\"claims\":\\{\"tolerance\":0.25,\"claims\":\\d+,\"matched\":\\d+,"
                + "\"value\":\\{\"pairs\":\\d+,\"alpha\":\\{\"measure\":\"krippendorff-alpha \\(interval\\)\"")
                .contains("\"cluster\":{\"pairs\":").contains("\"chain\":{\"pairs\":");
        assertThat(out()).contains("Claim,claims,,value-alpha,").contains("Claim,claims,,value-within-tolerance,")
                .contains("tolerance 10% of the larger value").contains("Claim,claims,,chain-same,")
                .doesNotContain("Entity,corpus,");
    }

    @Test
    void aNegativeToleranceIsAUserErrorThatSaysWhatItTakes() {
        Path corpus = demoCorpus();

        int code = sut.run("agreement", corpus.toString(), "--tolerance", "-5");

        assertThat(code).isEqualTo(Cli.FAILED);
        assertThat(err()).contains("--tolerance takes a percentage of zero or more").doesNotContain("\tat ");
    }

    @Test
    void anUnknownLayerOrMeasureIsAUserError() {
        Path corpus = demoCorpus();

        assertThat(sut.run("agreement", corpus.toString(), "--layer", "Sentiment")).isEqualTo(Cli.FAILED);
        assertThat(sut.run("agreement", corpus.toString(), "--measure", "kappa")).isEqualTo(Cli.FAILED);
        assertThat(err()).contains("no layer 'Sentiment'").contains("'kappa' is not an agreement measure")
                .doesNotContain("\tat ");
    }
}
