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
                .hasMessageContaining("\"MISC\" is not SOURCE=LABEL or the preset conll2003");
        assertThatThrownBy(() -> LabelMap.parse("PER=PERSON,PER=OTHER")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("gives PER twice");
    }

    @Test
    void thePresetConll2003StandsForTheFourCoNllLabelsAndMixesWithPairs() {
        LabelMap sut = LabelMap.parse("conll2003, TIME=DATE");

        assertThat(sut.mapped()).containsExactly(org.assertj.core.data.MapEntry.entry("PER", "PERSON"),
                org.assertj.core.data.MapEntry.entry("ORG", "ORGANIZATION"),
                org.assertj.core.data.MapEntry.entry("LOC", "LOCATION"),
                org.assertj.core.data.MapEntry.entry("MISC", "OTHER"),
                org.assertj.core.data.MapEntry.entry("TIME", "DATE"));
    }

    @Test
    void readBackwardsTheMapNamesEachMappedSchemaLabelByItsSource() {
        LabelMap sut = LabelMap.parse("conll2003");

        assertThat(sut.exportNames(SCHEMA)).containsOnly(org.assertj.core.data.MapEntry.entry("PERSON", "PER"),
                org.assertj.core.data.MapEntry.entry("ORGANIZATION", "ORG"),
                org.assertj.core.data.MapEntry.entry("LOCATION", "LOC"),
                org.assertj.core.data.MapEntry.entry("OTHER", "MISC"));
        assertThat(LabelMap.defaults().exportNames(SCHEMA)).isEmpty();
    }

    @Test
    void aMapThatCannotBeReadBackwardsIsRefusedNamingWhy() {
        assertThatThrownBy(() -> LabelMap.parse("MISC=OTHER,NORP=OTHER").exportNames(SCHEMA))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("both MISC and NORP to OTHER");
        assertThatThrownBy(() -> LabelMap.parse("PERSON=PER").exportNames(SCHEMA))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("PERSON=PER names PER, which is not an Entity label of the schema");
        assertThatThrownBy(() -> LabelMap.parse("PERSON=OTHER").exportNames(SCHEMA))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("writes OTHER as PERSON, which the schema's own label PERSON");
        assertThat(LabelMap.parse("PERSON=OTHER,OTHER=PERSON").exportNames(SCHEMA)).hasSize(2);
    }
}
