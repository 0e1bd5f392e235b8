package org.attest.suggest.model;

import java.nio.file.Path;

/**
 * Where the trained recommender keeps its files in a corpus: the folder {@code models/model/} with the model, what it
 * was trained on, and its evaluation.
 *
 * @param corpus the corpus folder
 */
public record ModelFolder(Path corpus) {

    /** The folder of the model, relative to the corpus folder with {@code /} separators. */
    public static final String FOLDER = "models/" + ModelRecommender.NAME;

    /** The OpenNLP name finder model, relative to the corpus folder. */
    public static final String MODEL = FOLDER + "/name-finder.bin";

    /** What the model was trained on (JSON), relative to the corpus folder. */
    public static final String TRAINING = FOLDER + "/training.json";

    /**
     * The evaluation of the model (JSON), relative to the corpus folder: written by whoever evaluates it, removed when
     * the model is trained again, since it would describe the old one.
     */
    public static final String EVALUATION = FOLDER + "/evaluation.json";

    /** Returns the model's folder. */
    public Path dir() {
        return corpus.resolve(FOLDER);
    }

    /** Returns the model file. */
    public Path model() {
        return corpus.resolve(MODEL);
    }

    /** Returns the file saying what the model was trained on. */
    public Path training() {
        return corpus.resolve(TRAINING);
    }

    /** Returns the file of the model's evaluation, which may be absent. */
    public Path evaluation() {
        return corpus.resolve(EVALUATION);
    }
}
