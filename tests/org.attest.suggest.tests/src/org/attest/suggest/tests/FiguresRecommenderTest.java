package org.attest.suggest.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.attest.model.Document;
import org.attest.suggest.api.Suggestion;
import org.attest.suggest.rules.FiguresRecommender;
import org.attest.testing.Samples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FiguresRecommenderTest {

    @TempDir
    Path tmp;

    private final FiguresRecommender sut = new FiguresRecommender();

    @Test
    void thatTheFiguresOfTheHarbourFloodAreProposedWithQualifierValueAndUnit() throws Exception {
        try (Texts texts = new Texts(tmp)) {
            Document document = texts.add("a", Samples.project().resolve("harbour-flood-a.txt"), "en");
            List<Suggestion> found = texts.suggest(sut, document);
            assertThat(found).extracting(s -> texts.covered(document, s), Suggestion::label)
                    .contains(tuple("Up to 40 people", "statistic"), tuple("up to 40 people", "statistic"),
                            tuple("more than 3,000 residents", "statistic"), tuple("12 million euros", "statistic"));
            assertThat(found).filteredOn(s -> s.features().get("value").equals(3000.0)).singleElement()
                    .extracting(Suggestion::features)
                    .isEqualTo(Map.of("value", 3000.0, "qualifier", "more than", "unit", "residents"));
            assertThat(found).filteredOn(s -> s.features().get("value").equals(1.2e7)).singleElement()
                    .extracting(Suggestion::features, Suggestion::score)
                    .containsExactly(Map.of("value", 1.2e7, "qualifier", "exact", "unit", "euros"), 0.6);
        }
    }

    @Test
    void thatDatesTimesAndYearsOfTheSharedArticleAreNoFigures() throws Exception {
        try (Texts texts = new Texts(tmp)) {
            Document document = texts.add("k", Samples.shared().resolve("karabakh-ceasefire-a.txt"), "en");
            List<String> covered = texts.suggest(sut, document).stream().map(s -> texts.covered(document, s))
                    .toList();
            assertThat(covered).noneMatch(c -> c.contains("21 September") || c.startsWith("11 am")
                    || c.matches("\\d{4}.*"));
        }
    }

    @ParameterizedTest(name = "{0} [{1}]")
    @CsvSource(delimiter = '|', value = {
            "7,000 people fled|en|7,000 people|7000|exact|",
            "7.000 Menschen flohen|de|7.000 Menschen|7000|exact|",
            "7 000 personnes ont fui|fr|7 000 personnes|7000|exact|",
            "2,5 Millionen Euro|de|2,5 Millionen Euro|2500000|exact|",
            "3.5 million people|en|3.5 million people|3500000|exact|",
            "two hundred soldiers arrived|en|two hundred soldiers|200|exact|",
            "at least forty-five houses|en|at least forty-five houses|45|at least|",
            "between 100 and 250 houses were hit|en|between 100 and 250 houses|100|between|250",
            "about 60 percent|en|about 60 percent|60|about|",
            "fewer than 12 boats|en|fewer than 12 boats|12|less than|"})
    void thatNumbersOfSeveralLanguagesAreRead(String text, String language, String span, double value,
            String qualifier, Double upper) throws Exception {
        try (Texts texts = new Texts(tmp)) {
            Document document = texts.add("t", text + ".", language);
            Suggestion found = texts.suggest(sut, document).get(0);
            assertThat(texts.covered(document, found)).isEqualTo(span);
            assertThat(found.features().get("value")).isEqualTo(value);
            assertThat(found.features().get("qualifier")).isEqualTo(qualifier);
            assertThat(found.features().get("upper")).isEqualTo(upper);
        }
    }
}
