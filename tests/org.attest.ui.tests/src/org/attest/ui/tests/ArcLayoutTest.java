package org.attest.ui.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.attest.ui.editor.ArcLayout;
import org.attest.ui.editor.ArcLayout.Arc;
import org.attest.ui.editor.ArcLayout.Segment;
import org.junit.jupiter.api.Test;

/** Lays out relation arcs over a text of fixed-width characters, 80 to a line, without any widget. */
class ArcLayoutTest {

    /** Ten pixels a character, 80 characters a line; a line's key is its number. */
    private static final ArcLayout.Geometry MONOSPACE = new ArcLayout.Geometry() {

        @Override
        public int line(int offset) {
            return offset / 80;
        }

        @Override
        public int x(int offset) {
            return offset % 80 * 10;
        }

        @Override
        public int left() {
            return 0;
        }

        @Override
        public int right() {
            return 800;
        }

        @Override
        public int labelWidth(String label) {
            return label.length() * 6;
        }
    };

    @Test
    void anArcBetweenTwoSpansOfOneLineIsOneSegmentFromCentreToCentreWithTheArrowAtTheTarget() {
        var sut = new ArcLayout(List.of(new Arc(null, 10, 20, 40, 50, "Via")), MONOSPACE);

        assertThat(sut.segments()).singleElement().satisfies(s -> {
            assertThat(s.x1()).isBetween(100, 200);
            assertThat(s.x2()).isBetween(400, 500);
            assertThat(s.arrowRight()).isTrue();
            assertThat(s.arrowLeft()).isFalse();
            assertThat(s.level()).isZero();
        });
        assertThat(sut.levels(0)).isEqualTo(1);
        assertThat(sut.levels(1)).isZero();
    }

    @Test
    void overlappingArcsTakeDifferentLevelsAndTheWiderOneGoesAbove() {
        var inner = new Arc(null, 20, 25, 30, 35, "Attribution");
        var outer = new Arc(null, 0, 5, 70, 75, "Attribution");
        var apart = new Arc(null, 50, 52, 60, 62, "Via");

        var sut = new ArcLayout(List.of(outer, inner, apart), MONOSPACE);

        assertThat(level(sut, inner)).isZero();
        assertThat(level(sut, apart)).isZero();
        assertThat(level(sut, outer)).isEqualTo(1);
        assertThat(sut.levels(0)).isEqualTo(2);
        assertNoTwoSegmentsOfALevelOverlap(sut);
    }

    @Test
    void anArcOverSeveralLinesLeavesTheFirstToTheRightAndEntersTheLastFromTheLeft() {
        var sut = new ArcLayout(List.of(new Arc(null, 250, 260, 30, 40, "Attribution")), MONOSPACE);

        assertThat(sut.segments()).hasSize(2);
        Segment first = sut.segments().get(0);
        Segment last = sut.segments().get(1);
        assertThat(first.line()).isZero();
        assertThat(first.openRight()).isTrue();
        assertThat(first.arrowLeft()).as("the target is on the first line").isTrue();
        assertThat(first.x2()).isEqualTo(800);
        assertThat(last.line()).isEqualTo(3);
        assertThat(last.openLeft()).isTrue();
        assertThat(last.x1()).isZero();
        assertThat(last.arrowRight()).isFalse();
    }

    @Test
    void labelsWiderThanTheirArcsPushTheNeighboursUp() {
        var a = new Arc(null, 10, 11, 12, 13, "a long relation label");
        var b = new Arc(null, 16, 17, 18, 19, "another long label");

        var sut = new ArcLayout(List.of(a, b), MONOSPACE);

        assertThat(List.of(level(sut, a), level(sut, b))).containsExactlyInAnyOrder(0, 1);
        assertNoTwoSegmentsOfALevelOverlap(sut);
    }

    /** Fails when two segments of one line and one level, or their labels, touch each other. */
    static void assertNoTwoSegmentsOfALevelOverlap(ArcLayout layout) {
        for (Segment a : layout.segments()) {
            for (Segment b : layout.segments()) {
                if (a != b && a.line() == b.line() && a.level() == b.level()) {
                    assertThat(a.extent()[1] < b.extent()[0] || b.extent()[1] < a.extent()[0])
                            .as("%s and %s share line %d and level %d", a.arc().label(), b.arc().label(), a.line(),
                                    a.level())
                            .isTrue();
                }
            }
        }
    }

    private static int level(ArcLayout layout, Arc arc) {
        return layout.segments().stream().filter(s -> s.arc() == arc).findFirst().orElseThrow().level();
    }
}
