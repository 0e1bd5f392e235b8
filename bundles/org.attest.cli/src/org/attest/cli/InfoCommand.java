package org.attest.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;

import org.attest.core.info.CorpusInfo;
import org.attest.core.info.CorpusSummary;
import org.attest.store.CorpusStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code attest info DIR}: documents, annotators, states and annotation counts per layer. */
@Command(name = "info", mixinStandardHelpOptions = true, description = "Show the documents, annotators, their states and the annotation counts per layer.")
public final class InfoCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DIR", description = "The corpus folder.")
    private Path dir;

    /** Prints the summary of the corpus. */
    @Override
    public Integer call() throws Exception {
        CorpusSummary s;
        try (CorpusStore store = Stores.open(spec, dir, CorpusStore.Mode.READ, "attest info")) {
            CorpusInfo info = new CorpusInfo(store);
            s = info.summarise();
            spec.commandLine().getErr().printf("info: read %d CAS file(s), %d unchanged one(s) from the cache%n",
                    info.casFilesRead(), info.casFilesFromCache());
        }
        PrintWriter out = spec.commandLine().getOut();
        out.printf("Corpus '%s' in %s%n", s.name(), dir.toAbsolutePath().normalize());
        out.printf("Schema '%s' version %d%n", s.schema(), s.schemaVersion());
        out.printf("%d document(s), %d annotator(s)%s%n", s.documents().size(), s.annotators().size(),
                s.annotators().isEmpty() ? "" : ": " + String.join(", ", s.annotators()));
        out.println();
        out.printf("%-28s %-34s %-22s %-10s %7s  %s%n", "DOCUMENT", "TITLE", "OUTLET", "DATE", "CHARS", "STATES");
        for (CorpusSummary.DocumentRow d : s.documents()) {
            StringBuilder states = new StringBuilder();
            d.states().forEach((a, st) -> states.append(a).append('=').append(st)
                    .append(d.annotations().containsKey(a) ? "(" + d.annotations().get(a) + ")" : "").append(' '));
            // as printf("%-28s %-34s %-22s %-10s %7d %s%n") would, without parsing the format for each of many rows
            StringBuilder row = new StringBuilder(128);
            padded(row, cut(d.id(), 28), 28).append(' ');
            padded(row, cut(d.title(), 34), 34).append(' ');
            padded(row, cut(d.outlet(), 22), 22).append(' ');
            padded(row, cut(d.date(), 10), 10).append(' ');
            String length = Integer.toString(d.length());
            row.repeat(' ', Math.max(0, 7 - length.length())).append(length).append("  ")
                    .append(states.toString().trim());
            out.println(row);
        }
        if (!s.annotators().isEmpty()) {
            out.println();
            out.println("Annotations per layer:");
            Map<String, Integer> first = s.countsPerAnnotator().values().iterator().next();
            out.printf("  %-16s", "ANNOTATOR");
            first.keySet().forEach(layer -> out.printf(" %12s", layer));
            out.printf("   %s%n", "STATES");
            s.countsPerAnnotator().forEach((annotator, counts) -> {
                out.printf("  %-16s", cut(annotator, 16));
                counts.values().forEach(c -> out.printf(" %12d", c));
                out.printf("   %s%n", s.statesPerAnnotator().get(annotator));
            });
        }
        return Cli.OK;
    }

    // value, then spaces up to width characters
    private static StringBuilder padded(StringBuilder row, String value, int width) {
        return row.append(value).repeat(' ', Math.max(0, width - value.length()));
    }

    private static String cut(String value, int width) {
        if (value == null) {
            return "-";
        }
        return value.length() <= width ? value : value.substring(0, width - 1) + "…";
    }
}
