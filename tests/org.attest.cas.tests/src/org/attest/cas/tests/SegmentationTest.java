package org.attest.cas.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.apache.uima.cas.CAS;
import org.apache.uima.cas.text.AnnotationFS;
import org.attest.cas.AttestTypes;
import org.attest.cas.CasFactory;
import org.attest.cas.Segmentation;
import org.attest.cas.Segmentation.Span;
import org.attest.model.schema.DefaultSchema;
import org.junit.jupiter.api.Test;

class SegmentationTest {

    private final CasFactory factory = new CasFactory(DefaultSchema.create());

    @Test
    void aNewCasKeepsTheTokensTheSourceFixedWhereTheSegmenterWouldSplit() {
        String text = "Euro-style rules. Done";
        Segmentation sut = new Segmentation(List.of(new Span(0, 17), new Span(18, 22)),
                List.of(new Span(0, 10), new Span(11, 16), new Span(16, 17), new Span(18, 22)));

        CAS cas = factory.newCas(text, sut);

        assertThat(covered(cas, AttestTypes.TOKEN)).containsExactly("Euro-style", "rules", ".", "Done");
        assertThat(covered(cas, AttestTypes.SENTENCE)).containsExactly("Euro-style rules.", "Done");
        assertThat(covered(factory.newCas(text), AttestTypes.TOKEN)).startsWith("Euro", "-", "style");
    }

    @Test
    void overlappingOrEmptyOrOutOfTextSegmentsAreRefusedWithTheirOffsets() {
        assertThatThrownBy(() -> new Segmentation(List.of(), List.of(new Span(0, 4), new Span(3, 6))))
                .hasMessageContaining("token 3-6");
        assertThatThrownBy(() -> new Segmentation(List.of(new Span(2, 2)), List.of()))
                .hasMessageContaining("sentence 2-2");
        Segmentation beyond = new Segmentation(List.of(), List.of(new Span(0, 9)));
        assertThatThrownBy(() -> factory.newCas("short", beyond)).hasMessageContaining("0-9")
                .hasMessageContaining("5 characters");
    }

    private static List<String> covered(CAS cas, String type) {
        return cas.getAnnotationIndex(cas.getTypeSystem().getType(type)).stream()
                .map(AnnotationFS::getCoveredText).toList();
    }
}
