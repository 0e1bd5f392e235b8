package org.attest.spark;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

import org.attest.curation.CurationService;
import org.attest.curation.MergeRequest;
import org.attest.imports.ImportService;
import org.attest.io.ImportOptions;
import org.attest.io.LabelMap;
import org.attest.model.DocumentState;
import org.attest.store.CorpusStore;

/**
 * Corpora with a curated gold for the benchmark and the tests: two annotators' identical finished work, merged by
 * Attest's own auto-merge and marked curated.
 */
final class CuratedShards {

    private CuratedShards() {
    }

    /** Makes corpus {@code dir} of {@code count} documents whose ids start with {@code prefix}, all curated. */
    static Path make(Path dir, String prefix, int count) throws Exception {
        return make(dir, prefix, IntStream.range(0, count).boxed().toList());
    }

    /**
     * Makes corpus {@code dir} of the documents numbered {@code numbers} whose ids start with {@code prefix}, all
     * curated: a document's text and annotations depend on its number alone, so corpora of different numbers share
     * documents that are the same.
     */
    static Path make(Path dir, String prefix, List<Integer> numbers) throws Exception {
        StringBuilder lines = new StringBuilder();
        for (int i : numbers) {
            lines.append(line(prefix, i));
        }
        Path file = Files.createDirectories(dir.resolveSibling(dir.getFileName() + "-input")).resolve("work.jsonl");
        Files.writeString(file, lines, StandardCharsets.UTF_8);
        ImportOptions options = new ImportOptions(1 << 26, null, false).withLabelMap(LabelMap.defaults());
        try (CorpusStore store = CorpusStore.init(dir, dir.getFileName().toString(), "test")) {
            for (String annotator : List.of("anna", "kari")) {
                new ImportService(store).run(
                        new ImportService.Request(List.of(file), options, annotator, DocumentState.FINISHED), m -> {
                        });
            }
            CurationService curation = new CurationService(store);
            curation.merge(MergeRequest.defaults(), m -> {
            });
            for (var document : List.copyOf(store.corpus().getDocuments())) {
                curation.open(document.getId(), "rita", false).markCurated();
            }
        }
        return dir;
    }

    private static String line(String prefix, int i) {
        String person = i % 2 == 0 ? "Anna Berg" : "Karim Haddad";
        String text = person + " said in Geneva that " + (10 + i) + " people were evacuated.";
        return String.format(Locale.ROOT,
                "{\"id\": \"%s-%03d\", \"title\": \"T%d\", \"text\": \"%s\", \"spans\": ["
                        + "{\"layer\": \"Entity\", \"begin\": 0, \"end\": %d, \"label\": \"PERSON\"},"
                        + "{\"layer\": \"Entity\", \"begin\": %d, \"end\": %d, \"label\": \"GPE\"}]}%n",
                prefix, i, i, text, person.length(), text.indexOf("Geneva"), text.indexOf("Geneva") + 6);
    }
}
