package org.attest.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.attest.suggest.CorpusSuggestions;
import org.attest.suggest.Evaluation;
import org.attest.suggest.Provenance;
import org.attest.suggest.SuggestionService;

/** Prints what {@code attest suggest} did: suggestions written, an evaluation, the provenance of annotators' spans. */
final class SuggestOutput {

    private SuggestOutput() {
    }

    static void written(PrintWriter out, CorpusSuggestions.Report report) {
        out.printf("%-12s %-10s %s%n", "RECOMMENDER", "LAYER", "SUGGESTIONS");
        report.counts().forEach((recommender, layers) -> {
            if (layers.isEmpty()) {
                out.printf("%-12s %-10s %d%n", recommender, "-", 0);
            }
            layers.forEach((layer, n) -> out.printf("%-12s %-10s %d%n", recommender, layer, n));
        });
        int total = report.counts().values().stream().flatMap(m -> m.values().stream()).mapToInt(Integer::intValue)
                .sum();
        out.printf("Wrote %d suggestion(s) into %d file(s) under suggestions/; left out %d the annotators already"
                + " have and %d they rejected.%n", total, report.files().size(), report.held(), report.rejected());
    }

    static void evaluation(PrintWriter out, Evaluation.Report report, int folds) {
        out.printf("Against %s, %d document(s); trainable recommenders by %d-fold cross-validation.%n",
                report.from(), report.documents(), folds);
        out.printf("%-12s %-22s %6s %6s %6s %9s %7s %6s%n", "RECOMMENDER", "LABEL", "TP", "FP", "FN", "PRECISION",
                "RECALL", "F1");
        for (Evaluation.Score s : report.scores()) {
            out.printf("%-12s %-22s %6d %6d %6d %9s %7s %6s%n", s.recommender(), s.label(), s.truePositives(),
                    s.falsePositives(), s.falseNegatives(), ratio(s.precision()), ratio(s.recall()), ratio(s.f1()));
        }
    }

    static void report(PrintWriter out, List<Provenance.Row> rows) {
        out.printf("%-16s %7s %17s  %s%n", "ANNOTATOR", "SPANS", "FROM SUGGESTIONS", "BY RECOMMENDER");
        for (Provenance.Row row : rows) {
            String share = row.spans() == 0
                    ? "-"
                    : String.format(Locale.ROOT, "%.0f%%",
                            100.0 * row.fromSuggestions() / row.spans());
            out.printf("%-16s %7d %10d (%4s)  %s%n", row.annotator(), row.spans(), row.fromSuggestions(), share,
                    row.suggested().isEmpty()
                            ? "-"
                            : row.suggested().entrySet().stream()
                                    .map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", ")));
        }
    }

    /** Prints each failure once to {@code err}, with how often it happened. */
    static void failures(PrintWriter err, List<SuggestionService.Failure> failures, java.nio.file.Path dir) {
        // one line per recommender and message: a recommender failing on every document says so once with a count
        failures.stream().collect(Collectors.groupingBy(f -> named(f) + remedy(f, dir),
                java.util.LinkedHashMap::new, Collectors.counting())).forEach(
                        (message, n) -> err.printf(
                                "attest: %s%s%n", message, n > 1 ? " (" + n + " times)" : ""));
    }

    // a message that names its recommender already is not prefixed twice
    private static String named(SuggestionService.Failure failure) {
        String prefix = failure.recommender() + ": ";
        return failure.message().startsWith(prefix) ? failure.message() : prefix + failure.message();
    }

    private static String remedy(SuggestionService.Failure failure, java.nio.file.Path dir) {
        return switch (failure.remedy()) {
            case GRANT_CONSENT -> "; to send this corpus's text there, run: attest suggest " + dir + " --allow-llm";
            case TRAIN -> "; train it with: attest suggest " + dir + " --train [--from gold|ANNOTATOR]";
            case NONE -> "";
        };
    }

    private static String ratio(double value) {
        return Double.isNaN(value) ? "-" : String.format(Locale.ROOT, "%.3f", value);
    }
}
