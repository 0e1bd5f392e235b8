package org.attest.sync.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.attest.curation.CurationService;
import org.attest.curation.CurationSession;
import org.attest.curation.MergePolicy;
import org.attest.curation.MergeRequest;
import org.attest.demo.ScriptedAnnotator.Personality;
import org.attest.demo.ScriptedReviewer;
import org.attest.export.ExportRequest;
import org.attest.export.ExportResult;
import org.attest.export.ExportService;
import org.attest.model.Document;
import org.attest.model.DocumentState;
import org.attest.model.GoldState;
import org.attest.store.CorpusStore;
import org.attest.sync.HistoryService;
import org.attest.sync.StatusService;
import org.attest.sync.SyncResult;
import org.attest.sync.TeamStatus;
import org.attest.validate.CorpusValidator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The team walkthrough of the README, with a real bare repository: nobody is ever asked to resolve a Git conflict. */
class TeamWalkthroughTest {

    @TempDir
    Path tmp;

    @Test
    void aLeadAnnotatorsAndAReviewerWorkOfflineAndSyncInAnyOrderWithoutAConflict() throws Exception {
        Team team = new Team(tmp).published();
        Path anna = team.cloneAs("anna");
        Path ben = team.cloneAs("ben");
        Team.annotate(anna, Personality.careful("anna"), DocumentState.FINISHED);
        Team.annotate(ben, new Personality("ben", 7, 0.15, 0.3, 0.15), DocumentState.FINISHED);

        SyncResult bens = Team.sync(ben);
        SyncResult annas = Team.sync(anna);

        String bensWork = "ben: finished harbour-flood-a, harbour-flood-b, harbour-flood-c, 3 documents edited";
        assertThat(bens.committed()).isEqualTo(bensWork);
        assertThat(annas.received()).containsExactly(bensWork);
        assertThat(annas.notes()).isEmpty();
        Path rita = team.cloneAs("rita");
        try (CorpusStore store = CorpusStore.open(rita, CorpusStore.Mode.WRITE, "test")) {
            for (Document d : store.corpus().getDocuments()) {
                assertThat(CorpusStore.state(d, "anna")).isEqualTo(DocumentState.FINISHED);
                assertThat(CorpusStore.state(d, "ben")).isEqualTo(DocumentState.FINISHED);
            }
            CurationService curation = new CurationService(store);
            curation.merge(new MergeRequest(MergePolicy.UNANIMOUS, false), m -> {
            });
            for (Document d : store.corpus().getDocuments()) {
                CurationSession session = curation.open(d.getId(), "rita", false);
                new ScriptedReviewer("anna").settle(session);
                session.save();
                session.markCurated();
            }
        }
        SyncResult ritas = Team.sync(rita);
        assertThat(ritas.committed()).startsWith("rita: ")
                .contains("decided in harbour-flood-a, harbour-flood-b, harbour-flood-c")
                .contains("marked curated harbour-flood-a, harbour-flood-b, harbour-flood-c");

        SyncResult leads = Team.sync(team.lead());

        assertThat(leads.received()).hasSize(3)
                .allMatch(m -> m.startsWith("ben: ") || m.startsWith("anna: ") || m.startsWith("rita: "));
        try (CorpusStore store = CorpusStore.open(team.lead(), CorpusStore.Mode.READ, "test")) {
            assertThat(store.corpus().getDocuments())
                    .allSatisfy(d -> assertThat(store.goldState(d)).isEqualTo(GoldState.CURATED));
            assertThat(new CorpusValidator(store).validate(m -> {
            })).isEmpty();
            ExportResult gold = new ExportService(store)
                    .export(new ExportRequest("conll", ExportRequest.GOLD, List.of(100), 1,
                            tmp.resolve("export")), m -> {
                            });
            assertThat(gold.skipped()).isEmpty();
            assertThat(gold.total().written()).isNotEmpty();
        }
        List<HistoryService.Entry> history = new HistoryService().history(team.lead(), "harbour-flood-b", 0);
        assertThat(history).extracting(e -> e.author() + ": " + e.what()).containsExactly(
                "rita: gold decisions, marked curated",
                "anna: finished, annotations edited",
                "ben: finished, annotations edited",
                "lead: imported");
        TeamStatus status = new StatusService().status(team.lead(), false, null);
        assertThat(status.ahead()).isZero();
        assertThat(status.behind()).isZero();
        assertThat(status.hasUnpublishedWork()).isFalse();
        assertThat(status.user()).isEqualTo("lead");
        assertThat(Files.list(tmp.resolve("lead")).map(p -> p.getFileName().toString())).doesNotContain("conflicts");
    }
}
