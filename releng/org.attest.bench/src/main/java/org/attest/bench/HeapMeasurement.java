package org.attest.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.attest.store.CorpusStore;

/**
 * Memory that does not grow with the corpus: every command that walks the corpus, run by the product's
 * {@code bin/attest} in a process of its own with {@value #HEAP_MB} MB of heap, its exit and its heap read from the
 * garbage collector's log. The target: each command ends well (exit 0) within that heap at every size.
 */
final class HeapMeasurement implements Measurement {

    /** The heap each command gets, in MB. */
    static final int HEAP_MB = 512;

    /** The system property naming the commands to run (their names in the rows, comma-separated); unset: all. */
    static final String ONLY = "attest.bench.heap";

    private static final String ANNOTATOR = SyntheticCorpus.ANNOTATORS.get(0);

    /** A quick run measures the heap at its last, larger size only, of three commands. */
    @Override
    public boolean runsAt(Workload.Stage stage) {
        return !stage.quick() || stage.last();
    }

    @Override
    public String name() {
        return "heap";
    }

    @Override
    public List<Result> measure(Workload w) throws Exception {
        Path product = StartupMeasurement.product();
        List<Command> commands = selected(commands(w), w.stage().quick());
        if (product == null) {
            String note = "no product: ./attest bench builds it and names it with -D" + StartupMeasurement.PRODUCT;
            return commands.stream().map(c -> row(c, w.size(), Double.NaN, note)).toList();
        }
        CorpusStore store = w.store();
        if (!store.hasCas(store.corpus().getDocuments().get(0), ANNOTATOR)) {
            FinishedWork.write(store, w.corpus());
        }
        // the commands take the corpus's lock themselves
        w.releaseStore();
        Path scratch = Files.createDirectories(w.dir().resolve("heap"));
        CorpusStore.init(scratch.resolve("imported"), "imported", "bench: the import's corpus").close();
        // the commands measured start as a user's do, on the quick start with its class-data archive
        Map<String, String> home = Map.of("ATTEST_HOME", BenchHome.prepared(w, product).toString());
        List<Result> results = new ArrayList<>();
        for (Command command : commands) {
            ChildHeap.Run run = ChildHeap.run(product, command.args(), HEAP_MB,
                    scratch.resolve(command.name().replace(' ', '-')),
                    home);
            results.add(row(command, w.size(), run.ok() ? run.liveMb() : HEAP_MB, run.describe()));
        }
        return results;
    }

    /** One command line and its name in the rows. */
    record Command(String name, List<String> args) {
    }

    private static List<Command> commands(Workload w) {
        String corpus = w.corpusDir().toString();
        Path out = w.dir().resolve("heap");
        List<Command> commands = new ArrayList<>();
        commands.add(
                new Command("import", List.of("import", out.resolve("imported").toString(), w.texts().toString())));
        commands.add(new Command("validate", List.of("validate", corpus)));
        commands.add(new Command("info", List.of("info", corpus)));
        commands.add(new Command("agreement", List.of("agreement", corpus)));
        commands.add(new Command("merge", List.of("merge", corpus)));
        commands.add(new Command("curation status", List.of("curation", corpus, "status")));
        for (String format : List.of("jsonl", "conll", "hf", "spacy", "brat", "xmi")) {
            commands.add(new Command("export " + format, List.of("export", corpus, "--format", format,
                    out.resolve("export-" + format).toString(), "--from", ANNOTATOR)));
        }
        commands.add(new Command("claims", List.of("claims", corpus, "--from", ANNOTATOR)));
        commands.add(new Command("search", List.of("search", corpus, "flood", "--limit", "5")));
        // the index up to date: every indexed document's stamp is read to find what changed (at 100,000 documents
        // this once ran out of 512 MB where the first search, on an empty index, did not)
        commands.add(new Command("search again", List.of("search", corpus, "police", "--limit", "5")));
        if (!Files.isDirectory(w.corpusDir().resolve(".git"))) {
            // status compares with the team's remote: share the corpus first (the team rows may have already)
            commands.add(new Command("publish", List.of("publish", corpus, out.resolve("team.git").toString())));
        }
        commands.add(new Command("status", List.of("status", corpus)));
        // a teammate's first copy of the shared corpus (from the corpus folder itself, whatever its remote), and a
        // sync of it that finds nothing to do: both look at every file
        String clone = out.resolve("teammate").toString(); // not "clone": each row keeps its logs in a folder of its
                                                           // name
        commands.add(new Command("clone", List.of("clone", corpus, clone, "--annotator", "teammate")));
        commands.add(new Command("sync", List.of("sync", clone)));
        return commands;
    }

    // the commands a quick run measures: those whose memory once grew with the corpus
    private static final List<String> QUICK = List.of("agreement", "export jsonl", "claims");

    // -Dattest.bench.heap=import,agreement,... runs only the commands of those names (a quick run: QUICK)
    private static List<Command> selected(List<Command> commands, boolean quick) {
        String only = System.getProperty(ONLY);
        if ((only == null || only.isBlank()) && !quick) {
            return commands;
        }
        List<String> names = only == null || only.isBlank() ? QUICK : List.of(only.split(","));
        return commands.stream().filter(c -> names.contains(c.name())).toList();
    }

    private static Result row(Command command, int docs, double mb, String note) {
        return new Result("heap: attest " + command.name(), docs, "MB", mb, Double.NaN, Double.NaN, HEAP_MB,
                String.format(Locale.ROOT, "-Xmx%dm; %s", HEAP_MB, note));
    }
}
