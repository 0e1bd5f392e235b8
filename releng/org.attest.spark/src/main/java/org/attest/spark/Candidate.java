package org.attest.spark;

import java.io.Serializable;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.attest.suggest.api.Suggestion;

/**
 * A document as a candidate for human annotation, scored from the suggestions written for it.
 *
 * @param shard the shard's folder name
 * @param document the document's id
 * @param title the document's title, or null
 * @param uncertainty how unsure the model was: the mean over its suggestions of {@code 1 - |2 score - 1|} (1 at
 *     probability 0.5, 0 at 0 or 1); 0 without model suggestions
 * @param claims the suggested Claim spans
 * @param newEntities the distinct texts of suggested Entity spans that link to no registry entity
 */
public record Candidate(String shard, String document, String title, double uncertainty, int claims,
        int newEntities) implements Serializable {

    /** The work list's order: highest score first, then shard and document, so that ties fall the same way always. */
    static final Comparator<Candidate> ORDER = (Comparator<Candidate> & Serializable) (a, b) -> {
        int byScore = Double.compare(b.score(), a.score());
        if (byScore != 0) {
            return byScore;
        }
        int byShard = a.shard.compareTo(b.shard);
        return byShard != 0 ? byShard : a.document.compareTo(b.document);
    };

    /**
     * Returns the score the work list is ranked by: the uncertainty plus {@code n / (n + 1)} of the claims and of the
     * new entities, each term below 1, so that each criterion counts and none swamps the others.
     */
    public double score() {
        return uncertainty + claims / (claims + 1.0) + newEntities / (newEntities + 1.0);
    }

    /** Scores document {@code document} of {@code shard} from its {@code suggestions} over {@code text}. */
    static Candidate of(String shard, String document, String title, String text, List<Suggestion> suggestions,
            String modelRecommender) {
        double unsure = 0;
        int scored = 0;
        int claims = 0;
        Set<String> fresh = new HashSet<>();
        for (Suggestion s : suggestions) {
            if (s.recommender().equals(modelRecommender)) {
                unsure += 1 - Math.abs(2 * s.score() - 1);
                scored++;
            }
            if ("Claim".equals(s.layer())) {
                claims++;
            }
            // a registry entity's suggestion carries its link; one without a link names something new to the corpus
            if ("Entity".equals(s.layer()) && s.features().isEmpty() && s.end() <= text.length()) {
                fresh.add(text.substring(s.begin(), s.end()).toLowerCase(Locale.ROOT));
            }
        }
        return new Candidate(shard, document, title, scored == 0 ? 0 : unsure / scored, claims, fresh.size());
    }
}
