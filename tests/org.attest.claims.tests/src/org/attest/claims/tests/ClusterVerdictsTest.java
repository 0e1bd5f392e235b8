package org.attest.claims.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.attest.claims.ClaimFigure;
import org.attest.claims.Cluster;
import org.attest.claims.ConflictRules;
import org.attest.claims.Verdict;
import org.junit.jupiter.api.Test;

/** A cluster's verdicts are judged pair by pair as they are read, in pair order, and never all kept. */
class ClusterVerdictsTest {

    private static final ConflictRules RULES = new ConflictRules();

    private static List<ClaimFigure> claims(int count) {
        List<ClaimFigure> claims = new ArrayList<>();
        String[] qualifiers = {"at least", "up to", "exactly", "more than"};
        String[] periods = {"on Thursday", "since Tuesday", "this week", null};
        for (int i = 0; i < count; i++) {
            claims.add(Claims.claim(50.0 + (i * 37) % 200, qualifiers[i % 4], periods[i % 3 + (i % 7 == 0 ? 1 : 0)]));
        }
        return claims;
    }

    @Test
    void theVerdictsAreThoseOfEveryPairInPairOrder() {
        List<ClaimFigure> claims = claims(9);
        List<Verdict> expected = new ArrayList<>();
        for (int i = 0; i < claims.size(); i++) {
            for (int j = i + 1; j < claims.size(); j++) {
                expected.add(RULES.compare(claims.get(i), claims.get(j)));
            }
        }

        Cluster sut = Cluster.of("killed", null, claims, RULES);

        assertThat(sut.verdicts()).containsExactlyElementsOf(expected);
        assertThat(sut.verdicts()).hasSize(36);
        for (int k = 0; k < expected.size(); k++) {
            assertThat(sut.verdicts().get(k)).isEqualTo(expected.get(k));
        }
        assertThat(sut.conflictCount()).isEqualTo(expected.stream().filter(Verdict::conflict).count())
                .isEqualTo(sut.conflicts().size()).isPositive();
    }

    @Test
    void aClusterOfTwentyThousandClaimsIsMadeWithoutJudgingItsTwoHundredMillionPairs() {
        // kept, the 199,990,000 verdicts would take tens of gigabytes; judged when read, none is made here
        Cluster sut = Cluster.of("killed", null, claims(20_000), RULES);

        assertThat(sut.verdicts()).hasSize(199_990_000);
        assertThat(sut.verdicts().get(199_989_999)).isEqualTo(RULES.compare(sut.claims().get(19_998),
                sut.claims().get(19_999)));
    }

    @Test
    void countingTheConflictsGivesWhatListingThemGivesBeforeAndAfterTheyAreListed() {
        List<ClaimFigure> claims = claims(40);
        long expected = 0;
        for (int i = 0; i < claims.size(); i++) {
            for (int j = i + 1; j < claims.size(); j++) {
                expected += RULES.compare(claims.get(i), claims.get(j)).conflict() ? 1 : 0;
            }
        }
        Cluster counted = Cluster.of("killed", null, claims, RULES);
        Cluster listed = Cluster.of("killed", null, claims, RULES);

        assertThat(counted.conflictCount()).isEqualTo(expected).isPositive();
        assertThat(counted.conflicts()).hasSize((int) expected);
        assertThat(counted.conflictCount()).isEqualTo(expected);
        assertThat(listed.conflicts()).hasSize((int) expected);
        assertThat(listed.conflictCount()).isEqualTo(expected);
        assertThat(counted.hasConflicts()).isTrue();
    }

    @Test
    void aClusterOfAgreeingClaimsHasNoConflicts() {
        List<ClaimFigure> same = List.of(Claims.claim(40.0, "at least", "on Thursday"),
                Claims.claim(40.0, "at least", "on Thursday"), Claims.claim(40.0, "at least", "on Thursday"));

        Cluster sut = Cluster.of("killed", null, same, RULES);

        assertThat(sut.hasConflicts()).isFalse();
        assertThat(sut.conflictCount()).isZero();
        assertThat(sut.conflicts()).isEmpty();
    }
}
