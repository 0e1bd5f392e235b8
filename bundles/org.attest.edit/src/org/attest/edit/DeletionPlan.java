package org.attest.edit;

import java.util.List;

import org.apache.uima.cas.text.AnnotationFS;

/**
 * What deleting an annotation takes with it: relations attached to it and span links pointing to it, as they were
 * before.
 */
record DeletionPlan(List<AnnotationFS> relations, List<FeatureSnapshot> links) {

    /** Finds the dependents of an annotation, refusing one that cannot be deleted. */
    @FunctionalInterface
    interface Finder {

        DeletionPlan find(AnnotationFS fs);
    }
}
