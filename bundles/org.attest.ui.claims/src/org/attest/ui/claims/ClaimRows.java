package org.attest.ui.claims;

import java.util.ArrayList;
import java.util.List;

import org.attest.claims.ClaimFigure;
import org.attest.claims.Cluster;
import org.attest.claims.Verdict;
import org.eclipse.jface.viewers.ITreeContentProvider;

/**
 * The rows of the Claims view's tree: a cluster, and under it its claims, the interval they jointly allow per period
 * and the verdict on every pair; with "conflicts only" just the clusters with a conflict and their conflicting pairs.
 */
final class ClaimRows implements ITreeContentProvider {

    /** A cluster at the top of the tree. */
    record ClusterRow(Cluster cluster) {
    }

    /** One claim of a cluster. */
    record ClaimRow(Cluster cluster, ClaimFigure claim) {
    }

    /** The values the claims of one period jointly allow. */
    record JointRow(Cluster cluster, Cluster.Joint joint) {
    }

    /** The verdict on one pair of claims. */
    record VerdictRow(Cluster cluster, Verdict verdict) {
    }

    private boolean conflictsOnly;

    /** Sets whether only clusters with a conflict, and only their conflicting pairs, are shown. */
    void setConflictsOnly(boolean only) {
        conflictsOnly = only;
    }

    @Override
    public Object[] getElements(Object input) {
        if (!(input instanceof List<?> clusters)) {
            return new Object[0];
        }
        return clusters.stream().map(Cluster.class::cast).filter(c -> !conflictsOnly || c.hasConflicts())
                .map(ClusterRow::new).toArray();
    }

    @Override
    public Object[] getChildren(Object parent) {
        if (!(parent instanceof ClusterRow row)) {
            return new Object[0];
        }
        Cluster cluster = row.cluster();
        List<Object> children = new ArrayList<>();
        cluster.claims().forEach(c -> children.add(new ClaimRow(cluster, c)));
        cluster.joint().forEach(j -> children.add(new JointRow(cluster, j)));
        (conflictsOnly ? cluster.conflicts() : cluster.verdicts())
                .forEach(v -> children.add(new VerdictRow(cluster, v)));
        return children.toArray();
    }

    @Override
    public Object getParent(Object element) {
        return null;
    }

    @Override
    public boolean hasChildren(Object element) {
        return element instanceof ClusterRow;
    }
}
