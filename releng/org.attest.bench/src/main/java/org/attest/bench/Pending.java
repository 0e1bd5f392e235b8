package org.attest.bench;

import java.util.List;

/**
 * Capabilities whose services do not exist yet, reported as "not yet available" rows with their future baseline and
 * target; replace a row by a {@link Measurement} (registered in {@link Bench#measurements}) when its service lands.
 */
final class Pending implements Measurement {

    @Override
    public String name() {
        return "pending";
    }

    @Override
    public List<Result> measure(Workload w) {
        return List.of(
                Result.notYetAvailable("auto-merge", w.size(), "curation service not built; target <= 2x loading the CASes"));
    }
}
