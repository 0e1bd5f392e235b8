package org.attest.cli.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.attest.testing.ScriptedWork;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The trained recommender from the command line: refused with the command to train it until it is trained, then
 * trained on anna's finished work, proposing names and measured by cross-validation.
 */
class SuggestModelCommandTest {

    @TempDir
    static Path tmp;

    private static Path dir;
    private static CommandRun untrained;
    private static CommandRun train;

    @BeforeAll
    static void trainOnAnnasWork() throws Exception {
        dir = tmp.resolve("corpus");
        ScriptedWork.annotatedByAnnaAndBen(dir);
        untrained = suggest();
        train = CommandRun.of("suggest", dir.toString(), "--train", "--from", "anna", "--recommender", "model");
    }

    @Test
    void beforeTrainingTheModelIsRefusedWithTheCommandThatTrainsIt() {
        assertThat(untrained.code()).isEqualTo(2);
        assertThat(untrained.err()).contains("model: no name finder model is trained")
                .contains("train it with: attest suggest " + dir + " --train");
    }

    @Test
    void trainingStoresTheModelAndItThenProposesEntities() {
        assertThat(train.code()).as(train.err()).isZero();
        assertThat(train.out()).contains("Trained model on anna").contains("models/model/name-finder.bin");
        assertThat(dir.resolve("models/model/name-finder.bin")).isRegularFile();

        CommandRun sut = suggest();

        assertThat(sut.code()).as(sut.err()).isZero();
        assertThat(sut.out()).containsPattern("model\\s+Entity\\s+[1-9]");
    }

    @Test
    void evaluationCrossValidatesTheModelOnAnnasWork() {
        CommandRun sut = CommandRun.of("suggest", dir.toString(), "--evaluate", "--from", "anna", "--recommender",
                "model", "--folds", "3");

        assertThat(sut.code()).as(sut.err()).isZero();
        assertThat(sut.out()).contains("model").containsPattern("Entity/PERSON\\s+\\d+\\s+\\d+\\s+\\d+");
    }

    private static CommandRun suggest() {
        return CommandRun.of("suggest", dir.toString(), "--recommender", "model", "--annotator", "carl");
    }
}
