package org.attest.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StoredHitTest {

    @Test
    void anAnnotationsHitReadsBackWithEveryValueAndAnUnsetLabelStaysUnset() {
        StoredHit sut = new StoredHit(120, 131, "anna", "Entity", null, "Mayor ", "Ана Ковачич", " said.");

        StoredHit read = StoredHit.read(sut.field().binaryValue());

        assertThat(read).isEqualTo(sut);
        assertThat(read.label()).isNull();
    }

    @Test
    void aPassagesHitKeepsItsWordsAndOffsetsOnly() {
        StoredHit sut = StoredHit.passage(0, 5000, "x".repeat(5000));

        StoredHit read = StoredHit.read(sut.field().binaryValue());

        assertThat(read).isEqualTo(sut);
        assertThat(read.layer()).isNull();
        assertThat(read.match()).hasSize(5000);
    }
}
