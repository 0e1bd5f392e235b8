package org.attest.bench;

import java.nio.file.Path;
import java.util.List;

import org.attest.imports.ImportService;
import org.attest.io.ImportOptions;
import org.attest.store.CorpusStore;

/**
 * The child JVM of {@link StreamingMemoryTest}: imports the folder {@code args[1]} into a new corpus {@code args[0]}.
 */
public final class ImportChild {

    private ImportChild() {
    }

    /** Imports, prints the number of documents added and exits 0, or dies of what went wrong. */
    public static void main(String[] args) throws Exception {
        try (CorpusStore store = CorpusStore.init(Path.of(args[0]), "big", "import in a small heap")) {
            int added = new ImportService(store)
                    .run(new ImportService.Request(List.of(Path.of(args[1])), ImportOptions.defaults(), null, null),
                            message -> {
                            })
                    .added().size();
            System.out.println("added " + added);
        }
    }
}
