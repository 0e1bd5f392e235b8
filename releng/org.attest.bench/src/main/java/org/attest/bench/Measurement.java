package org.attest.bench;

import java.util.List;

/** One benchmarked capability measured against its baseline on a prepared {@link Workload}. */
public interface Measurement {

    /** Returns a short name for progress messages, such as "open". */
    String name();

    /** Measures the capability and its baseline on {@code workload}, warm-up included, and returns one row or more. */
    List<Result> measure(Workload workload) throws Exception;

    /**
     * Returns whether what this measures does not depend on the corpus size, so that a run measures it at its first
     * size only.
     */
    default boolean sizeIndependent() {
        return false;
    }

    /**
     * Returns whether this runs at a size standing at {@code stage} of its run: what does not depend on the size at
     * the first size only, the rest at every size (where the sizes before also warm up the code of the later ones); a
     * quick run measures the rest once, at its last, larger size.
     */
    default boolean runsAt(Workload.Stage stage) {
        if (sizeIndependent()) {
            return stage.first();
        }
        return !stage.quick() || stage.last();
    }
}
