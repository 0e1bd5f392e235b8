package org.attest.diff.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.apache.uima.cas.CAS;
import org.apache.uima.cas.text.AnnotationFS;
import org.attest.cas.CasFactory;
import org.attest.cas.Layers;
import org.attest.diff.CasDiff;
import org.attest.diff.DiffResult;
import org.attest.diff.Position;
import org.attest.model.Schema;
import org.attest.model.schema.DefaultSchema;
import org.junit.jupiter.api.Test;

/** {@link CasDiff#positions}: where each annotation of a layer lies, as the diff itself places it. */
class CasDiffPositionsTest {

    private static final Schema SCHEMA = DefaultSchema.create();

    @Test
    void positionsOfALayerAreThePositionsTheDiffComparesForSpansAndRelations() {
        CAS anna = new CasFactory(SCHEMA).newCas("Mayor Ana Kovacic said up to 40 people are missing today.");
        Layers layers = new Layers(anna, SCHEMA);
        AnnotationFS claim = layers.addSpan(DefaultSchema.CLAIM, 23, 50, Map.of("type", "statistic"));
        AnnotationFS source = layers.addSpan(DefaultSchema.SOURCE, 6, 17, Map.of("type", "person"));
        AnnotationFS cue = layers.addSpan(DefaultSchema.CUE, 18, 22, Map.of("type", "CUE"));
        AnnotationFS relation = layers.addRelation(DefaultSchema.ATTRIBUTION, claim, source, Map.of("cue", cue));
        DiffResult diff = CasDiff.compare(SCHEMA, Map.of("anna", anna), DefaultSchema.ATTRIBUTION);

        assertThat(CasDiff.positions(SCHEMA, DefaultSchema.ATTRIBUTION, anna).apply(relation))
                .isEqualTo(Position.relation(DefaultSchema.ATTRIBUTION, 23, 50, 6, 17))
                .isEqualTo(diff.positions().get(0));
        assertThat(CasDiff.positions(SCHEMA, DefaultSchema.CLAIM, anna).apply(claim))
                .isEqualTo(Position.span(DefaultSchema.CLAIM, 23, 50));
        assertThatThrownBy(() -> CasDiff.positions(SCHEMA, "Colour", anna))
                .hasMessageContaining("no layer 'Colour'");
    }
}
