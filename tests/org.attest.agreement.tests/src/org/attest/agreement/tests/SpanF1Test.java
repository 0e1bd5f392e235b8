package org.attest.agreement.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.SortedMap;

import org.attest.agreement.Span;
import org.attest.agreement.measures.spanf1.Match;
import org.attest.agreement.measures.spanf1.SpanF1;
import org.attest.agreement.measures.spanf1.SpanF1Result;
import org.junit.jupiter.api.Test;

class SpanF1Test {

    // "Prime Minister Nikol Pashinyan met Aliyev in Brussels": anna and kari disagree on boundaries and one label.
    private static final List<Span> ANNA = List.of(new Span(15, 30, "PER"), new Span(35, 41, "PER"),
            new Span(45, 53, "GPE"));
    private static final List<Span> KARI = List.of(new Span(0, 30, "PER"), new Span(35, 41, "PER"),
            new Span(45, 53, "ORG"),
            new Span(60, 65, "GPE"));

    @Test
    void exactMatchingNeedsSameBeginEndAndLabel() {
        // By hand: only [35,41) PER is identical. tp = 1, fp = 4 - 1 = 3, fn = 3 - 1 = 2.
        SpanF1Result sut = SpanF1.compare(ANNA, KARI, Match.EXACT);

        assertThat(sut.truePositives()).isEqualTo(1);
        assertThat(sut.falsePositives()).isEqualTo(3);
        assertThat(sut.falseNegatives()).isEqualTo(2);
        assertThat(sut.precision()).isCloseTo(0.25, within(1e-12));
        assertThat(sut.recall()).isCloseTo(1.0 / 3, within(1e-12));
        assertThat(sut.f1()).isCloseTo(2.0 / 7, within(1e-12));
    }

    @Test
    void overlapMatchingAcceptsDifferentBoundariesButNotDifferentLabels() {
        // By hand: [15,30) PER ~ [0,30) PER and [35,41) PER ~ [35,41) PER; GPE vs ORG do not match.
        // tp = 2, fp = 2, fn = 1, F1 = 4 / 7.
        SpanF1Result sut = SpanF1.compare(ANNA, KARI, Match.OVERLAP);

        assertThat(sut.truePositives()).isEqualTo(2);
        assertThat(sut.falsePositives()).isEqualTo(2);
        assertThat(sut.falseNegatives()).isEqualTo(1);
        assertThat(sut.f1()).isCloseTo(4.0 / 7, within(1e-12));
    }

    @Test
    void oneLongSpanIsNeverMatchedTwice() {
        List<Span> reference = List.of(new Span(0, 20, "CLAIM"));
        List<Span> candidate = List.of(new Span(0, 8, "CLAIM"), new Span(10, 20, "CLAIM"));

        SpanF1Result sut = SpanF1.compare(reference, candidate, Match.OVERLAP);

        // The larger overlap (10 characters) wins; the other candidate span stays unmatched.
        assertThat(sut.truePositives()).isEqualTo(1);
        assertThat(sut.falsePositives()).isEqualTo(1);
        assertThat(sut.falseNegatives()).isZero();
    }

    @Test
    void greedyMatchingTakesTheLargestOverlapFirst() {
        // r1 [0,10) overlaps c1 [5,12) by 5 and c2 [0,4) by 4; r2 [10,20) overlaps c1 by 2.
        // Largest first: r1-c1 (5), then r1-c2 is blocked, r2-c1 is blocked: tp = 1.
        List<Span> reference = List.of(new Span(0, 10, "X"), new Span(10, 20, "X"));
        List<Span> candidate = List.of(new Span(5, 12, "X"), new Span(0, 4, "X"));

        SpanF1Result sut = SpanF1.compare(reference, candidate, Match.OVERLAP);

        assertThat(sut.truePositives()).isEqualTo(1);
        assertThat(sut.falsePositives()).isEqualTo(1);
        assertThat(sut.falseNegatives()).isEqualTo(1);
    }

    @Test
    void touchingSpansDoNotOverlap() {
        SpanF1Result sut = SpanF1.compare(List.of(new Span(0, 5, "X")), List.of(new Span(5, 9, "X")), Match.OVERLAP);

        assertThat(sut.truePositives()).isZero();
    }

    @Test
    void duplicateSpansAreCountedAsOftenAsBothCodersHaveThem() {
        Span span = new Span(3, 7, "PER");

        SpanF1Result sut = SpanF1.compare(List.of(span, span), List.of(span), Match.EXACT);

        assertThat(sut.truePositives()).isEqualTo(1);
        assertThat(sut.falseNegatives()).isEqualTo(1);
    }

    @Test
    void swappingTheCodersSwapsPrecisionAndRecallAndKeepsF1() {
        SpanF1Result forward = SpanF1.compare(ANNA, KARI, Match.OVERLAP);

        SpanF1Result sut = SpanF1.compare(KARI, ANNA, Match.OVERLAP);

        assertThat(sut.precision()).isEqualTo(forward.recall());
        assertThat(sut.recall()).isEqualTo(forward.precision());
        assertThat(sut.f1()).isEqualTo(forward.f1());
    }

    @Test
    void aCoderWhoMarkedNothingHasUndefinedPrecisionAndZeroRecall() {
        SpanF1Result sut = SpanF1.compare(ANNA, List.of(), Match.EXACT);

        assertThat(sut.precision()).isNaN();
        assertThat(sut.recall()).isZero();
        assertThat(sut.f1()).isZero();
        assertThat(sut.note()).contains("candidate marked no span");
    }

    @Test
    void neitherCoderMarkingAnythingLeavesEverythingUndefined() {
        SpanF1Result sut = SpanF1.compare(List.of(), List.of(), Match.OVERLAP);

        assertThat(sut.f1()).isNaN();
        assertThat(sut.note()).contains("neither coder marked a span");
    }

    @Test
    void perLabelCountsAddUpToTheTotal() {
        SortedMap<String, SpanF1Result> sut = SpanF1.compareByLabel(ANNA, KARI, Match.OVERLAP);

        assertThat(sut).containsOnlyKeys("GPE", "ORG", "PER");
        assertThat(sut.get("PER").truePositives()).isEqualTo(2);
        assertThat(sut.get("GPE").falseNegatives()).isEqualTo(1);
        assertThat(sut.get("GPE").falsePositives()).isEqualTo(1);
        assertThat(sut.get("ORG").falsePositives()).isEqualTo(1);
        assertThat(sut.values().stream().mapToInt(SpanF1Result::truePositives).sum()).isEqualTo(2);
    }
}
