package org.attest.ui.tests;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.attest.store.CorpusException;
import org.attest.store.CorpusFiles;
import org.attest.suggest.api.Recommender;
import org.attest.suggest.api.SuggestException;
import org.attest.suggest.api.Suggestion;
import org.attest.suggest.api.SuggestionContext;

/**
 * A recommender for the editor's tests, contributed by this bundle's plugin.xml: it proposes every occurrence of the
 * words listed in the corpus file {@value #FILE}, one {@code layer|label|score|words} a line, and nothing in a corpus
 * without that file (so the other tests' editors show no suggestions).
 */
public final class ListedRecommender implements Recommender {

    /** The corpus file listing what to propose. */
    public static final String FILE = "settings/listed-suggestions.txt";

    /** Creates the recommender. */
    public ListedRecommender() {
    }

    /** Writes {@code lines} to the list of {@code corpus}, for a test that wants suggestions. */
    static void list(Path corpus, String... lines) throws Exception {
        Path file = corpus.resolve(FILE);
        Files.createDirectories(file.getParent());
        Files.writeString(file, String.join("\n", lines) + "\n");
    }

    @Override
    public String name() {
        return "listed";
    }

    @Override
    public String description() {
        return "the words listed in " + FILE;
    }

    @Override
    public Set<String> layers() {
        return Set.of("Entity", "Cue");
    }

    @Override
    public List<Suggestion> suggest(SuggestionContext context) throws SuggestException {
        Path root = context.store().layout().dir();
        Path file = root.resolve(FILE);
        if (!Files.exists(file)) {
            return List.of();
        }
        List<Suggestion> result = new ArrayList<>();
        String text = context.text();
        try {
            for (String line : new String(CorpusFiles.read(root, file), StandardCharsets.UTF_8).split("\n")) {
                String[] f = line.split("\\|");
                if (f.length < 4) {
                    continue;
                }
                for (int at = text.indexOf(f[3]); at >= 0; at = text.indexOf(f[3], at + 1)) {
                    result.add(new Suggestion(name(), f[0], at, at + f[3].length(), f[1], Map.of(),
                            Double.parseDouble(f[2]), "listed in " + FILE));
                }
            }
        } catch (CorpusException e) {
            throw new SuggestException("listed: " + e.getMessage(), e);
        }
        return result;
    }
}
