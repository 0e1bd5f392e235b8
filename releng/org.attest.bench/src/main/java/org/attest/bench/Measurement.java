package org.attest.bench;

import java.util.List;

/** One benchmarked capability measured against its baseline on a prepared {@link Workload}. */
public interface Measurement {

    /** Returns a short name for progress messages, such as "open". */
    String name();

    /** Measures the capability and its baseline on {@code workload}, warm-up included, and returns one row or more. */
    List<Result> measure(Workload workload) throws Exception;
}
