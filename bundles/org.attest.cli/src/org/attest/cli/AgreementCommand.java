package org.attest.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.attest.agreement.AgreementResult;
import org.attest.agreement.Level;
import org.attest.agreement.ReliabilityData;
import org.attest.agreement.table.ReliabilityTable;
import org.attest.agreement.table.TableAgreement;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Computes inter-coder agreement over a reliability table (CSV) and prints it as a table, CSV or JSON. */
@Command(name = "agreement", mixinStandardHelpOptions = true,
        description = { "Measure agreement between coders.",
                "With --table, read reliability data made elsewhere: a header row naming the units, then one row per coder "
                        + "(name, then one value per unit; an empty cell is a missing value)." })
public final class AgreementCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--table", paramLabel = "FILE.csv", description = "Reliability table: header 'coder,unit1,unit2,...', then one row per coder.")
    private Path table;

    @Option(names = "--measure", paramLabel = "alpha|fleiss|cohen", defaultValue = "alpha",
            description = "Krippendorff's alpha, Fleiss' kappa, or Cohen's kappa (exactly two coders). Default: ${DEFAULT-VALUE}.")
    private String measure;

    @Option(names = "--level", paramLabel = "nominal|ordinal|interval|ratio", defaultValue = "nominal",
            description = "Level of measurement of the values (alpha only). Default: ${DEFAULT-VALUE}.")
    private String level;

    @Option(names = "--format", paramLabel = "table|csv|json", defaultValue = "table",
            description = "Output format. Default: ${DEFAULT-VALUE}.")
    private String format;

    @Parameters(index = "0", arity = "0..1", paramLabel = "DIR", description = "Corpus folder (reserved; not available yet).")
    private Path corpus;

    /** Reads the table, computes the chosen measure and prints the result. */
    @Override
    public Integer call() throws IOException {
        if (table == null) {
            if (corpus != null) {
                throw new IllegalArgumentException("agreement over a corpus folder is not available yet; use --table FILE.csv");
            }
            throw new IllegalArgumentException("nothing to measure; give --table FILE.csv (see 'attest agreement --help')");
        }
        if (corpus != null) {
            throw new IllegalArgumentException("give either a corpus folder or --table FILE.csv, not both");
        }
        Level parsedLevel = Level.parse(level);
        TableAgreement.Format parsedFormat = TableAgreement.Format.parse(format);
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
}
