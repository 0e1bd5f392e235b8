package org.attest.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.attest.inception.InceptionExport;
import org.attest.inception.InceptionImport;
import org.attest.inception.InceptionReport;
import org.attest.io.ImportLimitException;
import org.attest.io.ImportOptions;
import org.attest.store.CorpusStore;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code attest import DIR PROJECT.zip} and {@code attest export DIR OUT --format inception}: an INCEpTION project
 * export in and out, with what could not be mapped printed.
 */
final class InceptionCommands {

    /** The export format name of an INCEpTION project export. */
    static final String FORMAT = "inception";

    private InceptionCommands() {
    }

    /** Imports the project export {@code zip} into {@code dir}, which is made a corpus when absent or empty. */
    static Integer importProject(CommandSpec spec, Path dir, Path zip, ImportOptions options, long maxMegabytes)
            throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        InceptionReport report;
        try (CorpusStore store = absentOrEmpty(dir)
                ? CorpusStore.init(dir, null, "attest import")
                : Stores.open(spec, dir, CorpusStore.Mode.WRITE, "attest import")) {
            report = new InceptionImport(store).run(zip, options);
        } catch (ImportLimitException e) {
            throw new ImportLimitException(e.limit(), e.file(), e.actual(), e.allowed(), e.getMessage()
                    + " with --max-size MB (now " + maxMegabytes + "); nothing was imported");
        }
        out.printf("INCEpTION project '%s' imported into %s%n", report.project(), dir);
        for (InceptionReport.Document d : report.documents()) {
            String annotators = d.annotators().entrySet().stream().map(e -> e.getKey() + " (" + e.getValue() + ")")
                    .collect(Collectors.joining(", "));
            out.printf("added     %-28s from %s; annotators: %s; gold: %s%n", d.id(), d.name(),
                    annotators.isEmpty() ? "none" : annotators,
                    d.goldSpans() < 0 ? "none" : d.goldState() + " (" + d.goldSpans() + " annotations)");
        }
        report.unmappedLayers().forEach((layer, reason) -> out.printf("not mapped layer %s: %s%n", layer, reason));
        report.leftOut().forEach((type, count) -> out
                .printf("left out  %d annotation(s) of type %s (not in the schema)%n", count, type));
        report.notes().forEach(note -> out.printf("note      %s%n", note));
        out.printf("%d document(s) added; gold decisions say \"imported from INCEpTION\" (attest curation DIR "
                + "decisions DOC).%n", report.documents().size());
        return Cli.OK;
    }

    /** Exports the corpus in {@code dir} as {@code out/CORPUS-inception.zip}. */
    static Integer export(CommandSpec spec, Path dir, Path out) throws Exception {
        InceptionExport.Result result;
        try (CorpusStore store = Stores.open(spec, dir, CorpusStore.Mode.READ, "attest export")) {
            result = new InceptionExport(store).run(out);
        }
        PrintWriter print = spec.commandLine().getOut();
        print.printf("Exported %d document(s), %d annotator file(s) and %d curated file(s) to %s%n",
                result.documents(), result.annotationFiles(), result.curatedFiles(), result.file());
        if (result.leftOut().isEmpty()) {
            print.println("Left out: nothing");
        }
        result.leftOut().forEach((layer, count) -> print.printf(
                "Left out: %d annotation(s) of layer %s (the export writes Entity as INCEpTION's named entities)%n",
                count, layer));
        print.println("In INCEpTION: Administration > Import project, and choose the file.");
        return Cli.OK;
    }

    private static boolean absentOrEmpty(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return true;
        }
        if (!Files.isDirectory(dir)) {
            return false;
        }
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        }
    }
}
