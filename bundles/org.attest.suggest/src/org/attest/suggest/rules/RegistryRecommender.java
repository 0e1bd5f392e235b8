package org.attest.suggest.rules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.attest.model.Corpus;
import org.attest.model.Entity;
import org.attest.model.SpanLayer;
import org.attest.model.schema.DefaultSchema;
import org.attest.registry.NameFolding;
import org.attest.suggest.api.Recommender;
import org.attest.suggest.api.SuggestException;
import org.attest.suggest.api.Suggestion;
import org.attest.suggest.api.SuggestionContext;

/**
 * The {@code registry} recommender: every name and alias of the entity registry found in the text, ignoring case,
 * accents and script as the registry's search does, proposed as an Entity span linked to its entity and labelled with
 * the entity's type. The longest name wins where names overlap. Scores: {@value #EXACT} when the text spells a name as
 * the registry writes it, {@value #FOLDED} when it matches only ignoring case, accents or script, {@value #AMBIGUOUS}
 * (and no link) when the name belongs to several entities.
 */
public final class RegistryRecommender implements Recommender {

    /** The name users choose it by. */
    public static final String NAME = "registry";

    static final double EXACT = 0.9;
    static final double FOLDED = 0.75;
    static final double AMBIGUOUS = 0.4;

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{M}\\p{N}'’-]*");

    private volatile Cached cached;

    private record Cached(Corpus corpus, NameTable table) {
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "entity mentions: the names and aliases of the registry, linked to their entity";
    }

    @Override
    public Set<String> layers() {
        return Set.of(DefaultSchema.ENTITY);
    }

    @Override
    public List<Suggestion> suggest(SuggestionContext context) throws SuggestException {
        Corpus corpus = context.store().corpus();
        SpanLayer layer = SchemaLabels.layer(corpus.getSchema(), DefaultSchema.ENTITY, NAME);
        String link = SchemaLabels.entityLink(layer);
        NameTable table = table(corpus);
        List<Suggestion> result = new ArrayList<>();
        if (table.maxWords() == 0) {
            return result;
        }
        String text = context.text();
        List<int[]> words = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            words.add(new int[]{m.start(), m.end()});
        }
        String[] keys = new String[words.size()];
        Map<String, String> known = new HashMap<>();
        for (int i = 0; i < keys.length; i++) {
            String word = text.substring(words.get(i)[0], words.get(i)[1]);
            keys[i] = known.computeIfAbsent(word, NameFolding::key);
        }
        for (int i = 0; i < keys.length; i++) {
            if (!table.starts(keys[i])) {
                continue;
            }
            int matched = match(table, keys, i, text, words, layer, link, result);
            i += Math.max(matched, 1) - 1;
        }
        return result;
    }

    // Proposes the longest name starting at word i and returns how many words it spans, 0 when none.
    private static int match(NameTable table, String[] keys, int i, String text, List<int[]> words, SpanLayer layer,
            String link, List<Suggestion> result) {
        for (int n = Math.min(table.maxWords(), keys.length - i); n >= 1; n--) {
            StringBuilder key = new StringBuilder(keys[i]);
            for (int j = i + 1; j < i + n; j++) {
                key.append(' ').append(keys[j]);
            }
            List<NameTable.Name> names = table.names(key.toString());
            if (!names.isEmpty()) {
                int begin = words.get(i)[0];
                int end = words.get(i + n - 1)[1];
                result.add(suggestion(names, text.substring(begin, end), begin, end, layer, link));
                return n;
            }
        }
        return 0;
    }

    private static Suggestion suggestion(List<NameTable.Name> names, String written, int begin, int end,
            SpanLayer layer, String link) {
        if (names.size() > 1) {
            List<String> ids = names.stream().map(n -> n.entity().getId()).sorted().toList();
            return new Suggestion(NAME, layer.getName(), begin, end, null, Map.of(), AMBIGUOUS,
                    "a name of several entities: " + String.join(", ", ids));
        }
        NameTable.Name name = names.get(0);
        Entity entity = name.entity();
        String type = entity.getType();
        Map<String, Object> features = link == null || entity.getId() == null
                ? Map.of()
                : Map.of(link, entity.getId());
        boolean exact = name.written().equals(written);
        String what = name.written().equals(entity.getCanonicalName()) ? "name" : "alias";
        return new Suggestion(NAME, layer.getName(), begin, end, SchemaLabels.hasTag(layer, type) ? type : null,
                features, exact ? EXACT : FOLDED, what + " of " + entity.getCanonicalName() + " (" + entity.getId()
                        + ")" + (exact ? "" : ", written '" + name.written() + "' in the registry"));
    }

    private NameTable table(Corpus corpus) {
        Cached c = cached;
        if (c == null || c.corpus() != corpus || c.table().fingerprint() != NameTable.fingerprint(corpus)) {
            c = new Cached(corpus, new NameTable(corpus));
            cached = c;
        }
        return c.table();
    }
}
