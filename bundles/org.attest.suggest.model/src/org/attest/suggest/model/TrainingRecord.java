package org.attest.suggest.model;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * The content of {@code models/model/training.json}: what the model learnt from (the annotation set, each document
 * with the SHA-256 of its text, the annotations per label and those left out with why), how (OpenNLP's version and
 * parameters), when, the SHA-256 of the model file, and where its evaluation goes.
 */
final class TrainingRecord {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private TrainingRecord() {
    }

    /** Returns the JSON of {@code trained}, whose model file has {@code modelSha256}, trained at {@code date}. */
    static byte[] json(ModelTraining.Trained trained, String modelSha256, Instant date) {
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("recommender", ModelRecommender.NAME);
        record.put("from", trained.from());
        record.put("date", date.toString());
        record.put("model", ModelFolder.MODEL);
        record.put("modelSha256", modelSha256);
        record.put("library", "Apache OpenNLP " + trained.model().getVersion());
        record.put("language", trained.language());
        record.put("parameters", trained.parameters());
        record.put("iterations", trained.progress().iterations());
        if (trained.progress().stop() != null) {
            record.put("stoppedBecause", trained.progress().stop());
        }
        List<Map<String, Object>> documents = new ArrayList<>();
        for (TrainingData.Source source : trained.data().sources()) {
            Map<String, Object> document = new LinkedHashMap<>();
            document.put("id", source.id());
            document.put("textSha256", source.textSha256());
            document.put("annotations", source.annotations());
            documents.add(document);
        }
        record.put("documents", documents);
        record.put("sentences", trained.data().samples().size());
        record.put("annotations", trained.data().perLabel());
        record.put("leftOut", trained.data().skipped());
        record.put("evaluation", ModelFolder.EVALUATION);
        try {
            return JSON.writeValueAsBytes(record);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("maps of strings and numbers always serialise", e);
        }
    }
}
