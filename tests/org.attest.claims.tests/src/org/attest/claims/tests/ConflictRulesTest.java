package org.attest.claims.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attest.claims.tests.Claims.between;
import static org.attest.claims.tests.Claims.claim;
import static org.attest.claims.tests.Claims.measured;

import java.time.LocalDate;
import java.util.List;

import org.attest.claims.ClaimFigure;
import org.attest.claims.Cluster;
import org.attest.claims.ConflictRules;
import org.attest.claims.Interval;
import org.attest.claims.Verdict;
import org.attest.claims.Verdict.Kind;
import org.junit.jupiter.api.Test;

class ConflictRulesTest {

    private final ConflictRules sut = new ConflictRules();

    private Kind kind(ClaimFigure a, ClaimFigure b) {
        Kind forth = sut.compare(a, b).kind();
        assertThat(sut.compare(b, a).kind()).as("the verdict does not depend on the order").isEqualTo(forth);
        return forth;
    }

    @Test
    void thatMoreThan7000AndMoreThan10000AgreeAsTwoLowerBounds() {
        Verdict verdict = sut.compare(claim(7000.0, "more than", "since Tuesday"),
                claim(10000.0, "more than", "since Tuesday"));

        assertThat(verdict.kind()).isEqualTo(Kind.AGREE);
        assertThat(verdict.reason()).contains("same period 2024-04-30..2024-05-03").contains("overlap in (10000, inf)");
    }

    @Test
    void thatUpTo100InTheLast24HoursAndAtLeast200SinceTuesdayDoNotConflict() {
        Verdict verdict = sut.compare(claim(100.0, "up to", "in the last 24 hours"),
                claim(200.0, "at least", "since Tuesday"));

        assertThat(verdict.kind()).isNotEqualTo(Kind.CONFLICT).isEqualTo(Kind.AGREE);
        assertThat(verdict.reason()).contains("nested periods")
                .contains("2024-05-02..2024-05-03 lies inside 2024-04-30..2024-05-03")
                .contains("lower bound 0 does not exceed").contains("count different periods");
    }

    @Test
    void thatDisjointFiguresOverTheSamePeriodConflict() {
        Verdict verdict = sut.compare(claim(40.0, "at least", "yesterday"), claim(12.0, "exact", "yesterday"));

        assertThat(verdict.kind()).isEqualTo(Kind.CONFLICT);
        assertThat(verdict.reason()).contains("[40, inf) and [12, 12] are disjoint");
    }

    @Test
    void thatACountOverAShorterPeriodAboveTheLongerPeriodsUpperBoundConflicts() {
        Verdict verdict = sut.compare(claim(100.0, "up to", "since Tuesday"),
                claim(300.0, "more than", "in the last 24 hours"));

        assertThat(verdict.kind()).isEqualTo(Kind.CONFLICT);
        assertThat(verdict.reason())
                .contains("the shorter period's lower bound 300 exceeds the longer period's upper bound 100");
    }

    @Test
    void thatAboutAllowsTenPerCentEitherSideOrTheChosenTolerance() {
        assertThat(kind(claim(100.0, "about", "yesterday"), claim(109.0, "exact", "yesterday"))).isEqualTo(Kind.AGREE);
        assertThat(kind(claim(100.0, "about", "yesterday"), claim(111.0, "exact", "yesterday")))
                .isEqualTo(Kind.CONFLICT);
        assertThat(kind(claim(100.0, "about", "yesterday"), claim(89.0, "exact", "yesterday")))
                .isEqualTo(Kind.CONFLICT);
        assertThat(new ConflictRules(0.2)
                .compare(claim(100.0, "about", "yesterday"), claim(111.0, "exact", "yesterday")).kind())
                .isEqualTo(Kind.AGREE);
    }

    @Test
    void thatLessThanExcludesItsBoundWhereUpToIncludesIt() {
        assertThat(kind(claim(100.0, "less than", "yesterday"), claim(100.0, "exact", "yesterday")))
                .isEqualTo(Kind.CONFLICT);
        assertThat(kind(claim(100.0, "up to", "yesterday"), claim(100.0, "exact", "yesterday"))).isEqualTo(Kind.AGREE);
        assertThat(kind(claim(100.0, "less than", "yesterday"), claim(99.0, "at least", "yesterday")))
                .isEqualTo(Kind.AGREE);
    }

    @Test
    void thatBetweenIsAClosedIntervalUpToItsUpperBound() {
        assertThat(kind(between(100, 200), claim(150.0, "exact", null))).isEqualTo(Kind.AGREE);
        assertThat(kind(between(100, 200), claim(200.0, "at least", null))).isEqualTo(Kind.AGREE);
        assertThat(kind(between(100, 200), claim(200.0, "more than", null))).isEqualTo(Kind.CONFLICT);
        assertThat(sut.interval(between(100, 200))).contains(new Interval(100, false, 200, false));
    }

    @Test
    void thatLevelsAndRatesCompareOnlyWithinTheSamePeriod() {
        ClaimFigure today = measured(3.0, "exact", "today", "level");
        ClaimFigure week = measured(9.0, "exact", "since Tuesday", "level");

        assertThat(sut.compare(today, week).kind()).isEqualTo(Kind.NOT_COMPARABLE);
        assertThat(sut.compare(today, week).reason()).contains("levels compare only within the same period");
        assertThat(kind(today, measured(9.0, "exact", "today", "level"))).isEqualTo(Kind.CONFLICT);
        assertThat(kind(today, claim(9.0, "exact", "today"))).isEqualTo(Kind.NOT_COMPARABLE);
    }

    @Test
    void thatPartlyOverlappingUnknownAndFigurelessClaimsAreNotComparableNeverConflicts() {
        ClaimFigure monday = claim(5.0, "exact", "on Monday");
        ClaimFigure lastTwoDays = claim(500.0, "exact", "in the last two days");
        ClaimFigure sinceMonday = claim(1.0, "exact", "since Monday");

        assertThat(kind(claim(5.0, "exact", "last week or so"), claim(500.0, "exact", "yesterday")))
                .isEqualTo(Kind.NOT_COMPARABLE);
        assertThat(kind(claim(null, null, "yesterday"), claim(0.0, "exact", "yesterday")))
                .isEqualTo(Kind.NOT_COMPARABLE);
        assertThat(kind(monday, lastTwoDays)).isEqualTo(Kind.NOT_COMPARABLE);
        assertThat(kind(lastTwoDays, claim(1.0, "exact", "since Tuesday"))).isEqualTo(Kind.CONFLICT);
        assertThat(sut.compare(sinceMonday, claim(2.0, "exact", "from Sunday to Tuesday")).reason())
                .contains("unknown");
        ClaimFigure early = new ClaimFigure("b", 0, 1, "5", "killed", 5.0, null, "exact", null, null, null,
                LocalDate.of(2024, 4, 28), LocalDate.of(2024, 5, 1));
        assertThat(kind(early, sinceMonday)).isEqualTo(Kind.NOT_COMPARABLE);
        assertThat(sut.compare(early, sinceMonday).reason()).contains("overlap only partly");
    }

    @Test
    void thatAClusterJudgesEveryPairAndIntersectsTheFiguresOfEachPeriod() {
        List<ClaimFigure> claims = List.of(claim(7000.0, "more than", null), claim(10000.0, "more than", null),
                claim(12000.0, "up to", null), claim(5.0, "exact", "yesterday"));

        Cluster cluster = Cluster.of("killed", "people killed", claims, sut);

        assertThat(cluster.verdicts()).hasSize(6);
        assertThat(cluster.conflicts()).isEmpty();
        assertThat(cluster.joint())
                .extracting(
                        j -> j.period() + " " + j.claims() + " " + j.interval().map(Interval::toString).orElse("none"))
                .containsExactly("no period stated 3 (10000, 12000]", "2024-05-02 1 [5, 5]");
    }
}
