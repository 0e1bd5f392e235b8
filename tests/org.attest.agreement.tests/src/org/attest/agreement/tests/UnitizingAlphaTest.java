package org.attest.agreement.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.attest.agreement.Span;
import org.attest.agreement.measures.unitizing.DocumentUnits;
import org.attest.agreement.measures.unitizing.UnitizingAlpha;
import org.attest.agreement.measures.unitizing.UnitizingResult;
import org.junit.jupiter.api.Test;

class UnitizingAlphaTest {

    /**
     * Krippendorff (2004), Content Analysis, 2nd ed., p. 254: two observers on a continuum from 150 to
     * 450 (shifted here to 0..300), categories c and k. Published: alpha_c = 0.729 (D_o = 0.0144,
     * D_e = 0.0532), alpha_k = 1, overall 0.859 (figures as tabulated in DKPro Statistics'
     * unitizing Krippendorff2004Test).
     */
    private static DocumentUnits krippendorff2004() {
        int b = 150;
        return DocumentUnits.of("Krippendorff 2004 p. 254", 300, Map.of(
                "i",
                List.of(span(225 - b, 70, "c"), span(370 - b, 30, "c"), span(180 - b, 60, "k"), span(300 - b, 50, "k")),
                "j",
                List.of(span(220 - b, 80, "c"), span(355 - b, 20, "c"), span(400 - b, 20, "c"), span(180 - b, 60, "k"),
                        span(300 - b, 50, "k"))));
    }

    /**
     * Krippendorff (1995), "On the reliability of unitizing contiguous data", Sociological Methodology 25,
     * p. 57: four pairs of coders on a continuum of 24, each pair marking one category (A to D), all
     * stretched by {@code stretch}.
     */
    private static DocumentUnits krippendorff1995(int stretch) {
        List<Span> first = new ArrayList<>();
        List<Span> second = new ArrayList<>();
        int[][] units = { // begin, length, coder (0 or 1), category index
                {2, 8, 0, 0}, {14, 6, 0, 0}, {4, 4, 1, 0}, {15, 2, 1, 0},
                {0, 18, 0, 1}, {0, 2, 1, 1}, {2, 1, 1, 1}, {3, 1, 1, 1}, {4, 1, 1, 1}, {5, 1, 1, 1}, {6, 3, 1, 1},
                {9, 1, 1, 1},
                {2, 6, 0, 2}, {10, 2, 0, 2}, {14, 4, 0, 2}, {20, 2, 0, 2}, {0, 2, 1, 2}, {4, 4, 1, 2}, {10, 4, 1, 2},
                {16, 2, 1, 2}, {20, 2, 1, 2},
                {0, 2, 0, 3}, {2, 8, 0, 3}, {10, 4, 0, 3}, {14, 6, 0, 3}, {20, 4, 0, 3}, {0, 4, 1, 3}, {4, 4, 1, 3},
                {8, 7, 1, 3}, {15, 2, 1, 3}, {17, 7, 1, 3}};
        for (int[] unit : units) {
            (unit[2] == 0 ? first : second)
                    .add(span(unit[0] * stretch, unit[1] * stretch, "ABCD".substring(unit[3], unit[3] + 1)));
        }
        return DocumentUnits.of("Krippendorff 1995 p. 57", 24 * stretch, Map.of("first", first, "second", second));
    }

    private static Span span(int begin, int length, String label) {
        return new Span(begin, begin + length, label);
    }

    @Test
    void reproducesKrippendorffs2004WorkedExample() {
        UnitizingResult sut = UnitizingAlpha.compute(krippendorff2004());

        assertThat(sut.categories().get("c").observed()).isCloseTo(0.0144, within(0.00005));
        assertThat(sut.categories().get("c").expected()).isCloseTo(0.0532, within(0.00005));
        assertThat(sut.categories().get("c").alpha()).isCloseTo(0.729, within(0.0005));
        assertThat(sut.categories().get("k").observed()).isZero();
        assertThat(sut.categories().get("k").expected()).isCloseTo(0.0490, within(0.00005));
        assertThat(sut.categories().get("k").alpha()).isEqualTo(1.0);
        assertThat(sut.alpha()).isCloseTo(0.859, within(0.0005));
    }

    @Test
    void reproducesTheObservedDisagreementsOfKrippendorffs1995Example() {
        // Krippendorff (1995, p. 57): D_o for A to D, published truncated to five decimals; exact on the
        // continuum of 24 as sums of squared distances over 2 * 24^2 = 1152 / 2 = 576 (e.g. A: 8 + 10 = 18).
        UnitizingResult sut = UnitizingAlpha.compute(krippendorff1995(1));

        assertThat(sut.categories().get("A").observed()).isCloseTo(0.03125, within(0.00001)).isEqualTo(18.0 / 576);
        assertThat(sut.categories().get("B").observed()).isCloseTo(2.26736, within(0.00001)).isEqualTo(1306.0 / 576);
        assertThat(sut.categories().get("C").observed()).isCloseTo(0.02777, within(0.00001)).isEqualTo(16.0 / 576);
        assertThat(sut.categories().get("D").observed()).isCloseTo(0.38715, within(0.00001)).isEqualTo(223.0 / 576);
    }

    @Test
    void approachesKrippendorffs1995AlphasOnAFinelyDividedContinuum() {
        // The 1995 paper treats the continuum as continuous; its alphas (A 0.553, B -0.926, C 0.679, D 0.066)
        // are the limit of the discrete 2004 expectation as characters get finer (here 1,000 per unit of length).
        // A and D agree to three decimals (0.553, 0.066). B (-0.928) and C (0.693) do not: the 1995 paper's D_e
        // for them differs from the 2004 formula (DKPro Statistics' Krippendorff1995Test notes "a small error in
        // the computation of D_E in the original reference" and allows 0.02), so they are checked more loosely.
        UnitizingResult sut = UnitizingAlpha.compute(krippendorff1995(1000));

        assertThat(sut.categories().get("A").alpha()).isCloseTo(0.553, within(0.0005));
        assertThat(sut.categories().get("B").alpha()).isCloseTo(-0.926, within(0.003));
        assertThat(sut.categories().get("C").alpha()).isCloseTo(0.679, within(0.015));
        assertThat(sut.categories().get("D").alpha()).isCloseTo(0.066, within(0.0005));
    }

    @Test
    void matchesAHandComputationOnATinyDocument() {
        // L = 10, A marks [2,5), B marks [3,5). Observed: only the two units overlap, 1^2 + 0^2 = 1,
        // D_o = 2 * 1 / (2 * 1 * 10^2) = 0.01. Expected: units 3 and 2, gaps 2, 5 (A) and 3, 5 (B):
        // unit 3: (2-1)(54-27+3)/3 + 9 * ((5-3+1) + (3-3+1) + (5-3+1)) = 10 + 63 = 73;
        // unit 2: (2-1)(16-12+2)/3 + 4 * (1 + 4 + 2 + 4) = 2 + 44 = 46;
        // D_e = (2/10) * 119 / (20 * 19 - (3*2 + 2*1)) = 23.8 / 372; alpha = 1 - 0.01 * 372 / 23.8 = 0.843697.
        DocumentUnits document = DocumentUnits.of("tiny", 10,
                Map.of("A", List.of(new Span(2, 5, "X")), "B", List.of(new Span(3, 5, "X"))));

        UnitizingResult sut = UnitizingAlpha.compute(document, Set.of("X"));

        assertThat(sut.observed()).isCloseTo(0.01, within(1e-12));
        assertThat(sut.expected()).isCloseTo(23.8 / 372, within(1e-12));
        assertThat(sut.alpha()).isCloseTo(1 - 0.01 * 372 / 23.8, within(1e-12));
    }

    @Test
    void identicalUnitizationsGiveOne() {
        List<Span> units = List.of(new Span(0, 4, "PER"), new Span(10, 15, "GPE"));

        UnitizingResult sut = UnitizingAlpha
                .compute(DocumentUnits.of("d", 20, Map.of("A", units, "B", units, "C", units)));

        assertThat(sut.alpha()).isEqualTo(1.0);
        assertThat(sut.categories()).containsOnlyKeys("GPE", "PER");
    }

    @Test
    void aCoderWhoMarkedNothingDisagreesWithEveryUnit() {
        // A's unit [2,6) lies inside B's single gap [0,10): distance 4^2 = 16, D_o = 2 * 16 / (2 * 100) = 0.16.
        DocumentUnits document = DocumentUnits.of("d", 10, Map.of("A", List.of(new Span(2, 6, "X")), "B", List.of()));

        UnitizingResult sut = UnitizingAlpha.compute(document);

        assertThat(sut.observed()).isCloseTo(0.16, within(1e-12));
        assertThat(sut.alpha()).isLessThan(0);
    }

    @Test
    void aDocumentWithoutUnitsIsUndefinedWithANote() {
        UnitizingResult sut = UnitizingAlpha
                .compute(DocumentUnits.of("empty", 50, Map.of("A", List.of(), "B", List.of())));

        assertThat(sut.alpha()).isNaN();
        assertThat(sut.note()).contains("no coder marked any unit");
    }

    @Test
    void aCategoryNobodyUsedIsUndefinedButDoesNotSpoilTheOthers() {
        UnitizingResult sut = UnitizingAlpha.compute(krippendorff2004(), Set.of("c", "k", "unused"));

        assertThat(sut.categories().get("unused").alpha()).isNaN();
        assertThat(sut.alpha()).isCloseTo(0.859, within(0.0005));
    }

    @Test
    void poolingOneDocumentGivesThatDocumentsResult() {
        UnitizingResult single = UnitizingAlpha.compute(krippendorff2004());

        UnitizingResult sut = UnitizingAlpha.pooled(List.of(krippendorff2004()));

        assertThat(sut.alpha()).isCloseTo(single.alpha(), within(1e-12));
        assertThat(sut.documents()).isEqualTo(1);
    }

    @Test
    void poolingWeighsDocumentsByCoderPairsTimesSquaredLength() {
        DocumentUnits shortOne = DocumentUnits.of("short", 10,
                Map.of("A", List.of(new Span(2, 5, "X")), "B", List.of(new Span(3, 5, "X"))));
        DocumentUnits longOne = DocumentUnits.of("long", 30,
                Map.of("A", List.of(new Span(2, 12, "X")), "B", List.of(new Span(2, 12, "X"))));
        UnitizingResult a = UnitizingAlpha.compute(shortOne);
        UnitizingResult b = UnitizingAlpha.compute(longOne);

        UnitizingResult sut = UnitizingAlpha.pooled(List.of(shortOne, longOne));

        // Both have 2 coders, so the weights are 10^2 and 30^2.
        double observed = (100 * a.observed() + 900 * b.observed()) / 1000;
        double expected = (100 * a.expected() + 900 * b.expected()) / 1000;
        assertThat(sut.observed()).isCloseTo(observed, within(1e-15));
        assertThat(sut.expected()).isCloseTo(expected, within(1e-15));
        assertThat(sut.alpha()).isCloseTo(1 - observed / expected, within(1e-12));
        assertThat(sut.length()).isEqualTo(40);
    }

    @Test
    void poolingLeavesOutDocumentsWithOneCoderAndSaysSo() {
        DocumentUnits lonely = DocumentUnits.of("lonely", 10, Map.of("A", List.of(new Span(0, 3, "c"))));

        UnitizingResult sut = UnitizingAlpha.pooled(List.of(krippendorff2004(), lonely));

        assertThat(sut.documents()).isEqualTo(1);
        assertThat(sut.alpha()).isCloseTo(0.859, within(0.0005));
        assertThat(sut.note()).contains("1 document(s) with fewer than two coders").contains("lonely");
    }

    @Test
    void overlappingUnitsOfOneCategoryByOneCoderAreRejectedNamingThem() {
        assertThatThrownBy(() -> DocumentUnits.of("doc-7", 20,
                Map.of("kari", List.of(new Span(0, 5, "PER"), new Span(3, 8, "PER")), "anna", List.of())))
                .hasMessageContaining("doc-7").hasMessageContaining("kari").hasMessageContaining("[0,5) 'PER'")
                .hasMessageContaining("[3,8) 'PER'");
    }

    @Test
    void aUnitBeyondTheDocumentIsRejected() {
        assertThatThrownBy(() -> DocumentUnits.of("doc-7", 20, Map.of("kari", List.of(new Span(15, 25, "PER")))))
                .hasMessageContaining("ending after the document's end 20");
    }

    @Test
    void poolingDocumentsAlreadyComputedGivesThePooledResult() {
        DocumentUnits shortOne = DocumentUnits.of("short", 10,
                Map.of("A", List.of(new Span(2, 5, "X")), "B", List.of(new Span(3, 5, "X"), new Span(6, 8, "Y"))));
        DocumentUnits lonely = DocumentUnits.of("lonely", 10, Map.of("A", List.of(new Span(0, 3, "c"))));
        DocumentUnits empty = DocumentUnits.of("empty", 12, Map.of("A", List.of(), "B", List.of()));
        List<DocumentUnits> documents = List.of(krippendorff2004(), shortOne, lonely, empty);

        UnitizingResult sut = UnitizingAlpha.pooledFrom(documents,
                documents.stream().map(UnitizingAlpha::compute).toList());

        assertThat(sut).isEqualTo(UnitizingAlpha.pooled(documents));
        assertThat(sut.categories()).containsKeys("X", "Y", "c");
    }

    @Test
    void poolingResultsOfOtherDocumentsIsRefused() {
        List<DocumentUnits> documents = List.of(krippendorff2004());

        assertThatThrownBy(() -> UnitizingAlpha.pooledFrom(documents, List.of(UnitizingAlpha.compute(
                DocumentUnits.of("other", 10, Map.of("A", List.of(), "B", List.of()))))))
                .hasMessageContaining("'other'").hasMessageContaining("in the order of the documents");
    }
}
