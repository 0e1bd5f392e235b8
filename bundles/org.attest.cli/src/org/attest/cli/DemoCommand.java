package org.attest.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.attest.core.imports.ImportReport;
import org.attest.core.imports.ImportService;
import org.attest.core.info.CorpusInfo;
import org.attest.core.info.CorpusSummary;
import org.attest.core.store.CorpusStore;
import org.attest.core.validate.CorpusValidator;
import org.attest.core.validate.Finding;
import org.attest.io.ImportOptions;
import org.attest.model.DocumentState;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Runs Attest's main job on a folder of sample articles and prints what it did at each step. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Run the main job on the sample articles (create a corpus, import, summarise, validate) and print each step.")
public final class DemoCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--samples", required = true, paramLabel = "DIR", description = "Folder with the sample articles (*.txt, optional *.meta.json).")
    private Path samples;

    @Option(names = "--corpus", required = true, paramLabel = "DIR", description = "Folder for the demo corpus (must not exist or be empty).")
    private Path corpus;

    /** Runs the steps and prints a summary of each. */
    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        if (!Files.isDirectory(samples)) {
            throw new IllegalArgumentException("sample folder " + samples + " does not exist; pass --samples with the folder of .txt articles");
        }
        out.printf("Attest demo: samples from %s, corpus in %s%n%n", samples, corpus.toAbsolutePath().normalize());

        out.println("1. init: create an empty corpus with the default news schema");
        try (CorpusStore store = CorpusStore.init(corpus, "demo", "attest demo")) {
            out.printf("   schema '%s' with layers %s%n%n", store.corpus().getSchema().getName(),
                    store.corpus().getSchema().getLayers().stream().map(l -> l.getName()).toList());

            out.println("2. import: read the sample articles (metadata lines and sidecars recognised, text kept byte-exact)");
            ImportReport report = new ImportService(store).run(
                    new ImportService.Request(List.of(samples), ImportOptions.defaults(), null, DocumentState.NEW), m -> { });
            for (ImportReport.Added a : report.added()) {
                out.printf("   added %-24s \"%s\"%n", a.id(), a.title());
            }
            out.printf("   %d article(s) imported%n%n", report.added().size());
        }

        try (CorpusStore store = CorpusStore.open(corpus, CorpusStore.Mode.READ, "attest demo")) {
            out.println("3. info: what the corpus holds");
            CorpusSummary summary = new CorpusInfo(store).summarise();
            for (CorpusSummary.DocumentRow d : summary.documents()) {
                out.printf("   %-24s %-22s %-10s %5d chars%n", d.id(), d.outlet() == null ? "-" : d.outlet(), d.date() == null ? "-" : d.date(), d.length());
            }
            out.println();
            out.println("4. validate: check hashes, spans and files");
            List<Finding> findings = new CorpusValidator(store).validate(m -> { });
            findings.forEach(f -> out.println("   " + f.describe()));
            out.printf("   %s%n%n", findings.isEmpty() ? "no problems found" : findings.size() + " problem(s) found");
            out.printf("Done. Explore it with: ./attest info %s   or open it in ./attest workbench%n", corpus);
            return findings.isEmpty() ? Cli.OK : Cli.PROBLEMS;
        }
    }
}
