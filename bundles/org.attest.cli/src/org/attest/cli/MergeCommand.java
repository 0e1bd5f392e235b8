package org.attest.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.attest.curation.CurationService;
import org.attest.curation.MergePolicy;
import org.attest.curation.MergeReport;
import org.attest.curation.MergeRequest;
import org.attest.store.CorpusStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code attest merge DIR [--policy unanimous|majority|min:K] [--include-in-progress]}: auto-merge into the gold. */
@Command(name = "merge", mixinStandardHelpOptions = true, description = "Auto-merge what the annotators agree on into the gold corpus, recording a decision for every merged annotation. "
        + "Reviewer decisions are never overwritten; the rest waits in the curation queue ('attest curation DIR queue DOC').")
public final class MergeCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DIR", description = "The corpus folder.")
    private Path dir;

    @Option(names = "--policy", defaultValue = "unanimous", paramLabel = "P", completionCandidates = Choices.MergePolicies.class, description = "One of: ${COMPLETION-CANDIDATES}. unanimous (default): every eligible annotator chose the same; majority: more than half; min:K: at least K.")
    private String policy;

    @Option(names = "--include-in-progress", description = "Count annotators still at work on a document, not only those who finished it.")
    private boolean includeInProgress;

    /** Merges and prints one line per document and the totals. */
    @Override
    public Integer call() throws Exception {
        MergeRequest request = new MergeRequest(MergePolicy.parse(policy), includeInProgress);
        MergeReport report;
        try (CorpusStore store = Stores.open(spec, dir, CorpusStore.Mode.WRITE, "attest merge")) {
            report = new CurationService(store).merge(request, m -> {
            });
        }
        print(spec.commandLine().getOut(), report);
        return Cli.OK;
    }

    /** Prints {@code report}, for this command and the demo. */
    static void print(PrintWriter out, MergeReport report) {
        out.printf("Auto-merge, policy %s%n", report.policy().rule());
        out.printf("  %-28s %-12s %-14s %7s %7s %7s %7s%n", "document", "annotators", "gold", "merged", "agreed",
                "decided", "queue");
        for (MergeReport.Line line : report.documents()) {
            var s = line.status();
            out.printf("  %-28s %-12s %-14s %7d %7d %7d %7d%n", s.document(), String.join(",", s.annotators()),
                    s.goldState().getLiteral(),
                    line.merged(), s.agreed(), s.decided(), s.queued());
        }
        if (!report.skipped().isEmpty()) {
            out.printf(
                    "  skipped %d document(s) nobody has finished, such as %s (use --include-in-progress to count work in progress)%n",
                    report.skipped().size(), report.skipped().get(0));
        }
        int waiting = report.documents().stream().mapToInt(MergeReport.Line::waiting).sum();
        out.printf(Locale.ROOT,
                "Merged %d annotation(s) in %d document(s) in %.2f s; %d position(s) wait for a reviewer%s.%n",
                report.merged(),
                report.documents().size(), report.nanos() / 1e9, report.queued(),
                waiting == 0 ? "" : " (" + waiting + " agreed relation(s) wait for their spans)");
    }
}
