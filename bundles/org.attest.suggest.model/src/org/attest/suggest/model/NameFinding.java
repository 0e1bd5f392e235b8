package org.attest.suggest.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.Span;
import org.apache.uima.cas.CAS;
import org.attest.model.schema.DefaultSchema;
import org.attest.suggest.api.Suggestion;

/** Asks a name finder model for the names in a CAS, sentence by sentence, and turns them into Entity suggestions. */
final class NameFinding {

    private NameFinding() {
    }

    /**
     * Returns the names {@code model} finds in {@code cas} as Entity suggestions in offset order, scored with OpenNLP's
     * probability; {@code model}'s words, such as "name finder learnt from gold", begin each reason.
     */
    static List<Suggestion> suggest(TokenNameFinderModel model, CAS cas, String modelWords) {
        // a NameFinderME keeps state between sentences, so each call has its own; the model is shared
        NameFinderME finder = new NameFinderME(model);
        List<Suggestion> suggestions = new ArrayList<>();
        for (Segments.Sentence sentence : Segments.of(cas)) {
            if (sentence.words().length == 0) {
                continue;
            }
            for (Span name : finder.find(sentence.words())) {
                double score = Math.clamp(name.getProb(), 0.0, 1.0);
                suggestions.add(new Suggestion(ModelRecommender.NAME, DefaultSchema.ENTITY,
                        sentence.begins()[name.getStart()], sentence.ends()[name.getEnd() - 1], name.getType(),
                        Map.of(), score, String.format(Locale.ROOT, "%s: %s, probability %.2f", modelWords,
                                name.getType(), score)));
            }
        }
        finder.clearAdaptiveData();
        suggestions.sort(Comparator.comparingInt(Suggestion::begin)
                .thenComparing(Comparator.comparingInt(Suggestion::end).reversed()));
        return suggestions;
    }
}
