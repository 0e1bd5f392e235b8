package org.attest.registry;

import java.util.function.Supplier;

import org.apache.uima.cas.text.AnnotationFS;
import org.attest.edit.AbstractEditCommand;
import org.attest.edit.AnnotationEditing;
import org.attest.edit.EditCommand;
import org.attest.model.Corpus;
import org.attest.model.CorpusFactory;
import org.attest.model.Entity;

/** Adds an entity to the registry under a fresh id, optionally linking a mention to it in the same step. */
public final class CreateEntityCommand extends AbstractEditCommand {

    private final Corpus corpus;
    private final String canonicalName;
    private final String type;
    private final Supplier<String> freshId;
    private final AnnotationFS mention;
    private final AnnotationEditing editing;
    private Entity created;
    private int index;
    private EditCommand link;

    CreateEntityCommand(String label, Corpus corpus, String canonicalName, String type, Supplier<String> freshId,
            AnnotationFS mention, AnnotationEditing editing) {
        super(label);
        this.corpus = corpus;
        this.canonicalName = canonicalName;
        this.type = type;
        this.freshId = freshId;
        this.mention = mention;
        this.editing = editing;
    }

    /** Returns the entity this command added; only available once it was executed. */
    public Entity created() {
        if (created == null) {
            throw new IllegalStateException("'" + label() + "' has not been executed yet; execute it first");
        }
        return created;
    }

    @Override
    protected void doExecute() {
        Entity entity = CorpusFactory.eINSTANCE.createEntity();
        // The id is taken now rather than when the command was made, so commands made ahead of time never share one.
        entity.setId(freshId.get());
        entity.setCanonicalName(canonicalName);
        entity.setType(type);
        EditCommand linking = mention == null ? null : editing.link(mention, entity.getId());
        index = corpus.getEntities().size();
        corpus.getEntities().add(entity);
        if (linking != null) {
            try {
                linking.execute();
            } catch (RuntimeException e) {
                corpus.getEntities().remove(entity);
                throw e;
            }
        }
        created = entity;
        link = linking;
    }

    @Override
    protected void doUndo() {
        if (link != null) {
            link.undo();
        }
        corpus.getEntities().remove(created);
    }

    @Override
    protected void doRedo() {
        corpus.getEntities().add(Math.min(index, corpus.getEntities().size()), created);
        if (link != null) {
            link.redo();
        }
    }
}
