package org.attest.edit;

import java.util.function.Supplier;

import org.apache.uima.cas.CAS;
import org.apache.uima.cas.text.AnnotationFS;

/**
 * Adds one span or relation; undo takes the same annotation out of the indexes and redo puts it back, so references to
 * it stay valid.
 */
public final class CreateAnnotationCommand extends AbstractEditCommand {

    private final CAS cas;
    private final Supplier<AnnotationFS> creation;
    private AnnotationFS created;

    CreateAnnotationCommand(String label, CAS cas, Supplier<AnnotationFS> creation) {
        super(label);
        this.cas = cas;
        this.creation = creation;
    }

    /** Returns the annotation this command added; only available once it was executed. */
    public AnnotationFS created() {
        if (created == null) {
            throw new IllegalStateException("'" + label() + "' has not been executed yet; execute it first");
        }
        return created;
    }

    @Override
    protected void doExecute() {
        // Layers checks offsets, endpoints and feature values before it indexes anything.
        created = creation.get();
    }

    @Override
    protected void doUndo() {
        cas.removeFsFromIndexes(created);
    }

    @Override
    protected void doRedo() {
        cas.addFsToIndexes(created);
    }
}
