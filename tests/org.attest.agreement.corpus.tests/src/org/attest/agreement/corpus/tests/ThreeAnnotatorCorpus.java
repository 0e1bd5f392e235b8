package org.attest.agreement.corpus.tests;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.attest.demo.ScriptedAnnotator;
import org.attest.demo.ScriptedAnnotator.Personality;
import org.attest.imports.ImportService;
import org.attest.io.ImportOptions;
import org.attest.store.CorpusStore;
import org.attest.testing.ScriptedWork;

/** A corpus on disk of 12 short flood articles, each finished by the scripted annotators anna, ben and carl. */
final class ThreeAnnotatorCorpus {

    /** The annotators' names. */
    static final String[] NAMES = {"anna", "ben", "carl"};

    private ThreeAnnotatorCorpus() {
    }

    /** Creates the corpus in {@code tmp}/corpus from articles written to {@code tmp}/input and returns its folder. */
    static Path create(Path tmp) throws Exception {
        Path input = Files.createDirectories(tmp.resolve("input"));
        for (int i = 0; i < 12; i++) {
            Files.writeString(input.resolve(String.format("article-%02d.txt", i)),
                    "Mayor Ana Kovacic of Molde said on Monday that "
                            + (20 + i)
                            + " people are missing after the flood, according to the police.\n\nThe council met " + i
                            + " times. \"We will rebuild,\" said Ana Kovacic, adding that at least " + (3 * i)
                            + " homes were lost.");
        }
        Path corpus = tmp.resolve("corpus");
        try (CorpusStore store = CorpusStore.init(corpus, "test", "test")) {
            new ImportService(store)
                    .run(new ImportService.Request(List.of(input), ImportOptions.defaults(), null, null), m -> {
                    });
            for (int a = 0; a < NAMES.length; a++) {
                ScriptedWork.finishAll(store, new ScriptedAnnotator(store.corpus().getSchema(),
                        new Personality(NAMES[a], 11 + a, 0.1, 0.2, 0.2)));
            }
            store.saveModel();
        }
        return corpus;
    }
}
