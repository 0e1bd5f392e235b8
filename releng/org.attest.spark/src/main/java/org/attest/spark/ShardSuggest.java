package org.attest.spark;

import java.io.IOException;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.attest.store.CorpusStore;
import org.attest.store.fs.PathGuard;
import org.attest.store.fs.Transaction;
import org.attest.suggest.CorpusSuggestions;
import org.attest.suggest.SuggestionFiles;
import org.attest.suggest.SuggestionService;
import org.attest.suggest.api.Recommender;
import org.attest.suggest.api.Recommenders;
import org.attest.suggest.api.Suggestion;
import org.attest.suggest.model.ModelFolder;
import org.attest.suggest.model.ModelRecommender;

/**
 * Writes the suggestions of one shard with Attest's own suggestion writer (the one {@code attest suggest} runs): for
 * the annotator, into {@code suggestions/ANNOTATOR/DOCUMENT.json}, what the workbench shows as ghost spans.
 */
final class ShardSuggest {

    /**
     * What one shard's suggestions were.
     *
     * @param shard the shard's folder name
     * @param documents the documents suggested for
     * @param counts the suggestions written per recommender, then per layer and label ({@code Entity/PERSON})
     * @param failures each recommender that failed on a document, in words
     * @param notes what was left out and why, such as a model recommender without a model
     */
    record Report(String shard, int documents, Map<String, Map<String, Integer>> counts, List<String> failures,
            List<String> notes) implements Serializable {
    }

    private ShardSuggest() {
    }

    /**
     * Suggests for {@code annotator} in every document of the corpus {@code dir} with the recommenders {@code names}
     * (empty: every one that keeps the text on this machine), first putting the model of the corpus {@code modelFrom}
     * (or null) into the shard.
     */
    static Report run(String dir, String annotator, List<String> names, String modelFrom) throws Exception {
        Path root = Path.of(dir);
        List<String> notes = new ArrayList<>();
        try (CorpusStore store = CorpusStore.open(root, CorpusStore.Mode.WRITE, "attest spark suggest")) {
            if (modelFrom != null) {
                copyModel(Path.of(modelFrom), store);
            }
            List<Recommender> chosen = new ArrayList<>();
            if (names.isEmpty()) {
                for (Recommender r : Recommenders.all()) {
                    if (r.sendsTextOut()) {
                        continue;
                    }
                    if (ModelRecommender.NAME.equals(r.name())
                            && !PathGuard.isFile(root, new ModelFolder(root).model())) {
                        notes.add(r.name() + ": no trained model in the shard; give one with --model CORPUS");
                        continue;
                    }
                    chosen.add(r);
                }
            } else {
                for (String name : names) {
                    chosen.add(Recommenders.named(name));
                }
            }
            if (store.annotator(annotator).isEmpty()) {
                // the workbench lists the corpus's annotators: the suggestions are theirs to review
                store.ensureAnnotator(annotator);
                store.saveModel();
            }
            var documents = List.copyOf(store.corpus().getDocuments());
            CorpusSuggestions.Report report = new CorpusSuggestions(store).write(documents, List.of(annotator),
                    chosen);
            List<String> failures = new ArrayList<>();
            for (SuggestionService.Failure f : report.failures()) {
                failures.add(root.getFileName() + ": " + f.recommender() + ": " + f.message());
            }
            return new Report(root.getFileName().toString(), documents.size(), labelled(store, report), failures,
                    notes);
        }
    }

    /** Counts the suggestions of the files written per recommender, then per layer and label, as they were read. */
    private static Map<String, Map<String, Integer>> labelled(CorpusStore store, CorpusSuggestions.Report report)
            throws Exception {
        Map<String, Map<String, Integer>> result = new TreeMap<>();
        report.counts().keySet().forEach(r -> result.put(r, new TreeMap<>()));
        SuggestionFiles files = new SuggestionFiles(store);
        for (Path file : report.files()) {
            for (Suggestion s : files.read(file)) {
                String key = s.label() == null ? s.layer() : s.layer() + "/" + s.label();
                result.computeIfAbsent(s.recommender(), k -> new TreeMap<>()).merge(key, 1, Integer::sum);
            }
        }
        return result;
    }

    /** Stores the model and its training record of the corpus {@code from} in the shard, in one transaction. */
    private static void copyModel(Path from, CorpusStore store) throws IOException {
        ModelFolder source = new ModelFolder(from);
        if (!Files.isRegularFile(source.model())) {
            throw new IllegalArgumentException(from + " has no trained model (" + ModelFolder.MODEL
                    + "); train one there first with: attest suggest " + from + " --train");
        }
        Path root = store.layout().dir();
        ModelFolder target = new ModelFolder(root);
        try (Transaction transaction = Transaction.begin(root, "model of " + from)) {
            transaction.write(target.model(), Files.readAllBytes(source.model()));
            if (Files.isRegularFile(source.training())) {
                transaction.write(target.training(), Files.readAllBytes(source.training()));
            }
            transaction.summary("the model recommender's model, from " + from);
            transaction.commit();
        }
    }
}
