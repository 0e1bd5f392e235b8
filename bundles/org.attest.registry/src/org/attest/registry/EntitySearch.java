package org.attest.registry;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.attest.model.Corpus;
import org.attest.model.CorpusPackage;
import org.attest.model.Entity;
import org.attest.registry.EntityRegistry.Kind;
import org.attest.registry.EntityRegistry.Match;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.impl.AdapterImpl;

/**
 * Search of one corpus's registry through a {@link NameIndex}, kept on the corpus as an adapter so that every
 * registry of the corpus shares it; entities changed since the index was built are searched one by one until so many
 * changed that building it again is cheaper.
 */
final class EntitySearch extends AdapterImpl {

    private static final int REBUILD_AFTER = 2_000;

    private final Corpus corpus;
    private NameIndex index;
    private final Set<Entity> changed = new LinkedHashSet<>();

    private EntitySearch(Corpus corpus) {
        this.corpus = corpus;
    }

    /** Returns the search of {@code corpus}, attaching it on first use. */
    static EntitySearch of(Corpus corpus) {
        synchronized (corpus) {
            for (Object adapter : corpus.eAdapters()) {
                if (adapter instanceof EntitySearch search) {
                    return search;
                }
            }
            EntitySearch search = new EntitySearch(corpus);
            corpus.eAdapters().add(search);
            return search;
        }
    }

    /** Returns the matches of {@code query}, best first, at most {@code limit} (0: all). */
    synchronized List<Match> matches(String query, int limit) {
        String folded = NameFolding.fold(query);
        String key = NameFolding.key(query);
        if (index == null || changed.size() > REBUILD_AFTER) {
            rebuild();
        }
        List<Match> found = new ArrayList<>();
        Match[] best = new Match[1];
        Entity current = null;
        int[] candidates = index.candidates(key);
        int count = candidates == null ? index.size() : candidates.length;
        for (int c = 0; c < count; c++) {
            NameIndex.Entry entry = index.entry(candidates == null ? c : candidates[c]);
            if (entry.entity() != current) {
                add(found, best[0]);
                best[0] = null;
                current = entry.entity();
            }
            if (!changed.contains(current)) {
                best[0] = better(best[0], entry, key, folded);
            }
        }
        add(found, best[0]);
        for (Entity entity : changed) {
            if (entity.eContainer() == corpus) {
                Match match = null;
                for (NameIndex.Entry entry : NameIndex.Entry.of(entity)) {
                    match = better(match, entry, key, folded);
                }
                add(found, match);
            }
        }
        // each entity's sort name is folded once, not at every comparison
        java.util.Map<Entity, String> names = new java.util.HashMap<>();
        found.forEach(m -> names.put(m.entity(), NameFolding.fold(m.entity().getCanonicalName())));
        found.sort(Comparator.comparing(Match::kind).thenComparing(m -> !m.canonical())
                .thenComparing(m -> names.get(m.entity()))
                .thenComparing(m -> String.valueOf(m.entity().getId())));
        return limit > 0 && found.size() > limit ? List.copyOf(found.subList(0, limit)) : List.copyOf(found);
    }

    private static void add(List<Match> found, Match match) {
        if (match != null) {
            found.add(match);
        }
    }

    private static Match better(Match best, NameIndex.Entry entry, String key, String folded) {
        Kind kind = kind(entry.key(), key);
        if (kind == null && key.isEmpty()) {
            kind = kind(NameFolding.fold(entry.name()), folded); // a query of letters the key leaves out, such as "y"
        }
        if (kind != null && (best == null || kind.compareTo(best.kind()) < 0)) {
            return new Match(entry.entity(), entry.name(), entry.canonical(), kind);
        }
        return best;
    }

    private static Kind kind(String name, String query) {
        if (name.equals(query)) {
            return Kind.EXACT;
        }
        if (name.startsWith(query)) {
            return Kind.PREFIX;
        }
        int at = name.indexOf(query);
        if (at > 0) {
            return Character.isLetterOrDigit(name.charAt(at - 1)) ? Kind.SUBSTRING : Kind.WORD_PREFIX;
        }
        String[] words = query.split(" ");
        if (words.length > 1 && Stream.of(words).allMatch(name::contains)) {
            return Kind.ALL_WORDS;
        }
        return null;
    }

    private void rebuild() {
        for (Entity entity : corpus.getEntities()) {
            if (!entity.eAdapters().contains(this)) {
                entity.eAdapters().add(this);
            }
        }
        index = NameIndex.of(corpus.getEntities());
        changed.clear();
    }

    @Override
    public synchronized void notifyChanged(Notification notification) {
        if (index == null || notification.isTouch()) {
            return;
        }
        if (notification.getNotifier() instanceof Entity entity) {
            changed.add(entity);
        } else if (notification.getFeature() == CorpusPackage.Literals.CORPUS__ENTITIES) {
            note(notification.getOldValue());
            note(notification.getNewValue());
        }
    }

    private void note(Object value) {
        Collection<?> values = value instanceof Collection<?> many ? many : value == null ? List.of() : List.of(value);
        for (Object v : values) {
            if (v instanceof Entity entity) {
                changed.add(entity);
                if (!entity.eAdapters().contains(this)) {
                    entity.eAdapters().add(this);
                }
            }
        }
    }
}
