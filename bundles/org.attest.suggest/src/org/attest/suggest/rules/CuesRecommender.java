package org.attest.suggest.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.attest.model.SpanLayer;
import org.attest.model.schema.DefaultSchema;
import org.attest.suggest.api.Recommender;
import org.attest.suggest.api.SuggestException;
import org.attest.suggest.api.Suggestion;
import org.attest.suggest.api.SuggestionContext;

/**
 * The {@code cues} recommender: the words of the document's language that attribute a claim ("said", "according to"),
 * from {@code settings/cues/<language>.txt} in the corpus or the list built in for en, de, fr and es, proposed as Cue
 * spans. Its score is a constant {@value #SCORE}: a listed word attributes a claim in most of its uses, not all
 * ("said" nearly always, "added" or "reported" less often).
 */
public final class CuesRecommender implements Recommender {

    /** The name users choose it by. */
    public static final String NAME = "cues";

    static final double SCORE = 0.6;

    private final CueLists lists = new CueLists();

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "attribution cues: the words of a per-language list (settings/cues/<language>.txt)";
    }

    @Override
    public Set<String> layers() {
        return Set.of(DefaultSchema.CUE);
    }

    @Override
    public List<Suggestion> suggest(SuggestionContext context) throws SuggestException {
        SpanLayer layer = SchemaLabels.layer(context.store().corpus().getSchema(), DefaultSchema.CUE, NAME);
        String label = SchemaLabels.onlyTag(layer);
        CueLists.CueList list = lists.of(context.store(), context.language());
        List<Suggestion> result = new ArrayList<>();
        if (list.pattern() == null) {
            return result;
        }
        Matcher m = list.pattern().matcher(context.text());
        while (m.find()) {
            result.add(new Suggestion(NAME, layer.getName(), m.start(), m.end(), label, Map.of(), SCORE,
                    "a cue word of " + list.origin()));
        }
        return result;
    }

    /** Returns the pattern matching any of {@code words} as whole words, ignoring case, or null for no words. */
    static Pattern pattern(List<String> words) {
        if (words.isEmpty()) {
            return null;
        }
        List<String> sorted = new ArrayList<>(words);
        sorted.sort((a, b) -> b.length() - a.length());
        StringBuilder regex = new StringBuilder("(?<![\\p{L}\\p{N}])(?:");
        for (int i = 0; i < sorted.size(); i++) {
            regex.append(i == 0 ? "" : "|");
            String[] parts = sorted.get(i).split("\\s+");
            for (int j = 0; j < parts.length; j++) {
                regex.append(j == 0 ? "" : "\\s+").append(Pattern.quote(parts[j]));
            }
        }
        return Pattern.compile(regex.append(")(?![\\p{L}\\p{N}])").toString(),
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }
}
