package org.attest.cli.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.attest.testing.ScriptedWork;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SuggestCommandTest {

    @TempDir
    Path tmp;

    private Path dir;

    @BeforeEach
    void setUp() throws Exception {
        dir = tmp.resolve("corpus");
        ScriptedWork.annotatedByAnnaAndBen(dir);
    }

    @Test
    void thatSuggestionsAreWrittenForANewAnnotatorWithCountsPerRecommenderAndLayer() throws Exception {
        CommandRun sut = CommandRun.of("suggest", dir.toString(), "--annotator", "carl", "--recommender", "figures",
                "--recommender", "cues", "--documents", "harbour-flood-a");

        assertThat(sut.code()).as(sut.err()).isZero();
        assertThat(sut.out()).containsPattern("figures\\s+Claim\\s+[1-9]").containsPattern("cues\\s+Cue\\s+[1-9]")
                .contains("into 1 file(s)");
        JsonNode file = new ObjectMapper().readTree(dir.resolve("suggestions/carl/harbour-flood-a.json").toFile());
        assertThat(file.get("annotator").asText()).isEqualTo("carl");
        assertThat(file.get("suggestions")).anySatisfy(s -> {
            assertThat(s.get("recommender").asText()).isEqualTo("figures");
            assertThat(s.get("features").get("unit").asText()).isEqualTo("people");
        });
    }

    @Test
    void thatWhatAnAnnotatorAlreadyHasIsLeftOutOfTheirSuggestions() throws Exception {
        CommandRun sut = CommandRun.of("suggest", dir.toString(), "--annotator", "anna", "--recommender", "cues");

        assertThat(sut.code()).as(sut.err()).isZero();
        assertThat(sut.out()).containsPattern("left out [1-9][0-9]* the annotators already have");
        assertThat(Files.list(dir.resolve("suggestions/anna")).count()).isEqualTo(3);
    }

    @Test
    void thatEvaluatePrintsPrecisionRecallAndF1PerRecommenderAndLabel() {
        CommandRun sut = CommandRun.of("suggest", dir.toString(), "--evaluate", "--from", "anna", "--recommender",
                "cues", "--recommender", "figures");

        assertThat(sut.code()).as(sut.err()).isZero();
        assertThat(sut.out()).contains("Against anna, 3 document(s)")
                .containsPattern("cues\\s+Cue/CUE\\s+[1-9]\\d*\\s+\\d+\\s+\\d+\\s+[01]\\.\\d{3}\\s+1\\.000")
                .containsPattern("figures\\s+Claim/statistic\\s+[1-9]");
    }

    @Test
    void thatTrainingRecommendersThatCannotLearnIsRefusedNamingThem() {
        CommandRun sut = CommandRun.of("suggest", dir.toString(), "--train", "--recommender", "cues");

        assertThat(sut.code()).isNotZero();
        assertThat(sut.err()).contains("[cues] can be trained").contains("--list");
    }

    @Test
    void thatAnUnknownRecommenderIsRefusedListingTheInstalledOnes() {
        CommandRun sut = CommandRun.of("suggest", dir.toString(), "--recommender", "oracle");

        assertThat(sut.code()).isNotZero();
        assertThat(sut.err()).contains("'oracle'").contains("registry").contains("figures");
    }

    @Test
    void thatListNamesTheRuleRecommendersWithWhatTheyPropose() {
        CommandRun sut = CommandRun.of("suggest", dir.toString(), "--list");

        assertThat(sut.code()).as(sut.err()).isZero();
        assertThat(sut.out()).containsPattern("cues\\s+attribution cues").containsPattern("figures\\s+statistic")
                .containsPattern("registry\\s+entity mentions");
    }

    @Test
    void thatTheReportCountsEachAnnotatorsSpans() {
        CommandRun sut = CommandRun.of("suggest", dir.toString(), "--report");

        assertThat(sut.code()).as(sut.err()).isZero();
        assertThat(sut.out()).containsPattern("anna\\s+[1-9]\\d*\\s+0 \\(\\s*0%\\)\\s+-");
    }
}
