package org.attest.ui.registry;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.attest.model.Entity;
import org.attest.registry.CorpusMentions;
import org.attest.registry.DuplicateFinder;
import org.attest.registry.EntityRegistry;
import org.attest.registry.Mention;
import org.attest.registry.WrongLinks;

/**
 * What the Registry view shows of the registry as it is now: each entity's mentions, the suspect links and the
 * duplicate suggestions, worked out again from the mentions read from disk after every change.
 *
 * @param mentions the mentions read from the annotators' files
 * @param byEntity the mentions per entity they resolve to
 * @param suspects the suspect link of each mention that looks linked to the wrong person
 * @param duplicates the pairs of entities that may be one, best first
 */
record RegistryState(CorpusMentions mentions, Map<Entity, List<Mention>> byEntity,
        Map<Mention, WrongLinks.Suspect> suspects, List<DuplicateFinder.Suggestion> duplicates) {

    /** Works out the state of {@code registry} over {@code entities} from {@code mentions}. */
    static RegistryState of(CorpusMentions mentions, EntityRegistry registry, List<Entity> entities) {
        Map<Entity, List<Mention>> byEntity = mentions.byEntity(registry);
        Map<Mention, WrongLinks.Suspect> suspects = new HashMap<>();
        WrongLinks.find(mentions, registry).forEach(s -> suspects.put(s.mention(), s));
        List<DuplicateFinder.Suggestion> duplicates = new DuplicateFinder().suggest(entities, byEntity,
                DuplicateFinder.DEFAULT_THRESHOLD, 200);
        return new RegistryState(mentions, byEntity, suspects, duplicates);
    }

    /** Returns the mentions of {@code entity}, none when it has none. */
    List<Mention> of(Entity entity) {
        return entity == null ? List.of() : byEntity.getOrDefault(entity, List.of());
    }

    /** Returns why {@code mention} looks linked to the wrong person, or null when it does not. */
    String warning(Mention mention) {
        WrongLinks.Suspect s = suspects.get(mention);
        return s == null
                ? null
                : "'" + s.given() + "' is not a given name of " + s.entity().getCanonicalName()
                        + ", though the surname is: another person? Relink it if so";
    }
}
