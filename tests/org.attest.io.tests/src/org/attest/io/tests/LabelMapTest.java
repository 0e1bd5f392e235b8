package org.attest.io.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;

import org.attest.io.LabelMap;
import org.junit.jupiter.api.Test;

class LabelMapTest {

    private static final Set<String> SCHEMA = Set.of("PERSON", "ORGANIZATION", "GPE", "LOCATION", "DATE", "QUANTITY",
            "EVENT", "OTHER");

    @Test
    void theDefaultMapPlacesConllAndOntoNotesLabelsWhereTheSchemaHasThem() {
        LabelMap sut = LabelMap.defaults();

        assertThat(sut.resolve("PER", SCHEMA)).isEqualTo("PERSON");
        assertThat(sut.resolve("MISC", SCHEMA)).isEqualTo("OTHER");
        assertThat(sut.resolve("GPE", SCHEMA)).isEqualTo("GPE");
        assertThat(sut.resolve("MONEY", SCHEMA)).isEqualTo("QUANTITY");
        assertThat(sut.resolve("CARDINAL", SCHEMA)).isNull();
        assertThat(sut.resolve("PER", Set.of("OTHER"))).isNull();
    }

    @Test
    void aMappedLabelWinsOverTheSchemaAndTheDefaults() {
        LabelMap sut = LabelMap.parse("PER=OTHER, DATE=EVENT");

        assertThat(sut.resolve("PER", SCHEMA)).isEqualTo("OTHER");
        assertThat(sut.resolve("DATE", SCHEMA)).isEqualTo("EVENT");
        assertThat(sut.mapped()).containsExactly(org.assertj.core.data.MapEntry.entry("PER", "OTHER"),
                org.assertj.core.data.MapEntry.entry("DATE", "EVENT"));
    }

    @Test
    void aPairWithoutEqualsOrAGivenTwiceLabelIsRefusedNamingIt() {
        assertThatThrownBy(() -> LabelMap.parse("PER=PERSON,MISC")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("\"MISC\" is not SOURCE=LABEL");
        assertThatThrownBy(() -> LabelMap.parse("PER=PERSON,PER=OTHER")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("gives PER twice");
    }
}
