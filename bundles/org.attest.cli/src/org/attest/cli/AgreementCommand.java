package org.attest.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.concurrent.Callable;

import org.attest.agreement.AgreementResult;
import org.attest.agreement.Level;
import org.attest.agreement.ReliabilityData;
import org.attest.agreement.corpus.AgreementReport;
import org.attest.agreement.corpus.AgreementRequest;
import org.attest.agreement.corpus.AgreementService;
import org.attest.agreement.corpus.NoAnnotation;
import org.attest.agreement.table.ReliabilityTable;
import org.attest.agreement.table.TableAgreement;
import org.attest.store.CorpusStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * Computes inter-annotator agreement over a corpus folder or a reliability table (CSV) and prints it as a table, CSV or
 * JSON.
 */
@Command(name = "agreement", mixinStandardHelpOptions = true, description = {"Measure agreement between annotators.",
        "With DIR, measure the annotators' finished work in a corpus: per layer the corpus-wide figures, each pair "
                + "of annotators (with its confusion matrix), each label, and each document, lowest agreement first; "
                + "then, for claims two annotators marked over the same words, agreement on their values, clusters "
                + "and attribution chains.",
        "With --table, read reliability data made elsewhere: a header row naming the units, then one row per coder "
                + "(name, then one value per unit; an empty cell is a missing value)."})
public final class AgreementCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--table", paramLabel = "FILE.csv", description = "Reliability table: header 'coder,unit1,unit2,...', then one row per coder.")
    private Path table;

    @Option(names = "--measure", paramLabel = "M", completionCandidates = Choices.CorpusMeasures.class, description = {
            "With --table: one of " + TableAgreement.MEASURE_NAMES + " (cohen: exactly two coders); default alpha.",
            "With DIR (repeatable): ${COMPLETION-CANDIDATES}; default all."})
    private List<String> measures = List.of();

    @Option(names = "--layer", paramLabel = "L", description = "With DIR: measure only this layer (default: every layer).")
    private String layer;

    @Option(names = "--include-in-progress", description = "With DIR: count in-progress work besides finished work.")
    private boolean includeInProgress;

    @Option(names = "--no-annotation", paramLabel = "WAY", defaultValue = "category", completionCandidates = Choices.NoAnnotations.class, description = "With DIR: treat an annotator's silence where another annotated as a category (default) or as a missing value; one of: ${COMPLETION-CANDIDATES}.")
    private String noAnnotation;

    @Option(names = "--tolerance", paramLabel = "PERCENT", description = "With DIR: two annotators' values of one claim agree when they differ by at most this percentage of the larger one. Default: 10.")
    private Double tolerance;

    @Option(names = "--level", paramLabel = "LEVEL", defaultValue = "nominal", completionCandidates = Choices.Levels.class, description = "Level of measurement of the values (alpha only): ${COMPLETION-CANDIDATES}. Default: ${DEFAULT-VALUE}.")
    private String level;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table", completionCandidates = Choices.AgreementFormats.class, description = "Output format: ${COMPLETION-CANDIDATES}. Default: ${DEFAULT-VALUE}.")
    private String format;

    @Parameters(index = "0", arity = "0..1", paramLabel = "DIR", description = "Corpus folder.")
    private Path corpus;

    /** Computes the agreement of the corpus or of the table and prints it. */
    @Override
    public Integer call() throws Exception {
        TableAgreement.Format parsedFormat = TableAgreement.Format.parse(format);
        if (table == null) {
            if (corpus == null) {
                throw new IllegalArgumentException(
                        "nothing to measure; give a corpus folder or --table FILE.csv (see 'attest agreement --help')");
            }
            return corpus(parsedFormat);
        }
        if (corpus != null) {
            throw new IllegalArgumentException("give either a corpus folder or --table FILE.csv, not both");
        }
        if (layer != null || includeInProgress || tolerance != null) {
            throw new IllegalArgumentException(
                    "--layer, --include-in-progress and --tolerance apply to a corpus folder, not to --table");
        }
        if (measures.size() > 1) {
            throw new IllegalArgumentException(
                    "--table computes one measure at a time; give a single --measure alpha|fleiss|cohen");
        }
        String measure = measures.isEmpty() ? "alpha" : measures.get(0);
        Level parsedLevel = Level.parse(level);
        if (!Files.isRegularFile(table)) {
            throw new IllegalArgumentException("table file " + table + " does not exist; pass --table with a CSV file");
        }
        ReliabilityData data = ReliabilityTable.read(table, parsedLevel);
        AgreementResult result = TableAgreement.compute(measure, data, parsedLevel);
        PrintWriter out = spec.commandLine().getOut();
        out.print(TableAgreement.format(result, parsedFormat));
        out.flush();
        return Cli.OK;
    }

    private int corpus(TableAgreement.Format parsedFormat) throws Exception {
        if (tolerance != null && !(tolerance >= 0 && tolerance < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException(
                    "--tolerance takes a percentage of zero or more, such as 10 for 10%; " + tolerance + " is not one");
        }
        AgreementRequest request = new AgreementRequest(layer, new LinkedHashSet<>(measures), includeInProgress,
                NoAnnotation.parse(noAnnotation),
                tolerance == null ? AgreementRequest.DEFAULT_TOLERANCE : tolerance / 100);
        AgreementReport report;
        try (CorpusStore store = Stores.open(spec, corpus, CorpusStore.Mode.READ, "attest agreement")) {
            PrintWriter err = spec.commandLine().getErr();
            // the per-document progress is for the workbench; what was read, and from where, is worth a line here
            report = new AgreementService(store).compute(request, m -> {
                if (!m.startsWith(AgreementService.DOCUMENT_PROGRESS)) {
                    err.println(m);
                }
            });
            err.flush();
        }
        PrintWriter out = spec.commandLine().getOut();
        out.print(AgreementReportWriter.write(report, parsedFormat));
        out.flush();
        return Cli.OK;
    }
}
