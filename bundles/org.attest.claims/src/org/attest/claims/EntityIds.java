package org.attest.claims;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import org.attest.model.Entity;

/**
 * The registry's entities by id, ids they took over in a merge included: built once for a corpus, so that resolving
 * the entity links of each document's sources costs no pass over the registry.
 */
public final class EntityIds {

    private static final EntityIds NONE = new EntityIds(Map.of());

    private final Map<String, Entity> byId;

    private EntityIds(Map<String, Entity> byId) {
        this.byId = byId;
    }

    /** Returns the index of {@code registry}; an entity's own id wins over an id another took over. */
    public static EntityIds of(Collection<Entity> registry) {
        Map<String, Entity> byId = new HashMap<>();
        for (Entity entity : registry) {
            entity.getMergedIds().forEach(id -> byId.putIfAbsent(id, entity));
        }
        for (Entity entity : registry) {
            if (entity.getId() != null) {
                byId.put(entity.getId(), entity);
            }
        }
        return new EntityIds(Map.copyOf(byId));
    }

    /** Returns the index of no entity, which resolves no id. */
    public static EntityIds none() {
        return NONE;
    }

    /** Returns the entity with {@code id} or the one it was merged into, or null when there is none. */
    public Entity find(String id) {
        return id == null ? null : byId.get(id);
    }
}
