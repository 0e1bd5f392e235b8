package org.attest.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;

import org.attest.claims.ClaimFigure;
import org.attest.claims.ClusterAssignment;
import org.attest.claims.ClusterSuggestions;
import org.attest.claims.ConflictRules;
import org.attest.claims.CorpusClaims;
import org.attest.store.CorpusStore;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code attest claims DIR --suggest [--apply]}: the clusters suggested for unclustered claims, listed, or linked in
 * the
 * annotator's CASes and saved.
 *
 * @param spec the claims command's spec, for its output
 * @param dir the corpus folder
 * @param from the annotator whose claims, or the gold
 * @param format table or json
 */
record ClaimSuggestCommand(CommandSpec spec, Path dir, String from, String format) {

    /** Lists the suggestions, or applies them when {@code apply}; {@code suggest} must be set with it. */
    int run(boolean suggest, boolean apply) throws Exception {
        if (!suggest) {
            throw new IllegalArgumentException(
                    "--apply links the suggested clusters, so it needs --suggest: attest claims " + dir
                            + " --from ANNOTATOR --suggest --apply");
        }
        if (apply && CorpusClaims.GOLD.equals(from)) {
            throw new IllegalArgumentException("the gold is changed through curation, not by --apply; name whose"
                    + " claims to link: attest claims " + dir + " --from ANNOTATOR --suggest --apply");
        }
        PrintWriter out = spec.commandLine().getOut();
        try (CorpusStore store = Stores.open(spec, dir, apply ? CorpusStore.Mode.WRITE : CorpusStore.Mode.READ,
                "attest claims --suggest")) {
            List<ClaimFigure> figures = new CorpusClaims(store, new ConflictRules()).figures(from);
            List<ClusterSuggestions.Suggestion> suggestions = new ClusterSuggestions(store).suggest(figures);
            long unclustered = figures.stream().filter(f -> f.cluster() == null).count();
            if (apply) {
                int linked = new ClusterAssignment(store).apply(from, suggestions);
                List<String> created = suggestions.stream().filter(ClusterSuggestions.Suggestion::newCluster)
                        .map(ClusterSuggestions.Suggestion::cluster).distinct().toList();
                out.printf("Linked %d of %s's %d unclustered claim(s) to clusters%s.%n", linked, from, unclustered,
                        created.isEmpty() ? "" : "; new clusters: " + String.join(", ", created));
            } else if (format.equals("json")) {
                out.println(json(suggestions));
            } else {
                table(out, suggestions, unclustered);
            }
        }
        out.flush();
        return Cli.OK;
    }

    private void table(PrintWriter out, List<ClusterSuggestions.Suggestion> suggestions, long unclustered) {
        if (!suggestions.isEmpty()) {
            out.printf("%-24s %-28s %-24s %s%n", "CLUSTER", "CLAIM", "TEXT", "REASON");
        }
        for (ClusterSuggestions.Suggestion s : suggestions) {
            out.printf("%-24s %-28s %-24s %s%n", s.cluster() + (s.newCluster() ? " (new)" : ""), s.claim().where(),
                    "\"" + s.claim().text() + "\"", s.reason());
        }
        out.printf("%d suggestion(s) for %d claim(s) of %s in no cluster%s%n", suggestions.size(), unclustered, from,
                suggestions.isEmpty() || CorpusClaims.GOLD.equals(from)
                        ? ""
                        : "; link them with: attest claims " + dir + " --from " + from + " --suggest --apply");
    }

    private static String json(List<ClusterSuggestions.Suggestion> suggestions) {
        Json json = new Json().open('[');
        for (ClusterSuggestions.Suggestion s : suggestions) {
            ClaimFigure c = s.claim();
            json.open('{').field("cluster").string(s.cluster()).field("new").raw(s.newCluster())
                    .field("proposition").string(s.proposition()).field("reason").string(s.reason())
                    .field("document").string(c.document()).field("begin").raw(c.begin()).field("end").raw(c.end())
                    .field("text").string(c.text()).field("unit").string(c.unit()).close('}');
        }
        return json.close(']').toString();
    }
}
