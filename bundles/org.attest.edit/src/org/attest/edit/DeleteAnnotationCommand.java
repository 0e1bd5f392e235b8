package org.attest.edit;

import java.util.List;

import org.apache.uima.cas.CAS;
import org.apache.uima.cas.text.AnnotationFS;

/**
 * Deletes an annotation with what depends on it: relations that start or end at a deleted span go too, and span links
 * (such as an attribution's cue) that point to it are cleared; undo restores all of them as they were.
 */
public final class DeleteAnnotationCommand extends AbstractEditCommand {

    private final CAS cas;
    private final AnnotationFS fs;
    private final DeletionPlan.Finder planner;
    private DeletionPlan plan;

    DeleteAnnotationCommand(String label, CAS cas, AnnotationFS fs, DeletionPlan.Finder planner) {
        super(label);
        this.cas = cas;
        this.fs = fs;
        this.planner = planner;
    }

    /** Returns the annotation this command deletes. */
    public AnnotationFS annotation() {
        return fs;
    }

    /** Returns the relations deleted along with the annotation; only available once it was executed. */
    public List<AnnotationFS> deletedRelations() {
        if (plan == null) {
            throw new IllegalStateException("'" + label() + "' has not been executed yet; execute it first");
        }
        return plan.relations();
    }

    @Override
    protected void doExecute() {
        plan = planner.find(fs);
        doRedo();
    }

    @Override
    protected void doUndo() {
        cas.addFsToIndexes(fs);
        plan.relations().forEach(cas::addFsToIndexes);
        plan.links().forEach(FeatureSnapshot::restore);
    }

    @Override
    protected void doRedo() {
        for (FeatureSnapshot link : plan.links()) {
            link.fs().setFeatureValue(link.feature(), null);
        }
        plan.relations().forEach(cas::removeFsFromIndexes);
        cas.removeFsFromIndexes(fs);
    }
}
