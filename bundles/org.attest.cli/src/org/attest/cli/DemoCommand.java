package org.attest.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;

import org.apache.uima.cas.CAS;
import org.attest.agreement.corpus.AgreementReport;
import org.attest.agreement.corpus.AgreementRequest;
import org.attest.agreement.corpus.AgreementService;
import org.attest.agreement.corpus.DocumentAgreement;
import org.attest.agreement.corpus.LayerAgreement;
import org.attest.agreement.corpus.NoAnnotation;
import org.attest.core.info.CorpusInfo;
import org.attest.core.info.CorpusSummary;
import org.attest.curation.CurationService;
import org.attest.curation.CurationSession;
import org.attest.curation.MergeReport;
import org.attest.curation.MergeRequest;
import org.attest.demo.ScriptedAnnotator;
import org.attest.demo.ScriptedAnnotator.Personality;
import org.attest.demo.ScriptedReviewer;
import org.attest.export.ExportRequest;
import org.attest.export.ExportResult;
import org.attest.export.ExportService;
import org.attest.imports.ImportReport;
import org.attest.imports.ImportService;
import org.attest.io.ImportOptions;
import org.attest.model.Document;
import org.attest.model.DocumentState;
import org.attest.store.CorpusStore;
import org.attest.validate.CorpusValidator;
import org.attest.validate.Finding;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Runs Attest's main job on a folder of sample articles and prints what it did at each step. */
@Command(name = "demo", mixinStandardHelpOptions = true, description = "Run the main job on the sample articles (create a corpus, import, let two scripted annotators annotate, "
        + "summarise, validate, measure agreement, auto-merge, let a scripted reviewer curate, export the gold, judge the claims "
        + "across outlets, find and merge duplicate entities) and print each step.")
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
            throw new IllegalArgumentException(
                    "sample folder " + samples + " does not exist; pass --samples with the folder of .txt articles");
        }
        out.printf("Attest demo: samples from %s, corpus in %s%n%n", samples, corpus.toAbsolutePath().normalize());

        out.println("1. init: create an empty corpus with the default news schema");
        try (CorpusStore store = CorpusStore.init(corpus, "demo", "attest demo")) {
            out.printf("   schema '%s' with layers %s%n%n", store.corpus().getSchema().getName(),
                    store.corpus().getSchema().getLayers().stream().map(l -> l.getName()).toList());

            out.println(
                    "2. import: read the sample articles (metadata lines and sidecars recognised, text kept byte-exact)");
            ImportReport report = new ImportService(store).run(
                    new ImportService.Request(List.of(samples), ImportOptions.defaults(), null, DocumentState.NEW),
                    m -> {
                    });
            for (ImportReport.Added a : report.added()) {
                out.printf("   added %-24s \"%s\"%n", a.id(), a.title());
            }
            out.printf("   %d article(s) imported%n%n", report.added().size());

            out.println(
                    "3. annotate: scripted annotators mark names, figures, cues, sources and attributions, then finish");
            out.println(
                    "   anna follows the rules; ben now and then skips an annotation, extends one, or picks another label");
            annotate(store, out);
            DemoRegistry.link(store, "anna", out);
        }

        List<Finding> findings;
        try (CorpusStore store = Stores.open(spec, corpus, CorpusStore.Mode.READ, "attest demo")) {
            out.println("4. info: what the corpus holds");
            CorpusSummary summary = new CorpusInfo(store).summarise();
            for (CorpusSummary.DocumentRow d : summary.documents()) {
                out.printf("   %-24s %-22s %-10s %5d chars%n", d.id(), d.outlet() == null ? "-" : d.outlet(),
                        d.date() == null ? "-" : d.date(), d.length());
            }
            out.println();
            out.println("5. validate: check hashes, spans and files");
            findings = new CorpusValidator(store).validate(m -> {
            });
            findings.forEach(f -> out.println("   " + f.describe()));
            out.printf("   %s%n%n", findings.isEmpty() ? "no problems found" : findings.size() + " problem(s) found");
            agreement(store, out);
        }
        String leftForYou;
        try (CorpusStore store = Stores.open(spec, corpus, CorpusStore.Mode.WRITE, "attest demo")) {
            leftForYou = curate(store, out);
        }
        Path exports;
        try (CorpusStore store = Stores.open(spec, corpus, CorpusStore.Mode.READ, "attest demo")) {
            exports = export(store, out);
        }
        try (CorpusStore store = Stores.open(spec, corpus, CorpusStore.Mode.WRITE, "attest demo")) {
            DemoClaims.run(store, "anna", out);
            DemoRegistry.merge(store, out);
            out.printf("Exports in %s%n", exports);
            out.printf("Done. Explore it with: ./attest curation %s status   ./attest curation %s queue %s%n", corpus,
                    corpus, leftForYou);
            out.printf(
                    "   or open it in ./attest workbench (Curate perspective) and settle %s's queue in the curation editor%n",
                    leftForYou);
            out.printf("   the claims: ./attest claims %s --from anna   the registry: ./attest registry %s list%n",
                    corpus,
                    corpus);
            return findings.isEmpty() ? Cli.OK : Cli.PROBLEMS;
        }
    }

    private static String curate(CorpusStore store, PrintWriter out) throws Exception {
        out.println(
                "7. merge: copy what anna and ben agree on into the gold (policy unanimous), with a decision record each");
        CurationService curation = new CurationService(store);
        MergeReport report = curation.merge(MergeRequest.defaults(), m -> {
        });
        for (MergeReport.Line line : report.documents()) {
            out.printf("   %-24s merged %3d, left for a reviewer %3d%n", line.status().document(), line.merged(),
                    line.status().queued());
        }
        out.println();
        out.println(
                "8. curate: reviewer 'rita' settles the queue (anna's version where she has one, else no annotation) and marks");
        out.println("   the documents curated; the last one is left for you (when there are several)");
        List<Document> documents = store.corpus().getDocuments();
        int curated = documents.size() > 1 ? documents.size() - 1 : documents.size();
        for (Document document : documents.subList(0, curated)) {
            CurationSession session = curation.open(document.getId(), "rita", false);
            int decided = new ScriptedReviewer("anna").settle(session);
            session.save();
            session.markCurated();
            out.printf("   %-24s %3d decision(s), curated%n", document.getId(), decided);
        }
        String last = documents.get(documents.size() - 1).getId();
        if (curated < documents.size()) {
            out.printf("   %-24s %3d item(s) waiting in the queue%n", last,
                    curation.open(last, "rita", false).queue().size());
        }
        out.println();
        return last;
    }

    private static void annotate(CorpusStore store, PrintWriter out) throws Exception {
        List<ScriptedAnnotator> annotators = List.of(
                new ScriptedAnnotator(store.corpus().getSchema(), Personality.careful("anna")),
                new ScriptedAnnotator(store.corpus().getSchema(), new Personality("ben", 7, 0.15, 0.3, 0.15)));
        for (Document document : store.corpus().getDocuments()) {
            for (ScriptedAnnotator annotator : annotators) {
                CAS cas = store.readCas(document, annotator.name());
                ScriptedAnnotator.Result result = annotator.annotate(cas);
                store.writeCas(document, annotator.name(), cas);
                store.setState(document, store.ensureAnnotator(annotator.name()), DocumentState.FINISHED);
                out.printf("   %-5s %-24s %s%n", annotator.name(), document.getId(),
                        result.counts().isEmpty()
                                ? "nothing to annotate"
                                : result.counts().toString().replaceAll("[{}]", ""));
                result.deviations().forEach(d -> out.printf("         - %s%n", d));
            }
        }
        store.saveModel();
        out.println("   every article marked finished by both");
        out.println();
    }

    private static void agreement(CorpusStore store, PrintWriter out) throws Exception {
        out.println(
                "6. agreement: how far anna and ben agree (units: diff positions; 'no annotation' counts as a category)");
        AgreementReport report = new AgreementService(store)
                .compute(new AgreementRequest(null, Set.of(), false, NoAnnotation.CATEGORY), m -> {
                });
        out.printf("   %d article(s) counted, annotators %s%n", report.documentsCounted(),
                String.join(", ", report.annotators()));
        for (LayerAgreement layer : report.layers()) {
            var alpha = layer.corpus().get(AgreementRequest.ALPHA);
            var f1 = layer.corpus().get(AgreementRequest.F1_EXACT);
            out.printf("   %-12s %3d unit(s)  alpha %6s  F1 exact %6s%s%n", layer.layer(), layer.units(),
                    AgreementReportWriter.number(alpha == null ? Double.NaN : alpha.value()),
                    AgreementReportWriter.number(f1 == null ? Double.NaN : f1.value()), lowest(store, layer));
        }
        out.println();
    }

    private Path export(CorpusStore store, PrintWriter out) throws Exception {
        out.println(
                "9. export: the curated gold as CoNLL and JSONL with an 80/10/10 split (documents still in curation are left out)");
        Path absolute = corpus.toAbsolutePath().normalize();
        Path exports = absolute.resolveSibling(absolute.getFileName() + "-export");
        for (String format : List.of("conll", "jsonl")) {
            ExportRequest request = new ExportRequest(format, ExportRequest.GOLD, List.of(80, 10, 10), 42,
                    exports.resolve(format));
            ExportResult result = new ExportService(store).export(request, m -> {
            });
            out.printf("   %-5s -> %s: %s; %d file(s), %,d bytes%n", format, exports.relativize(result.outDir()),
                    String.join(", ",
                            result.documents().entrySet().stream().map(e -> e.getKey() + " " + e.getValue().size())
                                    .toList()),
                    result.files().size(), result.bytes());
            out.printf("         written %s%n", result.total().written().toString().replaceAll("[{}]", ""));
            out.printf("         left out %s%n", result.total().leftOutTotals().isEmpty()
                    ? "nothing"
                    : result.total().leftOutTotals().toString().replaceAll("[{}]", "") + " (reasons in manifest.json)");
            result.skipped().forEach((id, why) -> out.printf("         not exported: %s (%s)%n", id, why));
        }
        out.println();
        return exports;
    }

    private static String lowest(CorpusStore store, LayerAgreement layer) throws Exception {
        if (layer.documents().isEmpty() || !layer.documents().get(0).isDefined()) {
            return "";
        }
        DocumentAgreement d = layer.documents().get(0);
        String where = "";
        if (d.firstDisagreementBegin() >= 0) {
            String text = store.readText(store.document(d.document()).orElseThrow());
            where = String.format(Locale.ROOT, ", first difference at [%d,%d) \"%s\"", d.firstDisagreementBegin(),
                    d.firstDisagreementEnd(),
                    text.substring(d.firstDisagreementBegin(), d.firstDisagreementEnd()).replace('\n', ' '));
        }
        return String.format(Locale.ROOT, "  lowest: %s (%s %s%s)", d.document(), d.measure(),
                AgreementReportWriter.number(d.value()), where);
    }
}
