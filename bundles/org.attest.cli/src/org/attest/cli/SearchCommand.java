package org.attest.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.attest.search.CorpusSearch;
import org.attest.search.QueryException;
import org.attest.search.SearchHit;
import org.attest.search.SearchResults;
import org.attest.store.CorpusStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code attest search DIR QUERY}: the annotations and passages a query finds, in context. */
@Command(name = "search", mixinStandardHelpOptions = true, description = {
        "Search the corpus's text and annotations: words, \"phrases\", layer:Claim, label:statistic, feature values",
        "(qualifier:\"at least\", value:[100 TO 500], value:>100), entity:NAME (any name or alias of a registry",
        "entity), via:\"news agency\", annotator:anna, state:finished, gold:yes, outlet:WORDS,",
        "date:[2024-01-01 TO 2024-02-01], disagreement (where the annotators differ), with AND, OR, NOT and",
        "parentheses.",
        "The index is kept in DIR/.attest/index/ and brought up to date first."})
public final class SearchCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DIR", description = "The corpus folder.")
    private Path dir;

    @Parameters(index = "1", paramLabel = "QUERY", description = "The query (quote it for the shell).")
    private String query;

    @Option(names = "--format", paramLabel = "table|json|keywords", defaultValue = "table", description = "table: one line per hit in context; json: for scripts; keywords: only the matched words. Default: ${DEFAULT-VALUE}.")
    private String format;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "50", description = "Show at most N hits. Default: ${DEFAULT-VALUE}.")
    private int limit;

    @Option(names = "--count-all", description = "Count every hit, however many: by default the count stops at 10,000 and says 10,000+, which on a large corpus saves the time of walking every hit of a common word.")
    private boolean countAll;

    /** Brings the index up to date, runs the query and prints the hits. */
    @Override
    public Integer call() throws Exception {
        if (!format.equals("table") && !format.equals("json") && !format.equals("keywords")) {
            throw new IllegalArgumentException("unknown --format '" + format + "'; use table, json or keywords");
        }
        if (limit < 1) {
            throw new IllegalArgumentException("--limit must be 1 or more, not " + limit);
        }
        SearchResults results;
        try (CorpusStore store = Stores.open(spec, dir, CorpusStore.Mode.READ, "attest search");
                CorpusSearch search = CorpusSearch.open(store)) {
            try {
                results = search.search(query, limit, countAll ? Integer.MAX_VALUE : CorpusSearch.COUNT_UP_TO);
            } catch (QueryException e) {
                throw new IllegalArgumentException(
                        "cannot read the query, " + e.getMessage() + "\n  " + e.query() + "\n  "
                                + " ".repeat(Math.max(0, e.column() - 1)) + "^");
            }
            search.warnings().forEach(w -> spec.commandLine().getErr().println("attest: " + w));
        }
        PrintWriter out = spec.commandLine().getOut();
        switch (format) {
            case "json" -> out.println(json(results));
            case "keywords" -> results.hits().forEach(h -> out.println(h.match()));
            default -> table(out, results);
        }
        out.flush();
        return Cli.OK;
    }

    private static void table(PrintWriter out, SearchResults results) {
        for (SearchHit h : results.hits()) {
            String who = h.annotator() == null
                    ? "text"
                    : h.annotator() + " " + h.layer()
                            + (h.label() == null ? "" : "/" + h.label());
            out.printf("%-24s %-13s %-26s %s[%s]%s%n", h.documentId(), "[" + h.begin() + "," + h.end() + ")", who,
                    h.before(), h.match(), h.after());
        }
        out.printf("%s hit(s)%s in %.1f ms%n", results.totalText(),
                results.total() > results.hits().size() ? ", the first " + results.hits().size() + " shown" : "",
                results.tookMicros() / 1000.0);
    }

    private static String json(SearchResults results) {
        Json json = new Json().open('{').field("total").raw(results.total()).field("totalExact")
                .raw(results.exact()).field("tookMicros")
                .raw(results.tookMicros()).field("hits").open('[');
        for (SearchHit h : results.hits()) {
            json.open('{').field("document").string(h.documentId()).field("title").string(h.title()).field("begin")
                    .raw(h.begin()).field("end").raw(h.end()).field("annotator").string(h.annotator()).field("layer")
                    .string(h.layer()).field("label").string(h.label()).field("before").string(h.before())
                    .field("match").string(h.match()).field("after").string(h.after()).close('}');
        }
        return json.close(']').close('}').toString();
    }
}
