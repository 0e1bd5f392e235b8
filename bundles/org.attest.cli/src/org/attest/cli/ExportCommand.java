package org.attest.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.attest.export.ExportFormats;
import org.attest.export.ExportRequest;
import org.attest.export.ExportResult;
import org.attest.export.ExportService;
import org.attest.io.LabelMap;
import org.attest.store.CorpusStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code attest export DIR --format F [--from gold|ANNOTATOR] [--split 80/10/10] [--seed N] [--label-map MAP] OUT}:
 * training data with a manifest.
 */
@Command(name = "export", mixinStandardHelpOptions = true, description = "Export the curated gold (or one annotator's work) as training data, split by document, with manifest.json.")
public final class ExportCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DIR", description = "The corpus folder.")
    private Path dir;

    @Parameters(index = "1", paramLabel = "OUT", description = "The folder to write into (created if needed; files of the same names are replaced).")
    private Path out;

    @Option(names = "--format", required = true, paramLabel = "F", completionCandidates = Choices.ExportFormatNames.class, description = "One of: ${COMPLETION-CANDIDATES}.")
    private String format;

    @Option(names = "--from", defaultValue = ExportRequest.GOLD, paramLabel = "gold|ANNOTATOR", description = "Export the curated gold (default) or this annotator's annotations.")
    private String from;

    @Option(names = "--split", defaultValue = "80/10/10", paramLabel = "TRAIN/DEV/TEST", description = "Percentages of documents per part (default 80/10/10; 100 for one part named 'all').")
    private String split;

    @Option(names = "--seed", defaultValue = "42", paramLabel = "N", description = "Seed of the document shuffle (default 42).")
    private long seed;

    @Option(names = "--label-map", paramLabel = "SOURCE=LABEL,...", description = "Write Entity labels by the names of another tool: the same map as on import, read backwards (PER=PERSON writes PERSON as PER), or the preset conll2003 for PER, ORG, LOC and MISC; for conll, conll-bioes, hf, spacy and brat.")
    private String labelMap;

    /** Exports and prints the files, counts, left-out annotations and throughput. */
    @Override
    public Integer call() throws Exception {
        if (InceptionCommands.FORMAT.equals(format)) {
            if (labelMap != null) {
                throw new IllegalArgumentException("--label-map is not for the " + InceptionCommands.FORMAT
                        + " format, which keeps the schema's labels; leave it out");
            }
            return InceptionCommands.export(spec, dir, out);
        }
        if (!ExportFormats.names().contains(format)) {
            throw new IllegalArgumentException(
                    "unknown format '" + format + "'; use one of " + String.join(", ", ExportFormats.names()));
        }
        ExportRequest request = new ExportRequest(format, from, ExportRequest.parseSplit(split), seed, out,
                labelMap == null ? null : LabelMap.parse(labelMap));
        ExportResult result;
        try (CorpusStore store = Stores.open(spec, dir, CorpusStore.Mode.READ, "attest export")) {
            PrintWriter err = spec.commandLine().getErr();
            // the per-document progress is for the workbench's job; what was read, and from where, is worth a line here
            result = new ExportService(store).export(request, m -> {
                if ((m.startsWith("export: ") || m.startsWith("agreement: "))
                        && !m.startsWith(ExportService.DOCUMENT_PROGRESS)) {
                    err.println(m);
                    err.flush();
                }
            });
        }
        print(spec.commandLine().getOut(), request, result);
        return Cli.OK;
    }

    /** Prints what {@code result} wrote, for this command and the demo. */
    static void print(PrintWriter out, ExportRequest request, ExportResult result) {
        out.printf("Exported %s from %s to %s (split %s, seed %d)%n", request.format(), request.from(), result.outDir(),
                String.join("/", request.split().stream().map(String::valueOf).toList()), request.seed());
        result.documents().forEach((part, ids) -> out.printf("  %-6s %5d document(s)%n", part, ids.size()));
        out.println("Files:");
        for (ExportResult.FileEntry f : result.files()) {
            out.printf("  %-20s %12s bytes  sha256 %s%n", f.path(), String.format(Locale.ROOT, "%,d", f.size()),
                    f.sha256().substring(0, 16));
        }
        out.println("Annotations written:");
        result.total().written().forEach((key, count) -> out.printf("  %-28s %7d%n", key, count));
        if (result.total().leftOut().isEmpty()) {
            out.println("Left out: nothing");
        } else {
            out.println("Left out (see manifest.json):");
            result.total().leftOut().forEach((key, reasons) -> reasons
                    .forEach((reason, count) -> out.printf("  %-28s %7d  %s%n", key, count, reason)));
        }
        if (!result.skipped().isEmpty()) {
            var first = result.skipped().entrySet().iterator().next();
            out.printf("Not exported: %d document(s), such as %s (%s); all are listed in manifest.json%n",
                    result.skipped().size(), first.getKey(),
                    first.getValue());
        }
        double mb = result.bytes() / 1e6;
        out.printf(Locale.ROOT, "%.2f MB in %.3f s: %.1f MB/s writing, %.1f MB/s including reading the corpus%n", mb,
                result.totalNanos() / 1e9,
                mb / Math.max(result.writeNanos() / 1e9, 1e-9), mb / Math.max(result.totalNanos() / 1e9, 1e-9));
    }
}
