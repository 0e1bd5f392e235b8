package org.attest.bench.crash;

import java.util.List;

/** The writing operations the crash trials kill, by name. */
final class CrashOperations {

    private CrashOperations() {
    }

    /** Returns every operation, in the order the trials take turns over them. */
    static List<CrashOperation> all() {
        return List.of(new ModelOperations.Import(), new ModelOperations.States(), new ModelOperations.Registry(),
                new ModelOperations.SchemaChange(), new CurationOperations.AutoMerge(),
                new CurationOperations.MarkCurated(),
                new ExportOperation(), new SyncOperation());
    }

    /** Returns the operation called {@code name}. */
    static CrashOperation named(String name) {
        return all().stream().filter(o -> o.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no crash operation '" + name + "'; there are "
                        + all().stream().map(CrashOperation::name).toList()));
    }
}
