package org.attest.demo;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.uima.cas.CAS;
import org.apache.uima.cas.Type;
import org.apache.uima.cas.text.AnnotationFS;
import org.attest.cas.AttestTypes;
import org.attest.cas.Layers;
import org.attest.model.Schema;
import org.attest.model.schema.DefaultSchema;

/**
 * Annotates a news text with the default schema from simple rules: gazetteer names as entities, "up to / at least /
 * more than N people" as statistic claims with the unit, cluster and period of {@link ClaimScript}, sums of money as
 * statistic claims ({@link MoneyScript}), "said / told /
 * wrote / according to" as cues, the entity next to a cue as the source, an attribution from each claim to the
 * source of a cue in its sentence, and Vias from that source to whom it was "quoting" or "citing", to social media and
 * to news agencies
 * ({@link ViaScript}).
 *
 * <p>A {@link Personality} makes annotators differ in controlled, reproducible ways: with its probabilities an
 * annotation is skipped, has its begin moved to the previous word, or gets another label. The choices depend only on
 * the personality's seed and the text, so the same annotator always annotates a text the same way.
 */
public final class ScriptedAnnotator {

    /**
     * How an annotator deviates from the rules.
     *
     * @param name the annotator's name
     * @param seed the seed of its choices
     * @param skip the probability of leaving an annotation out
     * @param shift the probability of moving a span's begin to the previous word
     * @param relabel the probability of choosing another label
     */
    public record Personality(String name, long seed, double skip, double shift, double relabel) {

        /** Checks that the name is present and the probabilities lie in [0, 1]. */
        public Personality {
            Objects.requireNonNull(name, "name");
            for (double p : new double[]{skip, shift, relabel}) {
                if (p < 0 || p > 1) {
                    throw new IllegalArgumentException("probabilities must lie between 0 and 1, not " + p);
                }
            }
        }

        /** Returns an annotator who follows the rules exactly. */
        public static Personality careful(String name) {
            return new Personality(name, name.hashCode(), 0, 0, 0);
        }
    }

    /**
     * What one annotator did to one document.
     *
     * @param counts the annotations added per layer
     * @param deviations what the personality changed, in text order, e.g. "relabelled Entity 'Lindor' GPE -> LOCATION"
     */
    public record Result(Map<String, Integer> counts, List<String> deviations) {
    }

    private static final Pattern STATISTIC = Pattern
            .compile("(?i)\\b(up to|at least|more than)\\s+(\\d[\\d,]*)\\s+(people|residents)\\b");
    private static final Pattern CUE = Pattern.compile("\\b(said|says|told|wrote|according to|According to)\\b");
    private static final Map<String, String> OTHER_LABEL = Map.of("PERSON", "ORGANIZATION", "ORGANIZATION", "PERSON",
            "GPE",
            "LOCATION", "LOCATION", "GPE", "up to", "at least", "at least", "more than", "more than", "at least");
    private static final Map<String, String> SOURCE_TYPE = Map.of("PERSON", "person", "ORGANIZATION", "organization",
            "GPE",
            "government");

    private final Schema schema;
    private final Personality personality;

    /** Creates an annotator for CASes of {@code schema} (the default news schema or one with its layers). */
    public ScriptedAnnotator(Schema schema, Personality personality) {
        this.schema = Objects.requireNonNull(schema, "schema");
        this.personality = Objects.requireNonNull(personality, "personality");
    }

    /** Returns the annotator's name. */
    public String name() {
        return personality.name();
    }

    /** Adds this annotator's annotations to {@code cas}, which must hold a segmented text. */
    public Result annotate(CAS cas) {
        String text = cas.getDocumentText();
        Random random = new Random(personality.seed() * 31 + text.hashCode());
        Layers layers = new Layers(cas, schema);
        List<String> deviations = new ArrayList<>();
        Map<String, Integer> counts = new LinkedHashMap<>();
        List<AnnotationFS> entities = new ArrayList<>();
        for (int[] hit : Gazetteer.hits(text)) {
            String type = Gazetteer.NAMES.get(text.substring(hit[0], hit[1]));
            Choice choice = choose(random, text, DefaultSchema.ENTITY, hit[0], hit[1], type, deviations);
            if (choice != null) {
                entities.add(layers.addSpan(DefaultSchema.ENTITY, choice.begin, hit[1], Map.of("type", choice.label)));
                counts.merge(DefaultSchema.ENTITY, 1, Integer::sum);
            }
        }
        List<AnnotationFS> claims = new ArrayList<>();
        Matcher statistic = STATISTIC.matcher(text);
        while (statistic.find()) {
            String qualifier = statistic.group(1).toLowerCase(Locale.ROOT);
            Choice choice = choose(random, text, DefaultSchema.CLAIM, statistic.start(), statistic.end(), qualifier,
                    deviations);
            if (choice != null) {
                double value = Double.parseDouble(statistic.group(2).replace(",", ""));
                AnnotationFS sentence = sentenceAt(cas, statistic.start());
                Map<String, Object> features = new LinkedHashMap<>(Map.of("type", "statistic", "value", value,
                        "qualifier", choice.label));
                features.putAll(ClaimScript.features(text, statistic.end(), sentence.getBegin(), sentence.getEnd(),
                        statistic.group(3).toLowerCase(Locale.ROOT)));
                claims.add(layers.addSpan(DefaultSchema.CLAIM, choice.begin, statistic.end(), features));
                counts.merge(DefaultSchema.CLAIM, 1, Integer::sum);
            }
        }
        // sums of money draw from a random of their own, so that the choices of the rules before them stay as they were
        Random money = new Random(personality.seed() * 37 + text.hashCode());
        List<AnnotationFS> sums = new ArrayList<>();
        for (MoneyScript.Sum sum : MoneyScript.find(text)) {
            Choice choice = choose(money, text, DefaultSchema.CLAIM, sum.begin(), sum.end(), sum.qualifier(),
                    deviations);
            if (choice != null) {
                Map<String, Object> features = new LinkedHashMap<>(sum.features());
                if (choice.label != null) {
                    features.put("qualifier", choice.label);
                }
                sums.add(layers.addSpan(DefaultSchema.CLAIM, choice.begin, sum.end(), features));
                counts.merge(DefaultSchema.CLAIM, 1, Integer::sum);
            }
        }
        Matcher cue = CUE.matcher(text);
        while (cue.find()) {
            if (skips(random, DefaultSchema.CUE, text, cue.start(), cue.end(), deviations)) {
                continue;
            }
            AnnotationFS cueSpan = layers.addSpan(DefaultSchema.CUE, cue.start(), cue.end(), Map.of("type", "CUE"));
            counts.merge(DefaultSchema.CUE, 1, Integer::sum);
            AnnotationFS sentence = sentenceAt(cas, cue.start());
            AnnotationFS entity = cue.group(1).equalsIgnoreCase("according to")
                    ? firstAfter(entities, cue.end(), sentence)
                    : lastBefore(entities, cue.start(), sentence);
            String sourceType = entity == null ? null : SOURCE_TYPE.get(layers.label(entity));
            if (sourceType == null
                    || skips(random, DefaultSchema.SOURCE, text, entity.getBegin(), entity.getEnd(), deviations)) {
                continue;
            }
            AnnotationFS source = layers.addSpan(DefaultSchema.SOURCE, entity.getBegin(), entity.getEnd(),
                    Map.of("type", sourceType));
            counts.merge(DefaultSchema.SOURCE, 1, Integer::sum);
            boolean attributed = attribute(layers, random, claims, sentence, source, cueSpan, counts, deviations);
            attributed |= attribute(layers, money, sums, sentence, source, cueSpan, counts, deviations);
            // no random choice here: the Via rule must not change the choices of the annotations after it
            if (attributed) {
                ViaScript.add(layers, text, Math.max(cue.end(), source.getEnd()), sentence.getEnd(), source, entities,
                        SOURCE_TYPE, counts);
            }
        }
        return new Result(counts, deviations);
    }

    private record Choice(int begin, String label) {
    }

    // attributes each of the claims inside the sentence to the source, unless the personality skips it
    private boolean attribute(Layers layers, Random random, List<AnnotationFS> claims, AnnotationFS sentence,
            AnnotationFS source, AnnotationFS cueSpan, Map<String, Integer> counts, List<String> deviations) {
        String text = sentence.getCAS().getDocumentText();
        boolean attributed = false;
        for (AnnotationFS claim : claims) {
            if (claim.getBegin() >= sentence.getBegin() && claim.getEnd() <= sentence.getEnd()
                    && !skips(random, DefaultSchema.ATTRIBUTION, text, claim.getBegin(), claim.getEnd(), deviations)) {
                layers.addRelation(DefaultSchema.ATTRIBUTION, claim, source, Map.of("cue", cueSpan));
                counts.merge(DefaultSchema.ATTRIBUTION, 1, Integer::sum);
                attributed = true;
            }
        }
        return attributed;
    }

    private Choice choose(Random random, String text, String layer, int begin, int end, String label,
            List<String> deviations) {
        if (skips(random, layer, text, begin, end, deviations)) {
            return null;
        }
        int chosenBegin = begin;
        if (random.nextDouble() < personality.shift()) {
            chosenBegin = previousWord(text, begin);
            if (chosenBegin != begin) {
                deviations.add("extended " + layer + " '" + text.substring(begin, end) + "' to '"
                        + text.substring(chosenBegin, end) + "'");
            }
        }
        String chosenLabel = label;
        if (random.nextDouble() < personality.relabel() && label != null && OTHER_LABEL.containsKey(label)) {
            chosenLabel = OTHER_LABEL.get(label);
            deviations.add(
                    "relabelled " + layer + " '" + text.substring(begin, end) + "' " + label + " -> " + chosenLabel);
        }
        return new Choice(chosenBegin, chosenLabel);
    }

    private boolean skips(Random random, String layer, String text, int begin, int end, List<String> deviations) {
        if (random.nextDouble() < personality.skip()) {
            deviations.add("skipped " + layer + " '" + text.substring(begin, end) + "'");
            return true;
        }
        return false;
    }

    // The begin of the word before the one at begin, on the same line; begin itself when there is none.
    private static int previousWord(String text, int begin) {
        int i = begin;
        while (i > 0 && text.charAt(i - 1) == ' ') {
            i--;
        }
        if (i == begin || i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1))) {
            return begin;
        }
        while (i > 0 && Character.isLetterOrDigit(text.charAt(i - 1))) {
            i--;
        }
        return i;
    }

    private static AnnotationFS sentenceAt(CAS cas, int offset) {
        Type type = cas.getTypeSystem().getType(AttestTypes.SENTENCE);
        for (AnnotationFS sentence : cas.<AnnotationFS>getAnnotationIndex(type)) {
            if (sentence.getBegin() <= offset && offset < sentence.getEnd()) {
                return sentence;
            }
        }
        return cas.getDocumentAnnotation();
    }

    private static AnnotationFS lastBefore(List<AnnotationFS> entities, int offset, AnnotationFS sentence) {
        AnnotationFS found = null;
        for (AnnotationFS entity : entities) {
            if (entity.getBegin() >= sentence.getBegin() && entity.getEnd() <= offset) {
                found = entity;
            }
        }
        return found;
    }

    private static AnnotationFS firstAfter(List<AnnotationFS> entities, int offset, AnnotationFS sentence) {
        for (AnnotationFS entity : entities) {
            if (entity.getBegin() >= offset && entity.getEnd() <= sentence.getEnd()) {
                return entity;
            }
        }
        return null;
    }

}
