package org.attest.suggest.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import opennlp.tools.namefind.NameSample;
import opennlp.tools.util.Span;
import org.apache.uima.cas.CAS;
import org.apache.uima.cas.text.AnnotationFS;
import org.attest.cas.Layers;
import org.attest.model.Schema;
import org.attest.model.schema.DefaultSchema;

/**
 * The Entity spans of annotated documents as OpenNLP's name samples, one per sentence, with what was learnt per label
 * and every span that could not be used counted by its reason, so none is dropped unseen.
 */
final class TrainingData {

    /** A span that begins or ends inside a token. */
    static final String OFF_TOKENS = "not on token boundaries";
    /** A span outside every sentence or crossing a sentence's end. */
    static final String ACROSS_SENTENCES = "outside a sentence or across its end";
    /** A span whose label is unset. */
    static final String UNLABELLED = "without a label";
    /** A span that overlaps an earlier one. */
    static final String OVERLAPPING = "overlapping another Entity span";

    /**
     * A document learnt from.
     *
     * @param id the document's id
     * @param textSha256 the SHA-256 of its text
     * @param annotations how many of its Entity spans were learnt
     */
    record Source(String id, String textSha256, int annotations) {
    }

    private final Schema schema;
    private final List<NameSample> samples = new ArrayList<>();
    private final List<Source> sources = new ArrayList<>();
    private final Map<String, Integer> perLabel = new TreeMap<>();
    private final Map<String, Integer> skipped = new TreeMap<>();

    /** Creates empty training data for CASes of {@code schema}. */
    TrainingData(Schema schema) {
        this.schema = schema;
    }

    /** Adds the Entity spans of {@code cas}, the annotations of document {@code id} whose text has {@code sha256}. */
    void add(String id, String sha256, CAS cas) {
        Layers layers = new Layers(cas, schema);
        List<AnnotationFS> entities = layers.spans(DefaultSchema.ENTITY);
        int e = 0;
        int learnt = 0;
        boolean first = true;
        for (Segments.Sentence sentence : Segments.of(cas)) {
            while (e < entities.size() && entities.get(e).getBegin() < sentence.begin()) {
                skip(ACROSS_SENTENCES);
                e++;
            }
            List<Span> names = new ArrayList<>();
            int lastEnd = -1;
            for (; e < entities.size() && entities.get(e).getBegin() < sentence.end(); e++) {
                AnnotationFS entity = entities.get(e);
                String label = layers.label(entity);
                int from = sentence.tokenBeginningAt(entity.getBegin());
                int to = sentence.tokenEndingAt(entity.getEnd());
                if (entity.getEnd() > sentence.end()) {
                    skip(ACROSS_SENTENCES);
                } else if (label == null || label.isBlank()) {
                    skip(UNLABELLED);
                } else if (from < 0 || to < from) {
                    skip(OFF_TOKENS);
                } else if (from <= lastEnd) {
                    skip(OVERLAPPING);
                } else {
                    names.add(new Span(from, to + 1, label));
                    perLabel.merge(label, 1, Integer::sum);
                    lastEnd = to;
                    learnt++;
                }
            }
            if (sentence.words().length > 0) {
                samples.add(new NameSample(sentence.words(), names.toArray(Span[]::new), first));
                first = false;
            }
        }
        for (; e < entities.size(); e++) {
            skip(ACROSS_SENTENCES);
        }
        sources.add(new Source(id, sha256, learnt));
    }

    /** Returns the name samples, one per sentence, in document order. */
    List<NameSample> samples() {
        return samples;
    }

    /** Returns the documents learnt from, in the order added. */
    List<Source> sources() {
        return sources;
    }

    /** Returns how many Entity spans were learnt per label, sorted by label. */
    Map<String, Integer> perLabel() {
        return perLabel;
    }

    /** Returns how many Entity spans could not be learnt, per reason. */
    Map<String, Integer> skipped() {
        return skipped;
    }

    /** Returns how many Entity spans were learnt. */
    int annotations() {
        return perLabel.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** Returns how many documents hold at least one learnt span. */
    int documentsWithNames() {
        return (int) sources.stream().filter(s -> s.annotations() > 0).count();
    }

    private void skip(String reason) {
        skipped.merge(reason, 1, Integer::sum);
    }
}
