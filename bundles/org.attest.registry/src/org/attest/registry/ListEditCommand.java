package org.attest.registry;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.attest.edit.AbstractEditCommand;
import org.attest.model.Corpus;
import org.attest.model.Entity;

/**
 * Changes registry entities by replacing their alias and merged-id lists and removing entities, restoring all of it on
 * undo.
 */
final class ListEditCommand extends AbstractEditCommand {

    /** The state of one entity's names that this command sets. */
    record Names(Entity entity, List<String> aliases, List<String> mergedIds, String knowledgeBaseId) {

        static Names of(Entity entity) {
            return new Names(entity, List.copyOf(entity.getAliases()), List.copyOf(entity.getMergedIds()),
                    entity.getKnowledgeBaseId());
        }

        void apply() {
            replace(entity.getAliases(), aliases);
            replace(entity.getMergedIds(), mergedIds);
            entity.setKnowledgeBaseId(knowledgeBaseId);
        }

        private static void replace(List<String> target, List<String> values) {
            if (!target.equals(values)) {
                target.clear();
                target.addAll(values);
            }
        }
    }

    private final Corpus corpus;
    private final Supplier<Names> change;
    private final Entity removed;
    private Names after;
    private Names before;
    private int removedIndex = -1;

    ListEditCommand(String label, Corpus corpus, Supplier<Names> change, Entity removed) {
        super(label);
        this.corpus = corpus;
        this.change = change;
        this.removed = removed;
    }

    @Override
    protected void doExecute() {
        // Computed now, not when the command was made, so that changes made in between are kept rather than
        // overwritten.
        after = change.get();
        before = Names.of(after.entity());
        removedIndex = removed == null ? -1 : corpus.getEntities().indexOf(removed);
        doRedo();
    }

    @Override
    protected void doUndo() {
        before.apply();
        if (removedIndex >= 0) {
            corpus.getEntities().add(Math.min(removedIndex, corpus.getEntities().size()), removed);
        }
    }

    @Override
    protected void doRedo() {
        after.apply();
        if (removedIndex >= 0) {
            corpus.getEntities().remove(removed);
        }
    }

    static List<String> plus(List<String> list, List<String> more) {
        List<String> result = new ArrayList<>(list);
        result.addAll(more);
        return List.copyOf(result);
    }
}
