package org.attest.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.attest.model.Annotator;
import org.attest.model.Document;
import org.attest.store.CorpusLayout;
import org.attest.store.CorpusStore;
import org.attest.suggest.CorpusSuggestions;
import org.attest.suggest.Evaluation;
import org.attest.suggest.Provenance;
import org.attest.suggest.api.Recommender;
import org.attest.suggest.api.Recommenders;
import org.attest.suggest.api.TrainableRecommender;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code attest suggest DIR}: suggestions for annotators to review, or the training, evaluation and provenance report
 * of the recommenders.
 */
@Command(name = "suggest", mixinStandardHelpOptions = true, description = {
        "Write suggestions for annotators to review into suggestions/<annotator>/<document>.json: what the",
        "recommenders propose that the annotator's CAS does not hold and they did not reject.",
        "--train trains each trainable recommender on the gold or an annotator's finished documents;",
        "--evaluate prints precision, recall and F1 per recommender and label against them, with K-fold",
        "cross-validation for trained ones; --report counts the spans each annotator accepted from suggestions.",
        "--list shows the installed recommenders. The llm recommender sends text out of this machine: it stays off",
        "until --allow-llm turns it on for this corpus folder and the endpoint its settings name now."})
public final class SuggestCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DIR", description = "The corpus folder.")
    private Path dir;

    @Option(names = "--recommender", paramLabel = "NAME", completionCandidates = Choices.RecommenderNames.class, description = "A recommender to run (repeatable): ${COMPLETION-CANDIDATES}. Default: every installed one that keeps the text on this machine.")
    private List<String> recommenders = new ArrayList<>();

    @Option(names = "--annotator", paramLabel = "NAME", description = "The annotator to write suggestions for (repeatable). Default: every annotator of the corpus.")
    private List<String> annotators = new ArrayList<>();

    @Option(names = "--documents", paramLabel = "ID", split = ",", description = "The documents to suggest for, comma-separated. Default: all.")
    private List<String> documents = new ArrayList<>();

    @Option(names = "--train", description = "Train each trainable recommender on --from and store the model in the corpus.")
    private boolean train;

    @Option(names = "--evaluate", description = "Print precision, recall and F1 per recommender and label against --from.")
    private boolean evaluate;

    @Option(names = "--from", paramLabel = "gold|ANNOTATOR", defaultValue = CorpusLayout.GOLD, description = "The reference for --train and --evaluate: the curated gold or one annotator's finished documents. Default: ${DEFAULT-VALUE}.")
    private String from;

    @Option(names = "--folds", paramLabel = "K", defaultValue = "5", description = "The folds of the cross-validation of trainable recommenders. Default: ${DEFAULT-VALUE}.")
    private int folds;

    @Option(names = "--report", description = "Count each annotator's spans and those accepted from suggestions, per recommender.")
    private boolean report;

    @Option(names = "--list", description = "List the installed recommenders with what they propose.")
    private boolean list;

    @Option(names = "--allow-llm", description = "Agree that the llm recommender sends this corpus's text to the endpoint settings/llm.properties names now; a changed URL needs a new yes.")
    private boolean allowLlm;

    @Option(names = "--forbid-llm", description = "Withdraw that agreement: the llm recommender sends nothing from this corpus.")
    private boolean forbidLlm;

    /** Runs the chosen action. */
    @Override
    public Integer call() throws Exception {
        int actions = (train ? 1 : 0) + (evaluate ? 1 : 0) + (report ? 1 : 0) + (list ? 1 : 0) + (allowLlm ? 1 : 0)
                + (forbidLlm ? 1 : 0);
        if (actions > 1) {
            throw new IllegalArgumentException(
                    "choose one of --train, --evaluate, --report, --list, --allow-llm and --forbid-llm");
        }
        PrintWriter out = spec.commandLine().getOut();
        if (allowLlm || forbidLlm) {
            return LlmConsentCommand.run(spec, dir, allowLlm, out);
        }
        if (list) {
            Recommenders.all().forEach(r -> out.printf("%-10s %s%s%s%n", r.name(), r.description(),
                    r instanceof TrainableRecommender ? " (trainable)" : "",
                    r.sendsTextOut() ? " (sends text out: only when named with --recommender)" : ""));
            out.flush();
            return Cli.OK;
        }
        CorpusStore.Mode mode = train || actions == 0 ? CorpusStore.Mode.WRITE : CorpusStore.Mode.READ;
        try (CorpusStore store = Stores.open(spec, dir, mode, "attest suggest")) {
            if (report) {
                SuggestOutput.report(out, Provenance.count(store));
                out.flush();
                return Cli.OK;
            }
            List<Recommender> chosen = chosen();
            if (evaluate) {
                Evaluation.Report result = new Evaluation(store).evaluate(from, chosen, folds);
                SuggestOutput.evaluation(out, result, folds);
                return failed(result.failures());
            }
            if (train) {
                return train(store, chosen, out);
            }
            CorpusSuggestions.Report result = new CorpusSuggestions(store).write(documents(store), annotators(store),
                    chosen);
            SuggestOutput.written(out, result);
            return failed(result.failures());
        } finally {
            out.flush();
        }
    }

    private int train(CorpusStore store, List<Recommender> chosen, PrintWriter out) throws Exception {
        List<TrainableRecommender> trainable = chosen.stream().filter(TrainableRecommender.class::isInstance)
                .map(TrainableRecommender.class::cast).toList();
        if (trainable.isEmpty()) {
            throw new IllegalArgumentException("none of " + chosen.stream().map(Recommender::name).toList()
                    + " can be trained; see the trainable ones with: attest suggest " + dir + " --list");
        }
        List<Document> reference = new Evaluation(store).reference(from);
        if (reference.isEmpty()) {
            throw new IllegalArgumentException(noReference());
        }
        for (TrainableRecommender r : trainable) {
            TrainableRecommender.Training t = r.train(store, from, reference);
            out.printf("Trained %s on %s: %d document(s), %d annotation(s), labels %s; wrote %s%n", t.recommender(),
                    t.from(), t.documents(), t.annotations(), t.labels(), String.join(", ", t.files()));
        }
        return Cli.OK;
    }

    private String noReference() {
        return CorpusLayout.GOLD.equals(from)
                ? "no document of " + dir + " has a curated gold yet; curate some (attest curation) or use"
                        + " --from ANNOTATOR"
                : "annotator '" + from + "' has finished no document of " + dir + "; name another with --from";
    }

    private int failed(List<org.attest.suggest.SuggestionService.Failure> failures) {
        PrintWriter err = spec.commandLine().getErr();
        SuggestOutput.failures(err, failures, dir);
        err.flush();
        return failures.isEmpty() ? Cli.OK : Cli.FAILED;
    }

    private List<Recommender> chosen() throws Exception {
        if (recommenders.isEmpty()) {
            return Recommenders.all().stream().filter(r -> !r.sendsTextOut()).toList();
        }
        List<Recommender> result = new ArrayList<>();
        for (String name : recommenders) {
            result.add(Recommenders.named(name));
        }
        return result;
    }

    private List<Document> documents(CorpusStore store) {
        if (documents.isEmpty()) {
            return List.copyOf(store.corpus().getDocuments());
        }
        List<Document> result = new ArrayList<>();
        for (String id : documents) {
            result.add(store.document(id.strip()).orElseThrow(() -> new IllegalArgumentException("the corpus " + dir
                    + " has no document '" + id + "'; list the documents with: attest info " + dir)));
        }
        return result;
    }

    private List<String> annotators(CorpusStore store) {
        if (!annotators.isEmpty()) {
            return annotators;
        }
        List<String> all = store.corpus().getAnnotators().stream().map(Annotator::getName).toList();
        if (all.isEmpty()) {
            throw new IllegalArgumentException("the corpus " + dir + " has no annotators yet; name whom to suggest"
                    + " for with --annotator NAME");
        }
        return all;
    }
}
