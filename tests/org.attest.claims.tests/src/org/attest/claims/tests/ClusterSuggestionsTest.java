package org.attest.claims.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.attest.testing.ClaimsCorpus.claim;

import java.nio.file.Path;
import java.util.List;

import org.attest.claims.ClaimFigure;
import org.attest.claims.ClusterAssignment;
import org.attest.claims.ClusterSuggestions;
import org.attest.claims.ClusterSuggestions.Suggestion;
import org.attest.claims.ConflictRules;
import org.attest.claims.CorpusClaims;
import org.attest.model.ClaimCluster;
import org.attest.store.CorpusException;
import org.attest.store.CorpusStore;
import org.attest.testing.ClaimsCorpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClusterSuggestionsTest {

    static final String HERALD = "Up to 100 people killed in the last 24 hours. 12 houses destroyed on Monday.";
    static final String COURIER = "At least 200 persons killed since Tuesday. 30 houses were destroyed on Monday. "
            + "Two people injured.";
    static final String GAZETTE = "Flood: 90 people killed. 8 houses destroyed on Wednesday.";

    @TempDir
    Path tmp;

    private ClaimsCorpus corpus() throws Exception {
        ClaimsCorpus corpus = ClaimsCorpus.create(tmp.resolve("c"));
        corpus.document("herald", "2024-05-03", HERALD, "kari",
                claim("Up to 100 people killed", "value", 100, "qualifier", "up to", "unit", "people killed",
                        "period", "in the last 24 hours", "cluster", "killed"),
                claim("12 houses destroyed", "value", 12, "unit", "houses destroyed", "period", "on Monday"));
        corpus.document("courier", "2024-05-03", COURIER, "kari",
                claim("At least 200 persons killed", "value", 200, "qualifier", "at least", "unit", "person killed",
                        "period", "since Tuesday"),
                claim("30 houses were destroyed", "value", 30, "unit", "house destroyed", "period", "on Monday"),
                claim("Two people injured", "value", 2, "unit", "people injured"));
        corpus.document("gazette", "2024-05-03", GAZETTE, "kari",
                claim("90 people killed", "value", 90, "unit", "people killed"),
                claim("8 houses destroyed", "value", 8, "unit", "houses destroyed", "period", "on Wednesday"));
        return corpus;
    }

    @Test
    void thatAClaimOfTheSameLemmaAndAnOverlappingPeriodIsSuggestedForTheExistingCluster() throws Exception {
        try (ClaimsCorpus corpus = corpus()) {
            List<Suggestion> sut = new ClusterSuggestions(corpus.store()).suggest("kari");

            assertThat(sut).filteredOn(s -> s.cluster().equals("killed")).extracting(s -> s.claim().text())
                    .containsExactly("At least 200 persons killed", "90 people killed");
            assertThat(sut).filteredOn(s -> s.claim().text().equals("90 people killed")).singleElement()
                    .satisfies(s -> assertThat(s.reason()).contains("'person kill'").contains("states no period"));
        }
    }

    @Test
    void thatUnclusteredClaimsOfOneLemmaAndOverlappingPeriodsShareANewClusterAndALonelyOneGetsNone()
            throws Exception {
        try (ClaimsCorpus corpus = corpus()) {
            List<Suggestion> sut = new ClusterSuggestions(corpus.store()).suggest("kari");

            assertThat(sut).filteredOn(Suggestion::newCluster).extracting(s -> s.claim().text(), Suggestion::cluster)
                    .containsExactly(
                            org.assertj.core.groups.Tuple.tuple("30 houses were destroyed", "houses-destroyed"),
                            org.assertj.core.groups.Tuple.tuple("12 houses destroyed", "houses-destroyed"));
            // Wednesday's houses lie apart from Monday's; the injured have no one of their lemma
            assertThat(sut).extracting(s -> s.claim().text()).doesNotContain("8 houses destroyed",
                    "Two people injured");
        }
    }

    @Test
    void thatApplyingLinksTheClaimsCreatesTheNewClusterAndSurvivesReopening() throws Exception {
        Path dir = tmp.resolve("c");
        int linked;
        try (ClaimsCorpus corpus = corpus()) {
            List<Suggestion> suggestions = new ClusterSuggestions(corpus.store()).suggest("kari");
            linked = new ClusterAssignment(corpus.store()).apply("kari", suggestions);
            assertThat(linked).isEqualTo(suggestions.size()).isEqualTo(4);
        }
        try (CorpusStore store = CorpusStore.open(dir, CorpusStore.Mode.READ, "test")) {
            List<ClaimFigure> figures = new CorpusClaims(store, new ConflictRules()).figures("kari");
            assertThat(figures).filteredOn(f -> f.cluster() == null).extracting(ClaimFigure::text)
                    .containsExactlyInAnyOrder("8 houses destroyed", "Two people injured");
            assertThat(store.corpus().getClaimClusters()).extracting(ClaimCluster::getId, ClaimCluster::getProposition)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("houses-destroyed", "houses destroyed"));
            assertThat(new ClusterSuggestions(store).suggest("kari")).isEmpty();
        }
    }

    @Test
    void thatTheGoldIsNotChangedByApplyingSuggestions() throws Exception {
        try (ClaimsCorpus corpus = corpus()) {
            List<Suggestion> suggestions = new ClusterSuggestions(corpus.store()).suggest("kari");

            assertThatThrownBy(() -> new ClusterAssignment(corpus.store()).apply(CorpusClaims.GOLD, suggestions))
                    .isInstanceOf(CorpusException.class).hasMessageContaining("curation");
        }
    }
}
