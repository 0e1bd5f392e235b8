package org.attest.suggest.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import opennlp.tools.namefind.ThreadSafeNameFinderME;
import opennlp.tools.util.Span;
import org.apache.uima.cas.CAS;
import org.attest.model.schema.DefaultSchema;
import org.attest.suggest.api.Suggestion;

/** Asks a name finder model for the names in a CAS, sentence by sentence, and turns them into Entity suggestions. */
final class NameFinding {

    private NameFinding() {
    }

    /**
     * Returns the names {@code finder} finds in {@code cas} as Entity suggestions in offset order, scored with
     * OpenNLP's probability; {@code modelWords}, such as "name finder learnt from gold", begin each reason.
     */
    static List<Suggestion> suggest(ThreadSafeNameFinderME finder, CAS cas, String modelWords) {
        // the finder keeps one NameFinderME per thread, whose adaptive data is cleared after each document
        List<Suggestion> suggestions = new ArrayList<>();
        try {
            for (Segments.Sentence sentence : Segments.of(cas)) {
                if (sentence.words().length > 0) {
                    for (Span name : finder.find(sentence.words())) {
                        suggestions.add(suggestion(sentence, name, modelWords));
                    }
                }
            }
        } finally {
            finder.clearAdaptiveData();
        }
        suggestions.sort(Comparator.comparingInt(Suggestion::begin)
                .thenComparing(Comparator.comparingInt(Suggestion::end).reversed()));
        return suggestions;
    }

    private static Suggestion suggestion(Segments.Sentence sentence, Span name, String modelWords) {
        double score = Math.clamp(name.getProb(), 0.0, 1.0);
        return new Suggestion(ModelRecommender.NAME, DefaultSchema.ENTITY, sentence.begins()[name.getStart()],
                sentence.ends()[name.getEnd() - 1], name.getType(), Map.of(), score,
                String.format(Locale.ROOT, "%s: %s, probability %.2f", modelWords, name.getType(), score));
    }
}
