package org.attest.suggest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.uima.cas.CAS;
import org.apache.uima.cas.text.AnnotationFS;
import org.attest.cas.Layers;
import org.attest.model.Document;
import org.attest.model.Schema;
import org.attest.model.SpanLayer;
import org.attest.model.schema.Schemas;
import org.attest.store.CorpusException;
import org.attest.store.CorpusStore;
import org.attest.suggest.api.Recommender;
import org.attest.suggest.api.SuggestException;
import org.attest.suggest.api.Suggestion;
import org.attest.suggest.api.SuggestionContext;

/**
 * Computes the live suggestions for one annotator's CAS of a document: runs the chosen recommenders, each on its own so
 * that one failing leaves the others' suggestions, and leaves out what the CAS already holds, what the annotator
 * rejected and what another recommender already proposed, counting each.
 */
public final class SuggestionService {

    /**
     * A recommender that proposed nothing, and why.
     *
     * @param recommender its name
     * @param message what went wrong, for the user to act on
     */
    public record Failure(String recommender, String message) {
    }

    /**
     * The suggestions for a document.
     *
     * @param suggestions what to show, in offset order (begin, then longer first, then layer)
     * @param failures the recommenders that failed, in the order they ran
     * @param held how many suggestions the CAS already held as annotations
     * @param rejected how many the annotator had rejected before
     * @param repeated how many another recommender had already proposed (the first one, or the surer one, is kept)
     */
    public record Result(List<Suggestion> suggestions, List<Failure> failures, int held, int rejected,
            int repeated) {

        /** Returns how many suggestions each recommender contributed, by name in name order. */
        public Map<String, Integer> countPerRecommender() {
            Map<String, Integer> counts = new java.util.TreeMap<>();
            suggestions.forEach(s -> counts.merge(s.recommender(), 1, Integer::sum));
            return counts;
        }
    }

    private static final Comparator<Suggestion> ORDER = Comparator.comparingInt(Suggestion::begin)
            .thenComparing(Comparator.comparingInt(Suggestion::end).reversed()).thenComparing(Suggestion::layer)
            .thenComparing(s -> s.label() == null ? "" : s.label());

    private final CorpusStore store;

    /** Creates the service for the corpus of {@code store}, open for reading at least. */
    public SuggestionService(CorpusStore store) {
        this.store = store;
    }

    /**
     * Returns the suggestions of {@code recommenders} for {@code annotator}'s {@code cas} of {@code document}.
     *
     * @throws CorpusException naming the file when the annotator's rejections cannot be read
     */
    public Result compute(Document document, String annotator, CAS cas, List<Recommender> recommenders)
            throws CorpusException {
        List<Suggestion> rejections = Rejections.of(store, annotator, document);
        Raw raw = propose(document, cas, recommenders);
        Set<String> existing = existing(cas, raw.suggestions());
        int held = 0;
        int rejected = 0;
        int repeated = 0;
        Map<String, Suggestion> kept = new LinkedHashMap<>();
        for (Suggestion s : raw.suggestions()) {
            String key = key(s.layer(), s.begin(), s.end(), s.label());
            if (existing.contains(key) || s.label() == null && existing.contains(key(s.layer(), s.begin(), s.end(),
                    "*"))) {
                held++;
            } else if (Rejections.isRejected(rejections, s)) {
                rejected++;
            } else {
                Suggestion before = kept.putIfAbsent(key, s);
                if (before != null) {
                    repeated++;
                    if (s.score() > before.score()) {
                        kept.put(key, s);
                    }
                }
            }
        }
        List<Suggestion> result = new ArrayList<>(kept.values());
        result.sort(ORDER);
        return new Result(List.copyOf(result), raw.failures(), held, rejected, repeated);
    }

    /**
     * Returns what {@code recommenders} propose for {@code cas} of {@code document}, checked against the schema and the
     * text but with nothing left out; for evaluation and bulk runs.
     */
    public Raw propose(Document document, CAS cas, List<Recommender> recommenders) {
        SuggestionContext context = new SuggestionContext(store, document, cas, language(document));
        Schema schema = store.corpus().getSchema();
        List<Suggestion> all = new ArrayList<>();
        List<Failure> failures = new ArrayList<>();
        for (Recommender recommender : recommenders) {
            List<Suggestion> proposed;
            try {
                proposed = recommender.suggest(context);
            } catch (SuggestException e) {
                failures.add(new Failure(recommender.name(), e.getMessage()));
                continue;
            } catch (RuntimeException e) {
                failures.add(new Failure(recommender.name(), "failed on document '" + document.getId() + "': " + e
                        + "; report this with the document"));
                continue;
            }
            List<String> invalid = new ArrayList<>();
            for (Suggestion s : proposed) {
                String problem = problem(schema, cas, s);
                if (problem == null) {
                    all.add(s);
                } else {
                    invalid.add(problem);
                }
            }
            if (!invalid.isEmpty()) {
                failures.add(new Failure(recommender.name(), invalid.size() + " of its suggestions for document '"
                        + document.getId() + "' were left out, such as one that " + invalid.get(0)));
            }
        }
        return new Raw(all, failures);
    }

    /**
     * What recommenders proposed, unfiltered.
     *
     * @param suggestions their valid suggestions, in the order the recommenders ran
     * @param failures the recommenders that failed or proposed something invalid
     */
    public record Raw(List<Suggestion> suggestions, List<Failure> failures) {
    }

    /** Returns the language of {@code document} as a lower-case ISO 639-1 code, {@code en} when unknown. */
    public static String language(Document document) {
        String language = document.getLanguage();
        if (language == null || language.isBlank()) {
            return "en";
        }
        return language.strip().split("[-_]", 2)[0].toLowerCase(Locale.ROOT);
    }

    private static String problem(Schema schema, CAS cas, Suggestion s) {
        if (!(Schemas.layer(schema, s.layer()).orElse(null) instanceof SpanLayer)) {
            return "is on layer '" + s.layer() + "', which is no span layer of schema '" + schema.getName() + "'";
        }
        if (s.end() > cas.getDocumentText().length()) {
            return "ends at " + s.end() + ", after the text's end at " + cas.getDocumentText().length();
        }
        return null;
    }

    // Keys of the spans the CAS holds on the layers suggested; "*" stands for any label, so an unlabelled suggestion
    // over a labelled span counts as held.
    private Set<String> existing(CAS cas, List<Suggestion> suggestions) {
        Layers layers = new Layers(cas, store.corpus().getSchema());
        Set<String> keys = new HashSet<>();
        for (String layer : suggestions.stream().map(Suggestion::layer).distinct().toList()) {
            for (AnnotationFS fs : layers.spans(layer)) {
                keys.add(key(layer, fs.getBegin(), fs.getEnd(), layers.label(fs)));
                keys.add(key(layer, fs.getBegin(), fs.getEnd(), "*"));
            }
        }
        return keys;
    }

    private static String key(String layer, int begin, int end, String label) {
        return layer + '\u0000' + begin + '\u0000' + end + '\u0000' + label;
    }
}
