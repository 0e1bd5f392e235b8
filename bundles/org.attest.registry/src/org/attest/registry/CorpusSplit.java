package org.attest.registry;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.attest.model.Entity;
import org.attest.store.CorpusException;
import org.attest.store.CorpusStore;

/**
 * Splits an entity of a corpus on disk: the chosen mentions, in the annotators' CAS files, move to a new entity, and
 * the changed CAS files and registry entries are saved in one transaction, all of them or none.
 */
public final class CorpusSplit {

    private CorpusSplit() {
    }

    /**
     * Moves {@code chosen}, mentions of {@code from} among {@code mentions}, to a new entity called {@code name} and
     * saves
     * the corpus; returns the new entity.
     */
    public static Entity split(CorpusStore store, Entity from, String name, List<Mention> chosen,
            CorpusMentions mentions)
            throws CorpusException {
        EntityRegistry registry = new EntityRegistry(store.corpus());
        List<Mention> ofEntity = mentions.of(from, registry);
        MentionFiles files = new MentionFiles(store);
        List<SplitEntityCommand.LinkedMention> moving = new ArrayList<>();
        for (Mention c : chosen) {
            Mention m = ofEntity.stream().filter(o -> o.isAt(c.document(), c.annotator(), c.begin(), c.end()))
                    .findFirst().orElseThrow(
                            () -> new IllegalArgumentException("No mention of " + from.getId() + " '"
                                    + from.getCanonicalName() + "' at [" + c.begin() + ","
                                    + c.end() + ") in document '" + c.document() + "' by " + c.annotator()
                                    + "; choose one of the entity's mentions"));
            moving.add(new SplitEntityCommand.LinkedMention(files.find(m), files.editing(m)));
        }
        List<String> kept = ofEntity.stream()
                .filter(o -> chosen.stream().noneMatch(c -> c.isAt(o.document(), o.annotator(), o.begin(), o.end())))
                .map(Mention::text).toList();
        SplitEntityCommand split = registry.split(from, name, moving, kept);
        split.execute();
        try {
            files.save("split of entity " + from.getId(),
                    chosen.size() + " mention(s) of " + from.getId() + " moved to " + split.created().getId());
        } catch (IOException | CorpusException | RuntimeException e) {
            split.undo();
            throw new CorpusException(
                    "cannot save the split of " + from.getId() + " in " + store.layout().dir() + ": " + e.getMessage()
                            + "; nothing was changed on disk. Free space or fix permissions and retry",
                    e);
        }
        return split.created();
    }
}
