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

/**
 * {@code attest publish, clone, sync, status, history, conflicts} and the team-wide reviewer hold, as a user types
 * them.
 */
class TeamCommandsTest {

    private ByteArrayOutputStream out;
    private ByteArrayOutputStream err;

    @TempDir
    Path tmp;

    private Path remote;

    /**
     * The demo corpus (anna and ben finished every article, rita curated all but harbour-flood-c), published by the
     * lead.
     */
    @BeforeEach
    void setUp() {
        Path lead = DemoCorpus.create(tmp.resolve("lead"));
        remote = tmp.resolve("shared/flood.git");
        assertThat(run("publish", lead.toString(), remote.toString(), "--user", "lead")).as(err()).isZero();
        assertThat(out()).contains("Created the bare repository " + remote)
                .contains(
                        "Recorded your work: lead: created the corpus, imported harbour-flood-a, harbour-flood-b, harbour-flood-c")
                .contains("Published 1 commit(s).").contains("attest clone " + remote + " DIR --annotator NAME");
    }

    private int run(String... args) {
        out = new ByteArrayOutputStream();
        err = new ByteArrayOutputStream();
        return new Cli(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).run(args);
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private Path cloneAs(String person) {
        Path home = tmp.resolve(person);
        assertThat(run("clone", remote.toString(), home.toString(), "--annotator", person)).as(err()).isZero();
        assertThat(out()).contains("3 document(s), annotators anna, ben").contains("You work here as '" + person + "'");
        return home;
    }

    @Test
    void aSecondReviewerSeesWhoHoldsADocumentTakenOnAnotherMachine() {
        Path vera = cloneAs("vera");
        Path rita = cloneAs("rita");

        assertThat(run("curation", vera.toString(), "decide", "harbour-flood-c", "1", "--take", "ben")).as(err())
                .isZero();
        assertThat(err()).contains("synchronised to see who holds 'harbour-flood-c'")
                .contains("published your work on 'harbour-flood-c' to the team");
        assertThat(out()).contains("(reviewer vera)");

        int refused = run("curation", rita.toString(), "decide", "harbour-flood-c", "1", "--reject");

        assertThat(refused).isEqualTo(Cli.FAILED);
        assertThat(err()).contains("synchronised to see who holds 'harbour-flood-c'; received 1 change(s)")
                .contains("'harbour-flood-c' is being curated by 'vera'");
        assertThat(run("curation", rita.toString(), "status")).isZero();
        assertThat(out()).containsPattern("harbour-flood-c .* vera");
    }

    @Test
    void statusHistoryAndSyncTellWhatIsPublishedAndWhoDidWhat() throws Exception {
        Path anna = cloneAs("anna");
        assertThat(run("status", anna.toString())).isZero();
        assertThat(out()).contains("branch main, remote " + remote + ", you are 'anna'").contains("Ahead 0, behind 0")
                .contains("Everything you did is published.");
        Path record = anna.resolve("annotators/anna.xmi");
        Files.writeString(record, Files.readString(record).replace("document=\"harbour-flood-b\" state=\"finished\"",
                "document=\"harbour-flood-b\" state=\"in-progress\""));

        assertThat(run("status", anna.toString())).isZero();
        assertThat(out()).contains("Not yet recorded: anna: reopened harbour-flood-b")
                .contains("Publish it with: attest sync " + anna);
        assertThat(run("sync", anna.toString())).as(err()).isZero();
        assertThat(out()).contains("Recorded your work: anna: reopened harbour-flood-b")
                .contains("Published 1 commit(s).");
        assertThat(run("sync", anna.toString())).isZero();
        assertThat(out()).contains("Already up to date");

        assertThat(run("history", anna.toString(), "harbour-flood-b")).isZero();
        assertThat(out()).containsPattern("anna +reopened").containsPattern("lead +imported");
        assertThat(run("conflicts", anna.toString())).isZero();
        assertThat(out()).contains("No versions kept aside");
    }

    @Test
    void teamCommandsOnACorpusThatIsNotSharedSayHowToShareIt() {
        Path alone = tmp.resolve("alone");
        assertThat(run("init", alone.toString())).isZero();

        assertThat(run("sync", alone.toString())).isEqualTo(Cli.FAILED);
        assertThat(err()).contains("is not shared through Git").contains("attest publish " + alone + " URL");
        assertThat(run("clone", tmp.resolve("nowhere.git").toString(), tmp.resolve("x").toString()))
                .isEqualTo(Cli.FAILED);
        assertThat(err()).contains("nowhere.git").doesNotContain("Exception");
        assertThat(tmp.resolve("x")).doesNotExist();
    }
}
