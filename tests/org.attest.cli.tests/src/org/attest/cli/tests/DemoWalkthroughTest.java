package org.attest.cli.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.attest.claims.Chain;
import org.attest.claims.ChainLink;
import org.attest.claims.ClaimFigure;
import org.attest.claims.Cluster;
import org.attest.claims.ClusterSuggestions;
import org.attest.claims.ConflictRules;
import org.attest.claims.CorpusClaims;
import org.attest.claims.Verdict;
import org.attest.model.Entity;
import org.attest.store.CorpusStore;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The demo's last steps on the project's samples: claims judged across three outlets, duplicates merged. */
class DemoWalkthroughTest {

    @TempDir
    static Path tmp;

    private static CommandRun sut;
    private static Path corpus;

    @BeforeAll
    static void runTheDemo() {
        corpus = tmp.resolve("demo");
        sut = CommandRun.of("demo", "--samples", DemoCorpus.samples().toString(), "--corpus", corpus.toString());
    }

    @Test
    void theDemoPrintsTheVerdictsTheConflictRulesGiveOnAnnasClaims() throws Exception {
        assertThat(sut.code()).as(sut.err()).isZero();
        List<Verdict> verdicts;
        try (CorpusStore store = CorpusStore.open(corpus, CorpusStore.Mode.READ, "test")) {
            verdicts = new CorpusClaims(store, new ConflictRules()).read("anna").clusters().stream()
                    .flatMap(c -> c.verdicts().stream()).toList();
        }
        assertThat(verdicts).isNotEmpty();
        for (Verdict v : verdicts) {
            assertThat(sut.out()).contains(v.a().where() + " x " + v.b().where() + ": " + v.reason());
        }
        assertThat(sut.out()).contains("10. claims").contains("11. registry")
                .containsPattern(
                        "(?m)^ +conflict +harbour-flood-a \\[\\d+,\\d+\\) x harbour-flood-c \\[\\d+,\\d+\\): same period 2026-03-14: ")
                .contains(verdicts.stream().filter(Verdict::conflict).count() + " conflict(s)");
    }

    @Test
    void annasClaimsHoldARealConflictAgreeingLowerBoundsAndANestedPairThatIsNoConflict() throws Exception {
        List<Cluster> clusters;
        try (CorpusStore store = CorpusStore.open(corpus, CorpusStore.Mode.READ, "test")) {
            clusters = new CorpusClaims(store, new ConflictRules()).read("anna").clusters();
            assertThat(store.corpus().getClaimClusters()).extracting(c -> c.getId()).contains("people-missing",
                    "people-killed", "people-displaced");
        }
        assertThat(cluster(clusters, "people-missing").conflicts()).singleElement()
                .satisfies(v -> assertThat(List.of(v.a().document(), v.b().document()))
                        .containsExactly("harbour-flood-a", "harbour-flood-c"));
        assertThat(cluster(clusters, "people-displaced").verdicts()).isNotEmpty()
                .allSatisfy(v -> assertThat(v.kind()).isEqualTo(Verdict.Kind.AGREE))
                .allSatisfy(v -> assertThat(List.of(v.a().qualifier(), v.b().qualifier())).containsOnly("more than"));
        assertThat(cluster(clusters, "people-killed").verdicts())
                .filteredOn(v -> v.reason().startsWith("counts over nested periods"))
                .anySatisfy(v -> {
                    assertThat(v.kind()).isEqualTo(Verdict.Kind.AGREE);
                    assertThat(v.reason()).contains("they count different periods");
                    assertThat(List.of(v.a().qualifier(), v.b().qualifier())).containsExactlyInAnyOrder("at least",
                            "up to");
                });
        assertThat(clusters).flatMap(Cluster::conflicts).hasSize(1);
    }

    @Test
    void theHeadlineClaimIsLeftUnclusteredAndSuggestedForTheClusterOfItsUnit() throws Exception {
        List<ClusterSuggestions.Suggestion> suggestions;
        try (CorpusStore store = CorpusStore.open(corpus, CorpusStore.Mode.READ, "test")) {
            suggestions = new ClusterSuggestions(store).suggest("anna");
        }
        assertThat(suggestions).anySatisfy(s -> {
            assertThat(s.claim().document()).isEqualTo("harbour-flood-a");
            assertThat(s.cluster()).isEqualTo("people-missing");
            assertThat(sut.out()).contains("\"" + s.claim().text() + "\" -> people-missing (" + s.reason() + ")");
        });
    }

    @Test
    void theDemoShowsThroughWhomEachClaimReachedTheArticleIncludingOneReportedViaASecondSource() throws Exception {
        List<ClaimFigure> claims;
        try (CorpusStore store = CorpusStore.open(corpus, CorpusStore.Mode.READ, "test")) {
            claims = new CorpusClaims(store, new ConflictRules()).figures("anna");
        }
        ClaimFigure displaced = claims.stream().filter(c -> c.document().equals("harbour-flood-b")
                && "people-displaced".equals(c.cluster())).findFirst().orElseThrow();
        // "More than 4,500 people have now left their homes, according to the Red Cross, quoting local volunteers."
        assertThat(displaced.chains()).singleElement().satisfies(chain -> {
            assertThat(chain.links()).extracting(ChainLink::text).containsExactly("Red Cross", "local volunteers");
            assertThat(chain.links()).extracting(ChainLink::type).containsExactly("organization", "anonymous");
            assertThat(chain.problems()).isEmpty();
        });
        assertThat(sut.out()).contains("via: Red Cross (organization) <- local volunteers (anonymous)");
        for (ClaimFigure c : claims) {
            if (c.cluster() != null) {
                c.chains().stream().filter(Chain::attributed)
                        .forEach(chain -> assertThat(sut.out()).contains("via: " + chain.describe()));
            }
        }
    }

    @Test
    void theRegistryStepMergesTheTwoSpellingsOfTheMayorIntoOneEntity() throws Exception {
        try (CorpusStore store = CorpusStore.open(corpus, CorpusStore.Mode.READ, "test")) {
            List<Entity> entities = store.corpus().getEntities();
            assertThat(entities).extracting(Entity::getCanonicalName).contains("Ana Kovačić", "Petr Halvorsen",
                    "Mirela Đurić").doesNotContain("Ana Kovacic");
            Entity mayor = entities.stream().filter(e -> e.getCanonicalName().equals("Ana Kovačić")).findFirst()
                    .orElseThrow();
            assertThat(mayor.getMergedIds()).hasSize(1);
            assertThat(sut.out()).contains("duplicate? 'Ana Kovačić'").contains("~ 'Ana Kovacic'")
                    .contains("merged " + mayor.getMergedIds().get(0) + " 'Ana Kovacic' into " + mayor.getId())
                    .contains("search 'ana kovacic' finds [Ana Kovačić]");
        }
    }

    private static Cluster cluster(List<Cluster> clusters, String id) {
        return clusters.stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow();
    }
}
