package org.attest.cli;

import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.attest.imports.ImportReport;
import org.attest.imports.ImportService;
import org.attest.inception.InceptionImport;
import org.attest.io.ImportLimitException;
import org.attest.io.ImportOptions;
import org.attest.io.LabelMap;
import org.attest.model.DocumentState;
import org.attest.store.CorpusStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code attest import DIR FILES...}: adds articles (and optionally an annotator's annotations) to a corpus. */
@Command(name = "import", mixinStandardHelpOptions = true, description = {
        "Import articles into the corpus: .txt (UTF-8, optional NAME.meta.json sidecar), .jsonl (one article per line),",
        ".xmi (UIMA XMI with TypeSystem.xml beside it), brat .ann (with its .txt), CoNLL-2003 .conll, CoNLL-U .conllu,",
        "Hugging Face token JSON Lines (--format hf-jsonl) and folders of them. Token formats keep their tokens and",
        "sentences. All or nothing: on any error nothing is imported."})
public final class ImportCommand implements Callable<Integer> {

    // a terabyte: beyond it the limit in bytes no longer fits a long's arithmetic comfortably, and no article is that
    // large
    private static final long MAX_MEGABYTES = 1024 * 1024;

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DIR", description = "The corpus folder.")
    private Path dir;

    @Parameters(index = "1..*", arity = "1..*", paramLabel = "FILES", description = "Files or folders to import, or one INCEpTION project export ZIP (a new corpus is made in DIR when it is absent or empty).")
    private List<Path> files;

    @Option(names = "--annotator", paramLabel = "NAME", description = "Put the annotations found in the files into NAME's annotation set.")
    private String annotator;

    @Option(names = "--finished", description = "Mark the imported annotations as finished work (default: in progress).")
    private boolean finished;

    @Option(names = "--encoding", paramLabel = "CHARSET", description = "Encoding of plain-text files that are not UTF-8, e.g. windows-1252.")
    private Charset encoding;

    @Option(names = "--ignore-unknown-types", description = "Import files even when they hold annotation types or entity labels the schema lacks (they are counted and left out).")
    private boolean ignoreUnknownTypes;

    @Option(names = "--format", paramLabel = "FORMAT", description = "Read every file as FORMAT instead of by its extension: txt, jsonl, xmi, brat, conll2003, conllu or hf-jsonl (Hugging Face token JSON Lines with labels.json beside it).")
    private String format;

    @Option(names = "--label-map", paramLabel = "SOURCE=LABEL,...", description = "Entity labels of the files and the schema labels they become, such as PER=PERSON,MISC=OTHER (on top of a default map of the CoNLL-2003 and OntoNotes labels).")
    private String labelMap;

    @Option(names = "--ner-column", paramLabel = "N|KEY", description = "Where CoNLL files hold the entity tags: a column number counted from 1 (CoNLL-2003: default the last; CoNLL-U: 2 to 10), or for CoNLL-U a key of the MISC column (default NER).")
    private String nerColumn;

    @Option(names = "--follow-links", description = "Import files that are symbolic links, and walk linked folders (refused by default, so that a folder of articles cannot bring in other files).")
    private boolean followLinks;

    @Option(names = "--max-size", paramLabel = "MB", defaultValue = "50", description = "Largest file accepted, in MB (default: ${DEFAULT-VALUE}).")
    private long maxMegabytes;

    /** Runs the import and prints what was added, what was already there and what was left out. */
    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        if (maxMegabytes < 1 || maxMegabytes > MAX_MEGABYTES) {
            throw new IllegalArgumentException("--max-size is in megabytes, from 1 to " + MAX_MEGABYTES + ", not "
                    + maxMegabytes + "; for example --max-size 200");
        }
        ImportOptions options = new ImportOptions(maxMegabytes * 1024 * 1024, encoding, ignoreUnknownTypes)
                .withFormat(format).withLabelMap(labelMap == null ? LabelMap.defaults() : LabelMap.parse(labelMap))
                .withNerColumn(nerColumn);
        if (files.size() == 1 && InceptionImport.isProjectExport(files.get(0))) {
            return InceptionCommands.importProject(spec, dir, files.get(0), options, maxMegabytes);
        }
        ImportReport report;
        try (CorpusStore store = Stores.open(spec, dir, CorpusStore.Mode.WRITE, "attest import")) {
            report = new ImportService(store).run(new ImportService.Request(files, options, annotator,
                    finished ? DocumentState.FINISHED : DocumentState.IN_PROGRESS, followLinks),
                    message -> spec.commandLine().getErr().println("  ... " + message));
        } catch (ImportLimitException e) {
            // the service says which limit; the command line says how to raise it
            throw new ImportLimitException(e.limit(), e.file(), e.actual(), e.allowed(),
                    e.getMessage() + switch (e.limit()) {
                        case FILE_SIZE -> " with --max-size MB (now " + maxMegabytes + ")";
                        case MEMORY -> " (for example ATTEST_JAVA_OPTS=-Xmx" + Math.max(4, 2 * ((e.actual() >> 30) + 1))
                                + "g ./attest import ...); nothing was imported";
                    });
        }
        for (ImportReport.Added a : report.added()) {
            out.printf("added     %-28s %s%s%n", a.id(), a.title() == null ? "" : '"' + a.title() + '"',
                    a.renamedFrom() == null ? "" : " (id '" + a.renamedFrom() + "' was taken)");
        }
        for (ImportReport.Duplicate d : report.duplicates()) {
            out.printf("unchanged %-28s same text as document '%s' (from %s)%n", d.existingId(), d.existingId(),
                    d.source());
            if (d.tokensNotKept() != null) {
                out.printf("tokens    %-28s from %s: %s%n", d.existingId(), d.source(), d.tokensNotKept());
            }
        }
        for (ImportReport.AnnotationsImported a : report.annotations()) {
            if (a.skippedBecause() != null) {
                out.printf("kept      %-28s %s%n", a.id(), a.skippedBecause());
            } else {
                out.printf("annotated %-28s %s: %s%n", a.id(), a.annotator(),
                        a.perLayer().isEmpty() ? "no annotations" : a.perLayer());
            }
        }
        report.ignoredTypes().forEach((type, count) -> out
                .printf("left out  %d annotation(s) of type %s (not in the schema)%n", count, type));
        out.printf("%d article(s) read: %d added, %d already in the corpus.%n", report.articles(),
                report.added().size(), report.duplicates().size());
        return Cli.OK;
    }
}
