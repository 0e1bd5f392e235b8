package org.attest.sync.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.attest.demo.ScriptedAnnotator.Personality;
import org.attest.model.DocumentState;
import org.attest.store.CorpusStore;
import org.attest.sync.SyncService;
import org.attest.sync.TeamHold;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A reviewer's hold on a document is team-wide: taking it asks the team first and publishes the hold at once. */
class TeamHoldTest {

    @TempDir
    Path tmp;

    @Test
    void theSecondReviewerToTakeADocumentLearnsWhoHoldsItAndTakesNothing() throws Exception {
        Team team = new Team(tmp).published();
        Path anna = team.cloneAs("anna");
        Team.annotate(anna, Personality.careful("anna"), DocumentState.FINISHED);
        Team.sync(anna);
        Path vera = team.cloneAs("vera");
        Path rita = team.cloneAs("rita");

        assertThat(take(vera, "vera").holder()).isEqualTo("vera");
        TeamHold.Taken ritas = take(rita, "rita");

        assertThat(ritas.holder()).isEqualTo("vera");
        assertThat(ritas.offline()).isNull();
        Path plain = tmp.resolve("plain");
        Team.git(tmp, "clone", "-q", team.url(), plain.toString());
        assertThat(Files.readString(plain.resolve("documents/harbour-flood-b/curation.xmi")))
                .contains("reviewer=\"vera\"");
        assertThat(Team.git(rita, "status", "--porcelain")).isEmpty();
    }

    @Test
    void offlineAHoldIsTakenOnThisMachineAndTheReasonSaid() throws Exception {
        Team team = new Team(tmp).published();
        Path rita = team.cloneAs("rita");
        Files.move(team.bare, tmp.resolve("away.git"));

        TeamHold.Taken taken = take(rita, "rita");

        assertThat(taken.holder()).isEqualTo("rita");
        assertThat(taken.offline()).contains("cannot reach the remote");
        assertThat(Files.readString(rita.resolve("documents/harbour-flood-b/curation.xmi")))
                .contains("reviewer=\"rita\"");
    }

    private static TeamHold.Taken take(Path clone, String reviewer) throws Exception {
        try (CorpusStore store = CorpusStore.open(clone, CorpusStore.Mode.WRITE, "test")) {
            return new TeamHold().take(store, "harbour-flood-b", reviewer, SyncService.Request.plain());
        }
    }
}
