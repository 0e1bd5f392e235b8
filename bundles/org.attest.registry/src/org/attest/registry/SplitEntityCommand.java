package org.attest.registry;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Supplier;

import org.apache.uima.cas.text.AnnotationFS;
import org.attest.edit.AbstractEditCommand;
import org.attest.edit.AnnotationEditing;
import org.attest.edit.SetFeatureCommand;
import org.attest.model.Corpus;
import org.attest.model.Entity;

/**
 * Moves chosen mentions of an entity to a new entity: the new one is named as asked, takes the original's type and
 * the moved mentions' other spellings as aliases; the original loses the aliases only the moved mentions spelled.
 */
public final class SplitEntityCommand extends AbstractEditCommand {

    /** A mention in a document open for editing: the annotation and the editing of its CAS. */
    public record LinkedMention(AnnotationFS mention, AnnotationEditing editing) {
    }

    private final Entity from;
    private final List<LinkedMention> moving;
    private final List<String> keptTexts;
    private final CreateEntityCommand create;
    private final List<SetFeatureCommand> links = new ArrayList<>();
    private List<String> fromAliasesBefore;
    private List<String> fromAliasesAfter;

    SplitEntityCommand(Corpus corpus, Entity from, String name, List<LinkedMention> moving,
            Collection<String> keptTexts,
            Supplier<String> freshId) {
        super("Split " + moving.size() + " mention(s) of " + from.getId() + " '" + from.getCanonicalName() + "' into '"
                + name + "'");
        this.from = from;
        this.moving = List.copyOf(moving);
        this.keptTexts = List.copyOf(keptTexts);
        this.create = new CreateEntityCommand(label(), corpus, name, from.getType(), freshId, null, null);
    }

    /** Returns the entity this command added; only available once it was executed. */
    public Entity created() {
        return create.created();
    }

    @Override
    protected void doExecute() {
        create.execute();
        Entity entity = create.created();
        List<String> movedTexts = moving.stream().map(m -> m.mention().getCoveredText()).toList();
        for (String text : movedTexts) {
            boolean known = NameFolding.same(text, entity.getCanonicalName())
                    || entity.getAliases().stream().anyMatch(a -> NameFolding.same(a, text));
            if (!known && !text.isBlank()) {
                entity.getAliases().add(text.strip());
            }
        }
        fromAliasesBefore = List.copyOf(from.getAliases());
        fromAliasesAfter = from.getAliases().stream()
                .filter(a -> movedTexts.stream().noneMatch(t -> NameFolding.same(t, a))
                        || keptTexts.stream().anyMatch(t -> NameFolding.same(t, a)))
                .toList();
        for (LinkedMention m : moving) {
            links.add(m.editing().link(m.mention(), entity.getId()));
        }
        apply(true);
    }

    @Override
    protected void doUndo() {
        for (int i = links.size() - 1; i >= 0; i--) {
            links.get(i).undo();
        }
        from.getAliases().clear();
        from.getAliases().addAll(fromAliasesBefore);
        create.undo();
    }

    @Override
    protected void doRedo() {
        apply(false);
    }

    private void apply(boolean first) {
        if (!first) {
            create.redo();
        }
        from.getAliases().clear();
        from.getAliases().addAll(fromAliasesAfter);
        for (SetFeatureCommand link : links) {
            if (first) {
                link.execute();
            } else {
                link.redo();
            }
        }
    }
}
