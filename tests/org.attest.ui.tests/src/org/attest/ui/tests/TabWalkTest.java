package org.attest.ui.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.apache.uima.cas.CAS;
import org.apache.uima.cas.text.AnnotationFS;
import org.attest.cas.CasFactory;
import org.attest.model.schema.DefaultSchema;
import org.attest.suggest.api.Suggestion;
import org.attest.ui.suggest.GhostSuggestions;
import org.attest.ui.suggest.TabWalk;
import org.junit.jupiter.api.Test;

/**
 * Tab over annotations and suggestions steps exactly as a walk over both lists merged and sorted in reading order
 * would, the oracle here, on random documents with stops that share offsets.
 */
class TabWalkTest {

    private static final CasFactory FACTORY = new CasFactory(DefaultSchema.create());

    private record Item(int begin, int end, AnnotationFS annotation, Suggestion suggestion) {
    }

    @Test
    void everyStepForwardAndBackwardMatchesTheWalkOverTheMergedSortedStops() {
        Random random = new Random(20261206);
        for (int round = 0; round < 200; round++) {
            CAS cas = FACTORY.newCas("x".repeat(60));
            List<AnnotationFS> annotations = new ArrayList<>();
            for (int i = random.nextInt(8); i > 0; i--) {
                int begin = random.nextInt(20);
                annotations.add(cas.createAnnotation(cas.getAnnotationType(), begin, begin + random.nextInt(4)));
            }
            annotations.sort(Comparator.comparingInt(AnnotationFS::getBegin)
                    .thenComparing(Comparator.comparingInt(AnnotationFS::getEnd).reversed()));
            List<Suggestion> suggestions = new ArrayList<>();
            for (int i = random.nextInt(8); i > 0; i--) {
                int begin = random.nextInt(20);
                suggestions.add(new Suggestion("cues", random.nextBoolean() ? "Cue" : "Entity", begin,
                        begin + random.nextInt(4), random.nextBoolean() ? null : "L" + random.nextInt(3), Map.of(),
                        0.5, ""));
            }
            suggestions = suggestions.stream().distinct().sorted(GhostSuggestions.READING_ORDER).toList();
            List<Item> merged = merged(annotations, suggestions);
            var sut = new TabWalk(annotations, suggestions);

            for (boolean forward : new boolean[]{true, false}) {
                TabWalk.Stop fromNothing = sut.next(forward, null, null);
                if (merged.isEmpty()) {
                    assertThat(fromNothing).isNull();
                    continue;
                }
                assertSame(fromNothing, merged.get(forward ? 0 : merged.size() - 1));
                for (int i = 0; i < merged.size(); i++) {
                    Item expected = merged.get(Math.floorMod(forward ? i + 1 : i - 1, merged.size()));
                    assertSame(sut.next(forward, merged.get(i).annotation(), merged.get(i).suggestion()), expected);
                }
                Suggestion gone = new Suggestion("cues", "Gone", 70, 71, null, Map.of(), 0.5, "");
                assertSame(sut.next(forward, null, gone), merged.get(forward ? 0 : merged.size() - 1));
            }
        }
    }

    // the walk as it was specified: both lists as stops, stably sorted by begin, the longer first, annotations first
    private static List<Item> merged(List<AnnotationFS> annotations, List<Suggestion> suggestions) {
        List<Item> items = new ArrayList<>();
        annotations.forEach(a -> items.add(new Item(a.getBegin(), a.getEnd(), a, null)));
        suggestions.forEach(s -> items.add(new Item(s.begin(), s.end(), null, s)));
        items.sort(Comparator.comparingInt(Item::begin).thenComparing(Comparator.comparingInt(Item::end).reversed())
                .thenComparingInt(s -> s.annotation() == null ? 1 : 0));
        return items;
    }

    private static void assertSame(TabWalk.Stop actual, Item expected) {
        assertThat(actual).isNotNull();
        assertThat(actual.annotation()).isSameAs(expected.annotation());
        assertThat(actual.suggestion()).isEqualTo(expected.suggestion());
    }
}
