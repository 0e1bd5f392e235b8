package org.attest.suggest.model;

import java.util.List;
import java.util.Set;

import opennlp.tools.namefind.ThreadSafeNameFinderME;
import opennlp.tools.namefind.TokenNameFinderModel;
import org.attest.model.schema.DefaultSchema;
import org.attest.suggest.api.Recommender;
import org.attest.suggest.api.Suggestion;
import org.attest.suggest.api.SuggestionContext;

/** A name finder trained in memory, for one fold of a cross-validation: it is kept nowhere. */
final class TrainedNameFinder implements Recommender {

    private final ThreadSafeNameFinderME finder;
    private final String from;

    /** Creates the recommender of {@code model}, learnt from {@code from}. */
    TrainedNameFinder(TokenNameFinderModel model, String from) {
        this.finder = new ThreadSafeNameFinderME(model);
        this.from = from;
    }

    @Override
    public String name() {
        return ModelRecommender.NAME;
    }

    @Override
    public String description() {
        return "Entity names: an OpenNLP name finder learnt from " + from + ", kept in memory";
    }

    @Override
    public Set<String> layers() {
        return Set.of(DefaultSchema.ENTITY);
    }

    @Override
    public List<Suggestion> suggest(SuggestionContext context) {
        return NameFinding.suggest(finder, context.cas(), "name finder learnt from " + from);
    }
}
