package org.attest.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.attest.imports.ImportService;
import org.attest.io.ImportOptions;
import org.attest.store.CorpusStore;

/** Creates a corpus folder holding one imported document with the {@link Fixture} text. */
public final class TestCorpus {

    private TestCorpus() {
    }

    /** Creates a corpus under {@code tmp} with one document "flood" and returns its folder; the corpus is closed. */
    public static Path withOneDocument(Path tmp) throws Exception {
        return withOneDocument(tmp, Fixture.TEXT);
    }

    /**
     * Creates a corpus under {@code tmp} with one document "flood" of {@code content} and returns its folder, closed.
     */
    public static Path withOneDocument(Path tmp, String content) throws Exception {
        Path text = tmp.resolve("input/flood.txt");
        Files.createDirectories(text.getParent());
        Files.writeString(text, content);
        Path dir = tmp.resolve("corpus");
        try (CorpusStore store = CorpusStore.init(dir, "test", "test")) {
            new ImportService(store).run(new ImportService.Request(List.of(text), ImportOptions.defaults(), null, null),
                    m -> {
                    });
        }
        return dir;
    }
}
