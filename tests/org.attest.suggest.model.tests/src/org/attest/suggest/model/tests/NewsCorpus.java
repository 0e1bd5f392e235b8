package org.attest.suggest.model.tests;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.attest.demo.ScriptedAnnotator;
import org.attest.demo.ScriptedAnnotator.Personality;
import org.attest.imports.ImportService;
import org.attest.io.ImportOptions;
import org.attest.store.CorpusStore;
import org.attest.testing.ScriptedWork;

/**
 * A corpus like the demo's, large enough to learn names from: short flood reports that mention the demo's people,
 * places and organisations in varying sentences, annotated and finished by careful anna.
 */
final class NewsCorpus {

    private static final String[] PEOPLE = {"Ana Kovačić", "Petr Halvorsen", "Mirela Đurić"};
    private static final String[] PLACES = {"Port Vesna", "Lindor"};
    private static final String[] STREETS = {"Harbour Street", "Riverside", "Lieva"};
    private static final String[] ORGANISATIONS = {"Red Cross", "Vesna Herald", "national weather service",
            "Lindor Evening Post"};
    private static final String[] SENTENCES = {
            "%1$s said the water in %3$s rose overnight.",
            "According to the %4$s, more than 300 people left %2$s.",
            "%1$s told the %4$s that %3$s was closed.",
            "Residents of %2$s waited for help from the %4$s.",
            "The mayor of %2$s visited %3$s on Monday.",
            "Volunteers of the %4$s brought sandbags to %3$s.",
            "In %2$s, %1$s counted the damaged houses.",
            "Rain fell again on Tuesday and the river kept rising."};

    private NewsCorpus() {
    }

    /**
     * Creates a corpus in {@code dir} with {@code documents} reports, annotated and finished by anna, and returns it
     * open for writing with its model saved.
     */
    static CorpusStore create(Path dir, int documents) throws Exception {
        Random random = new Random(19);
        List<Path> texts = new ArrayList<>();
        Path input = dir.resolveSibling(dir.getFileName() + "-input");
        Files.createDirectories(input);
        for (int d = 0; d < documents; d++) {
            StringBuilder text = new StringBuilder("Flood report " + (d + 1) + "\n\n");
            for (int s = 0; s < 6; s++) {
                text.append(String.format(SENTENCES[random.nextInt(SENTENCES.length)], pick(random, PEOPLE),
                        pick(random, PLACES), pick(random, STREETS), pick(random, ORGANISATIONS))).append(' ');
            }
            Path file = input.resolve(String.format("report-%02d.txt", d + 1));
            Files.writeString(file, text.toString().strip() + "\n");
            texts.add(file);
        }
        CorpusStore store = CorpusStore.init(dir, "floods", "test");
        new ImportService(store).run(new ImportService.Request(texts, ImportOptions.defaults(), null, null, false),
                m -> {
                });
        ScriptedWork.finishAll(store, new ScriptedAnnotator(store.corpus().getSchema(), Personality.careful("anna")));
        store.saveModel();
        return store;
    }

    private static String pick(Random random, String[] names) {
        return names[random.nextInt(names.length)];
    }
}
