package org.attest.cas.tests;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.uima.cas.CAS;
import org.apache.uima.cas.text.AnnotationFS;
import org.attest.cas.AttestTypes;
import org.attest.cas.CasFactory;
import org.attest.cas.Layers;
import org.attest.model.schema.DefaultSchema;

/** Builds realistic annotated CASes from the sample articles: ~25 entities, claims, sources, cues and attributions. */
final class Fixtures {

    private static final String[] ENTITY_TYPES = {"PERSON", "ORGANIZATION", "GPE", "LOCATION", "DATE", "EVENT"};
    private static final Set<String> CUE_WORDS = Set.of("said", "says", "writes", "tells", "according", "explains");

    private Fixtures() {
    }

    /** Returns a CAS of {@code text} annotated on every layer of the default schema. */
    static CAS annotated(CasFactory factory, String text) {
        CAS cas = factory.newCas(text);
        Layers sut = new Layers(cas, factory.schema());
        List<AnnotationFS> tokens = new ArrayList<>();
        for (AnnotationFS token : cas.getAnnotationIndex(cas.getTypeSystem().getType(AttestTypes.TOKEN))) {
            tokens.add(token);
        }
        List<AnnotationFS> sentences = new ArrayList<>();
        for (AnnotationFS sentence : cas.getAnnotationIndex(cas.getTypeSystem().getType(AttestTypes.SENTENCE))) {
            sentences.add(sentence);
        }
        int entities = 0;
        List<AnnotationFS> sources = new ArrayList<>();
        List<AnnotationFS> cues = new ArrayList<>();
        for (AnnotationFS token : tokens) {
            String word = token.getCoveredText();
            if (entities < 25 && Character.isUpperCase(word.codePointAt(0)) && word.length() > 2) {
                sut.addSpan(DefaultSchema.ENTITY, token.getBegin(), token.getEnd(),
                        Map.of("type", ENTITY_TYPES[entities % ENTITY_TYPES.length], "entity", "E" + entities));
                if (sources.size() < 5 && entities % 4 == 1) {
                    sources.add(sut.addSpan(DefaultSchema.SOURCE, token.getBegin(), token.getEnd(),
                            Map.of("type", "person", "entity", "E" + entities)));
                }
                entities++;
            }
            if (cues.size() < 5 && CUE_WORDS.contains(word.toLowerCase())) {
                cues.add(sut.addSpan(DefaultSchema.CUE, token.getBegin(), token.getEnd(), Map.of("type", "CUE")));
            }
        }
        for (int i = 0; i < 5 && i < sentences.size(); i++) {
            AnnotationFS sentence = sentences.get(i * 2 % sentences.size());
            AnnotationFS claim = sut.addSpan(DefaultSchema.CLAIM, sentence.getBegin(), sentence.getEnd(),
                    Map.of("type", "statistic", "value", 100.0 * (i + 1), "qualifier", "up to", "unit", "people killed",
                            "cluster", "C" + i));
            if (i < sources.size()) {
                Map<String, Object> features = i < cues.size() ? Map.of("cue", cues.get(i)) : Map.of();
                sut.addRelation(DefaultSchema.ATTRIBUTION, claim, sources.get(i), features);
            }
        }
        if (sources.size() > 1) {
            sut.addRelation(DefaultSchema.VIA, sources.get(0), sources.get(1), Map.of());
        }
        return cas;
    }

    /** Returns the default news schema's CAS factory. */
    static CasFactory factory() {
        return new CasFactory(DefaultSchema.create());
    }
}
