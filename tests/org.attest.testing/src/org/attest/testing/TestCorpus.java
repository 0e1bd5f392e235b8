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

    /**
     * Creates a corpus under {@code tmp} with one document imported from {@link TokenizedXmi} as {@code annotator}'s
     * work (its POS tags left out) and returns its folder, closed.
     */
    public static Path withTokenizedDocument(Path tmp, String annotator) throws Exception {
        Path xmi = TokenizedXmi.write(tmp.resolve("input"), "tokenized.xmi");
        Path dir = tmp.resolve("corpus");
        try (CorpusStore store = CorpusStore.init(dir, "test", "test")) {
            new ImportService(store).run(new ImportService.Request(List.of(xmi),
                    ImportOptions.defaults().withIgnoreUnknownTypes(true), annotator, null), m -> {
                    });
        }
        return dir;
    }
}
