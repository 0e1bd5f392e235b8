package org.attest.cli;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;

import org.attest.claims.ClaimFigure;
import org.attest.claims.Cluster;
import org.attest.claims.ConflictRules;
import org.attest.claims.CorpusClaims;
import org.attest.claims.Verdict;
import org.attest.store.CorpusStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code attest claims DIR}: the claim clusters with their claims side by side, joint intervals and verdicts, or only
 * the conflicts.
 */
@Command(name = "claims", mixinStandardHelpOptions = true, description = {
        "Show the claim clusters: each cluster's claims side by side (document, value, qualifier, period),",
        "the interval they jointly allow per period, and a verdict with its reason on every pair: agree, conflict",
        "or not comparable, and under each claim the chain of sources it came through (via: ...).",
        "--conflicts shows only the pairs that truly conflict. --suggest proposes a cluster for",
        "each claim in none (same unit lemma, overlapping periods); --apply links them in --from ANNOTATOR's claims."})
public final class ClaimsCommand implements Callable<Integer> {

    /** The output formats {@code --format} accepts. */
    static final List<String> FORMATS = List.of("table", "json");

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DIR", description = "The corpus folder.")
    private Path dir;

    @Option(names = "--from", paramLabel = "gold|ANNOTATOR", defaultValue = CorpusClaims.GOLD, description = "Read the claims of the gold or of one annotator. Default: ${DEFAULT-VALUE}.")
    private String from;

    @Option(names = "--conflicts", description = "Show only the pairs of claims that conflict.")
    private boolean conflicts;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table", completionCandidates = Choices.ClaimsFormats.class, description = "Output format: ${COMPLETION-CANDIDATES}. Default: ${DEFAULT-VALUE}.")
    private String format;

    @Option(names = "--suggest", description = "Suggest a cluster for each claim that links none (same unit lemma, overlapping periods).")
    private boolean suggest;

    @Option(names = "--apply", description = "With --suggest: link the claims of --from ANNOTATOR to the suggested clusters and save.")
    private boolean apply;

    /** Reads the clusters and prints them. */
    @Override
    public Integer call() throws Exception {
        if (!FORMATS.contains(format)) {
            throw new IllegalArgumentException(
                    "unknown --format '" + format + "'; use " + String.join(" or ", FORMATS));
        }
        if (suggest || apply) {
            return new ClaimSuggestCommand(spec, dir, from, format).run(suggest, apply);
        }
        CorpusClaims.Result result;
        try (CorpusStore store = Stores.open(spec, dir, CorpusStore.Mode.READ, "attest claims")) {
            result = new CorpusClaims(store, new ConflictRules()).read(from);
        }
        PrintWriter out = spec.commandLine().getOut();
        // each cluster's verdicts are judged as they are printed and counted on the way, never all kept: a cluster of
        // n claims has n(n-1)/2 of them
        if (format.equals("json")) {
            json(out, result.clusters(), conflicts);
        } else if (conflicts) {
            long count = 0;
            for (Cluster c : result.clusters()) {
                for (Verdict v : c.verdicts()) {
                    if (v.conflict()) {
                        out.printf("%s: %s%n  %s%n", c.id(), pair(v), v.reason());
                        count++;
                    }
                }
            }
            out.printf("%d conflict(s) in %d cluster(s)%n", count, result.clusters().size());
        } else {
            long count = 0;
            for (Cluster c : result.clusters()) {
                count += table(out, c);
            }
            out.printf("%d cluster(s), %d conflict(s), %d claim(s) in no cluster%n", result.clusters().size(), count,
                    result.unclustered());
        }
        out.flush();
        return Cli.OK;
    }

    // prints one cluster and returns its number of conflicts
    private static long table(PrintWriter out, Cluster cluster) {
        out.printf("Cluster %s%s%n", cluster.id(), cluster.proposition() == null ? "" : ": " + cluster.proposition());
        out.printf("  %-24s %-13s %10s %-10s %-23s %-22s %s%n", "DOCUMENT", "SPAN", "VALUE", "QUALIFIER", "PERIOD",
                "DAYS", "TEXT");
        for (ClaimFigure c : cluster.claims()) {
            out.printf("  %-24s %-13s %10s %-10s %-23s %-22s %s%n", c.document(), "[" + c.begin() + "," + c.end() + ")",
                    figure(c), dash(c.qualifier()),
                    dash(c.period()), c.days() == null ? "-" : c.days(), c.text());
            ChainOutput.lines(c.chains()).forEach(line -> out.printf("  %24s %s%n", "", line));
        }
        cluster.joint().forEach(j -> out.printf("  jointly allowed, %s (%d claim(s)): %s%n", j.period(), j.claims(),
                j.interval().map(Object::toString).orElse("nothing: they conflict")));
        long conflicts = 0;
        for (Verdict v : cluster.verdicts()) {
            out.printf("  %-14s %s: %s%n", v.kind().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '),
                    pair(v), v.reason());
            conflicts += v.conflict() ? 1 : 0;
        }
        out.println();
        return conflicts;
    }

    private static String pair(Verdict v) {
        return v.a().where() + " x " + v.b().where();
    }

    private static String figure(ClaimFigure c) {
        return c.value() == null ? "-" : number(c.value()) + (c.upper() == null ? "" : "-" + number(c.upper()));
    }

    private static String dash(String text) {
        return text == null ? "-" : text;
    }

    private static String number(Double value) {
        return value == null ? "null" : BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    // written cluster by cluster, so that the text of all verdicts is never held at once
    private static void json(PrintWriter out, List<Cluster> clusters, boolean conflictsOnly) {
        Json json = new Json().open('[');
        for (Cluster c : clusters) {
            if (conflictsOnly) {
                for (Verdict v : c.verdicts()) {
                    if (v.conflict()) {
                        verdict(json, c, v, false);
                        out.print(json.drain());
                    }
                }
                continue;
            }
            json.open('{').field("cluster").string(c.id()).field("proposition").string(c.proposition()).field("claims")
                    .open('[');
            c.claims().forEach(claim -> claim(json, claim));
            json.close(']').field("joint").open('[');
            c.joint()
                    .forEach(j -> json.open('{').field("period").string(j.period()).field("claims").raw(j.claims())
                            .field("interval")
                            .string(j.interval().map(Object::toString).orElse(null)).close('}'));
            json.close(']').field("verdicts").open('[');
            for (Verdict v : c.verdicts()) {
                verdict(json, c, v, true);
                out.print(json.drain());
            }
            json.close(']').close('}');
            out.print(json.drain());
        }
        out.println(json.close(']').drain());
    }

    private static void verdict(Json json, Cluster cluster, Verdict v, boolean kind) {
        json.open('{').field("cluster").string(cluster.id());
        if (kind) {
            json.field("verdict").string(v.kind().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
        }
        json.field("reason").string(v.reason()).field("a");
        claim(json, v.a());
        json.field("b");
        claim(json, v.b());
        json.close('}');
    }

    private static void claim(Json json, ClaimFigure c) {
        json.open('{').field("document").string(c.document()).field("begin").raw(c.begin()).field("end").raw(c.end())
                .field("value").raw(number(c.value())).field("qualifier").string(c.qualifier())
                .field("periodStart").string(date(c.periodStart())).field("periodEnd").string(date(c.periodEnd()));
        ChainOutput.fields(json, c.chains());
        json.close('}');
    }

    private static String date(LocalDate date) {
        return date == null ? null : date.toString();
    }
}
