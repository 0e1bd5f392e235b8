package org.attest.registry;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.apache.uima.cas.text.AnnotationFS;
import org.attest.edit.AnnotationEditing;
import org.attest.edit.CompositeCommand;
import org.attest.edit.EditCommand;
import org.attest.model.Corpus;
import org.attest.model.Entity;
import org.attest.model.FeatureKind;

/**
 * The corpus's entity registry: search by name or alias ignoring case, accents and script, and undoable changes to its
 * entries.
 */
public final class EntityRegistry {

    // Crockford's letters: no i, l, o or u, so an id read aloud or copied by hand is not mistaken for another.
    private static final String ID_LETTERS = "0123456789abcdefghjkmnpqrstvwxyz";

    private static final java.security.SecureRandom RANDOM = new java.security.SecureRandom();

    /** How a query matched a name, best first. */
    public enum Kind {
        /** The whole name. */
        EXACT,
        /** The beginning of the name. */
        PREFIX,
        /** The beginning of a later word of the name. */
        WORD_PREFIX,
        /** Somewhere inside the name. */
        SUBSTRING,
        /** Every word of the query, in any order, inside the name. */
        ALL_WORDS
    }

    /** One search result: the entity, the name or alias that matched best, and how. */
    public record Match(Entity entity, String name, boolean canonical, Kind kind) {
    }

    private final Corpus corpus;

    /** Creates the registry view of {@code corpus}'s entities. */
    public EntityRegistry(Corpus corpus) {
        this.corpus = corpus;
    }

    /**
     * Returns the entities whose canonical name or an alias matches {@code query} ignoring case, accents and script,
     * best first, at most {@code limit} (0: all).
     */
    public List<Entity> search(String query, int limit) {
        return matches(query, limit).stream().map(Match::entity).toList();
    }

    /**
     * Returns the matches for {@code query}: exact before prefix before word prefix before substring, canonical names
     * before aliases.
     */
    public List<Match> matches(String query, int limit) {
        return EntitySearch.of(corpus).matches(query, limit);
    }

    /**
     * Returns the entity with {@code id}, or the one it was merged into, so that links made before a merge still
     * resolve.
     */
    public Optional<Entity> byId(String id) {
        if (id == null) {
            return Optional.empty();
        }
        return corpus.getEntities().stream().filter(e -> id.equals(e.getId())).findFirst()
                .or(() -> corpus.getEntities().stream().filter(e -> e.getMergedIds().contains(id)).findFirst());
    }

    /**
     * Returns a command adding an entity called {@code canonicalName} of {@code type} (such as PERSON, may be null)
     * under a fresh id (see {@link #freshId()}).
     */
    public CreateEntityCommand createEntity(String canonicalName, String type) {
        String name = requireName(canonicalName,
                "A new entity needs a canonical name; type the name it is best known by");
        return new CreateEntityCommand("Create entity '" + name + "'", corpus, name, type, this::freshId, null, null);
    }

    /**
     * Returns a command adding an entity named after a mention's text, such as "Ana Kovačić" from the selected mention.
     */
    public CreateEntityCommand createFromMention(String mentionText, String type) {
        String name = requireName(mentionText,
                "The mention has no text to name an entity after; select a mention with words in it");
        return new CreateEntityCommand("Create entity from '" + name + "'", corpus, name, type, this::freshId, null,
                null);
    }

    /**
     * Returns a command creating an entity named after {@code mention}'s text and linking the mention to it, as one
     * undoable step.
     */
    public CreateEntityCommand createFromMention(AnnotationFS mention, String type, AnnotationEditing editing) {
        String name = requireName(mention.getCoveredText(),
                "The mention has no text to name an entity after; select a mention with words in it");
        editing.link(mention, "check"); // refuses a mention whose layer has no entity link before anything changes
        return new CreateEntityCommand("Create entity from '" + name + "' and link it", corpus, name, type,
                this::freshId, mention, editing);
    }

    /**
     * Returns a command adding {@code alias} to {@code entity}; refused when the entity already has that name ignoring
     * case and accents.
     */
    public EditCommand addAlias(Entity entity, String alias) {
        String name = requireName(alias, "An alias needs some text; type the other name of "
                + (entity == null ? "the entity" : describe(entity)));
        withAlias(entity, name); // refuses now, before the command exists, and again when it runs
        return new ListEditCommand("Add alias '" + name + "' to " + describe(entity), corpus,
                () -> withAlias(entity, name), null);
    }

    private ListEditCommand.Names withAlias(Entity entity, String name) {
        requireRegistered(entity);
        String existing = nameLike(entity, name);
        if (existing != null) {
            throw new IllegalArgumentException(
                    describe(entity) + " already has the name '" + existing + "', which is '" + name
                            + "' ignoring case and accents; nothing to add");
        }
        return new ListEditCommand.Names(entity, ListEditCommand.plus(entity.getAliases(), List.of(name)),
                List.copyOf(entity.getMergedIds()),
                entity.getKnowledgeBaseId());
    }

    /**
     * Returns a command setting {@code entity}'s knowledge-base id, such as the Wikidata QID Q1234, or clearing it when
     * {@code id} is blank.
     */
    public EditCommand setKnowledgeBaseId(Entity entity, String id) {
        requireRegistered(entity);
        String value = id == null || id.isBlank() ? null : id.strip();
        return new ListEditCommand("Set the knowledge-base id of " + describe(entity) + " to " + value, corpus,
                () -> new ListEditCommand.Names(entity, List.copyOf(entity.getAliases()),
                        List.copyOf(entity.getMergedIds()), value),
                null);
    }

    /**
     * Returns one undoable step that links {@code mention} to {@code entity} and adds the mention's text as an alias
     * when it is a new name.
     */
    public EditCommand linkMentionAsAlias(AnnotationFS mention, Entity entity, AnnotationEditing editing) {
        requireRegistered(entity);
        String text = requireName(mention.getCoveredText(),
                "The mention has no text to add as an alias; select a mention with words in it");
        List<EditCommand> parts = new ArrayList<>();
        if (nameLike(entity, text) == null) {
            parts.add(addAlias(entity, text));
        }
        parts.add(editing.link(mention, entity.getId()));
        return new CompositeCommand(
                "Link '" + text + "' to " + describe(entity) + (parts.size() > 1 ? " as a new alias" : ""), parts);
    }

    /**
     * Returns a command merging {@code gone} into {@code keep}: keep gets gone's names as aliases and its ids, so links
     * to gone resolve to keep.
     */
    public EditCommand merge(Entity keep, Entity gone) {
        merged(keep, gone); // refuses now, before the command exists, and again when it runs
        return new ListEditCommand("Merge " + describe(gone) + " into " + describe(keep), corpus,
                () -> merged(keep, gone), gone);
    }

    private ListEditCommand.Names merged(Entity keep, Entity gone) {
        requireRegistered(keep);
        requireRegistered(gone);
        if (keep == gone) {
            throw new IllegalArgumentException(
                    "Cannot merge " + describe(keep) + " with itself; pick two different entities");
        }
        String kb = keep.getKnowledgeBaseId();
        if (kb != null && gone.getKnowledgeBaseId() != null && !kb.equals(gone.getKnowledgeBaseId())) {
            throw new IllegalArgumentException(describe(keep) + " is " + kb + " and " + describe(gone) + " is "
                    + gone.getKnowledgeBaseId()
                    + " in the knowledge base, so they look like different entities; clear one of the ids first if they are the same");
        }
        List<String> aliases = new ArrayList<>(keep.getAliases());
        for (String name : Stream.concat(Stream.of(gone.getCanonicalName()), gone.getAliases().stream()).toList()) {
            boolean known = NameFolding.same(name, keep.getCanonicalName())
                    || aliases.stream().anyMatch(a -> NameFolding.same(a, name));
            if (!known && name != null && !name.isBlank()) {
                aliases.add(name);
            }
        }
        List<String> ids = new ArrayList<>(keep.getMergedIds());
        Stream.concat(Stream.of(gone.getId()), gone.getMergedIds().stream()).filter(id -> !ids.contains(id))
                .forEach(ids::add);
        return new ListEditCommand.Names(keep, List.copyOf(aliases), List.copyOf(ids),
                kb != null ? kb : gone.getKnowledgeBaseId());
    }

    /**
     * Returns a command moving the {@code moving} mentions of {@code from} to a new entity called {@code name}; the
     * aliases that only the moved mentions spell leave {@code from}, unless one of {@code keptTexts} (the texts of the
     * mentions that stay) spells them too.
     */
    public SplitEntityCommand split(Entity from, String name, List<SplitEntityCommand.LinkedMention> moving,
            Collection<String> keptTexts) {
        requireRegistered(from);
        String newName = requireName(name,
                "The new entity needs a canonical name; give the name of the one the moved mentions refer to");
        if (moving.isEmpty()) {
            throw new IllegalArgumentException("No mention chosen to move from " + describe(from) + " to '" + newName
                    + "'; choose one or more of its mentions");
        }
        for (SplitEntityCommand.LinkedMention m : moving) {
            String id = m.editing().layerOf(m.mention()).flatMap(layer -> layer.getFeatures().stream()
                    .filter(f -> f.getKind() == FeatureKind.ENTITY_LINK).findFirst())
                    .map(f -> m.editing().layers().value(m.mention(), f.getName())).map(String::valueOf).orElse(null);
            if (byId(id).orElse(null) != from) {
                throw new IllegalArgumentException(
                        "The mention '" + m.mention().getCoveredText() + "' [" + m.mention().getBegin() + ","
                                + m.mention().getEnd() + ") is linked to " + (id == null ? "no entity" : id)
                                + ", not to " + describe(from)
                                + "; choose mentions of the entity being split");
            }
        }
        return new SplitEntityCommand(corpus, from, newName, moving, keptTexts, this::freshId);
    }

    /**
     * Returns a new id that no entity has or had before a merge: E- and eight random letters and digits, so that two
     * people creating entities on their own machines never pick the same id (each entity is a file named by its id).
     */
    public String freshId() {
        java.util.Set<String> taken = new java.util.HashSet<>();
        for (Entity entity : corpus.getEntities()) {
            taken.add(entity.getId());
            taken.addAll(entity.getMergedIds());
        }
        while (true) {
            StringBuilder id = new StringBuilder("E-");
            for (int i = 0; i < 8; i++) {
                id.append(ID_LETTERS.charAt(RANDOM.nextInt(ID_LETTERS.length())));
            }
            if (!taken.contains(id.toString())) {
                return id.toString();
            }
        }
    }

    private static String nameLike(Entity entity, String name) {
        return Stream.concat(Stream.of(entity.getCanonicalName()), entity.getAliases().stream())
                .filter(n -> NameFolding.same(n, name)).findFirst().orElse(null);
    }

    private void requireRegistered(Entity entity) {
        if (entity == null || !corpus.getEntities().contains(entity)) {
            throw new IllegalArgumentException((entity == null
                    ? "No entity"
                    : describe(entity) + " is not in the registry of corpus '"
                            + corpus.getName() + "'")
                    + "; pick an entity from the registry");
        }
    }

    private static String requireName(String text, String message) {
        String name = text == null ? "" : text.strip().replaceAll("\\s+", " ");
        if (name.isEmpty()) {
            throw new IllegalArgumentException(message);
        }
        return name;
    }

    private static String describe(Entity entity) {
        return entity.getId() + " '" + entity.getCanonicalName() + "'";
    }
}
