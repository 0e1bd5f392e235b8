package org.attest.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.attest.store.CorpusException;
import org.attest.curation.CurationService;
import org.attest.curation.CurationSession;
import org.attest.curation.DocumentStatus;
import org.attest.curation.QueueItem;
import org.attest.store.CorpusStore;
import org.attest.store.TimeFormat;
import org.attest.diff.Configuration;
import org.attest.diff.Position;
import org.attest.model.GoldDecision;
import org.attest.sync.SyncException;
import org.attest.sync.SyncService;
import org.attest.sync.TeamCorpus;
import org.attest.sync.TeamHold;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code attest curation DIR status|queue|decisions|decide|curated|release ...}: the curation of the gold corpus. */
@Command(name = "curation", mixinStandardHelpOptions = true,
        description = { "The curation of the gold corpus:",
            "  status              per document: annotators, gold state, agreed, auto-merged, decided and open positions",
            "  queue DOC           the positions of DOC a reviewer still has to settle, with each annotator's version",
            "  decisions DOC       the provenance of every gold decision of DOC: what, who decided, supported by whom, when, why",
            "  decide DOC ITEM     settle one position (ITEM: its number in 'queue' or e.g. 'Claim [3,9)') with --take A, --reject or --keep",
            "  curated DOC         mark DOC curated (refused while positions are open)",
            "  release DOC         free DOC from the reviewer holding it, so another reviewer can curate it" })
public final class CurationCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DIR", description = "The corpus folder.")
    private Path dir;

    @Parameters(index = "1", paramLabel = "ACTION", description = "status, queue, decisions, decide, curated or release.")
    private String action;

    @Parameters(index = "2", arity = "0..1", paramLabel = "DOC", description = "The document id.")
    private String document;

    @Parameters(index = "3", arity = "0..1", paramLabel = "ITEM", description = "For decide: the item number in 'queue', or the position.")
    private String item;

    @Option(names = "--take", paramLabel = "ANNOTATOR", description = "decide: put this annotator's version into the gold.")
    private String take;

    @Option(names = "--reject", description = "decide: the gold holds no annotation here.")
    private boolean reject;

    @Option(names = "--keep", description = "decide: confirm the earlier decision of a changed position.")
    private boolean keep;

    @Option(names = "--comment", paramLabel = "TEXT", description = "decide: why (stored with the decision).")
    private String comment;

    @Option(names = "--reviewer", paramLabel = "NAME",
            description = "decide, curated: who decides (default: the person this team copy belongs to, else the login name).")
    private String reviewer;

    @Option(names = "--include-in-progress", description = "Count annotators still at work on a document, not only those who finished it.")
    private boolean includeInProgress;

    /** Runs the chosen action. */
    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        switch (action) {
            case "status" -> status(out);
            case "queue" -> read(s -> queue(out, s));
            case "decisions" -> read(s -> decisions(out, s));
            case "decide" -> decide(out);
            case "curated" -> write(s -> {
                s.markCurated();
                out.printf("'%s' is curated (%d decision(s)).%n", document, s.decisions().size());
            });
            case "release" -> release(out);
            default -> throw new IllegalArgumentException("unknown action '" + action + "'; use status, queue, decisions, decide, curated or release");
        }
        return Cli.OK;
    }

    private void status(PrintWriter out) throws CorpusException {
        try (CorpusStore store = Stores.open(spec, dir, CorpusStore.Mode.READ, "attest curation status")) {
            List<DocumentStatus> rows = new CurationService(store).status(includeInProgress, m -> { });
            out.printf("%-28s %-12s %-14s %6s %7s %7s %8s %5s %8s  %s%n", "document", "annotators", "gold", "agreed", "merged", "decided",
                    "changed", "open", "queue", "reviewer");
            int queued = 0;
            for (DocumentStatus s : rows) {
                out.printf("%-28s %-12s %-14s %6d %7d %7d %8d %5d %8d  %s%n", s.document(), s.annotators().isEmpty() ? "-" : String.join(",", s.annotators()),
                        s.goldState().getLiteral(), s.agreed(), s.autoMerged(), s.decided(), s.changed(), s.open(), s.queued(),
                        s.reviewer() == null ? "-" : s.reviewer());
                queued += s.queued();
            }
            long curated = rows.stream().filter(s -> s.goldState() == org.attest.model.GoldState.CURATED).count();
            out.printf("%d document(s), %d curated, %d position(s) in the queue.%n", rows.size(), curated, queued);
        }
    }

    private void queue(PrintWriter out, CurationSession session) throws CorpusException {
        List<QueueItem> queue = session.queue();
        String text = text(session);
        out.printf("Queue of %s: %d item(s); annotators %s%n", document, queue.size(), String.join(", ", session.annotators()));
        for (int i = 0; i < queue.size(); i++) {
            QueueItem q = queue.get(i);
            out.printf("%3d  %-36s %-7s \"%s\"%n", i + 1, q.position(), q.status().word(), covered(text, q.position()));
            for (Configuration c : q.configurations()) {
                out.printf("       %-20s %s%n", String.join(",", c.annotators()) + ":", c.features().isEmpty() ? c.label() : c.label() + " " + c.features());
            }
            if (!q.missing().isEmpty()) {
                out.printf("       %-20s (no annotation)%n", String.join(",", q.missing()) + ":");
            }
            if (q.decision() != null) {
                out.printf("       decided before:      %s %s by %s%n", q.decision().getVerdict().getLiteral(), q.decision().getValue(), who(q.decision()));
            }
        }
        if (queue.isEmpty()) {
            out.printf("Nothing to decide%s.%n", session.items().isEmpty() ? " (no finished annotations yet)" : "; mark it curated with: attest curation " + dir + " curated " + document);
        }
    }

    private void decisions(PrintWriter out, CurationSession session) throws CorpusException {
        List<GoldDecision> decisions = session.decisions();
        String text = text(session);
        out.printf("Decisions behind the gold of %s (%s): %d%n", document, session.status().goldState().getLiteral(), decisions.size());
        for (GoldDecision d : decisions) {
            Position p = CurationSession.position(d);
            out.printf("%-36s \"%s\"%n", p, covered(text, p));
            out.printf("    %s %s  by %s  supported by %s  at %s%n", d.getVerdict().getLiteral(), d.getValue(), who(d),
                    d.getSupporters().isEmpty() ? "nobody" : String.join(", ", d.getSupporters()), d.getTime() == null ? "-" : TimeFormat.seconds(d.getTime()));
            if (d.getComment() != null) {
                out.printf("    comment: %s%n", d.getComment());
            }
        }
    }

    private void decide(PrintWriter out) throws Exception {
        int choices = (take == null ? 0 : 1) + (reject ? 1 : 0) + (keep ? 1 : 0);
        if (item == null || choices != 1) {
            throw new IllegalArgumentException("usage: attest curation " + dir + " decide DOC ITEM (--take ANNOTATOR | --reject | --keep) [--comment TEXT]");
        }
        write(session -> {
            Position position = position(session);
            GoldDecision d = take != null ? session.take(position, take, comment)
                    : reject ? session.reject(position, comment) : session.keep(position, comment);
            session.save();
            out.printf("%s: %s %s (reviewer %s); %d item(s) left in the queue of %s.%n", position, d.getVerdict().getLiteral(), d.getValue(),
                    d.getReviewer(), session.queue().size(), document);
        });
    }

    private void release(PrintWriter out) throws CorpusException {
        requireDocument();
        try (CorpusStore store = Stores.open(spec, dir, CorpusStore.Mode.WRITE, "attest curation release")) {
            String holder = new CurationService(store).release(document);
            out.println(holder == null ? "'" + document + "' was not held by a reviewer; nothing changed."
                    : "Released '" + document + "' from " + holder + "; its decisions stay.");
        }
    }

    private Position position(CurationSession session) {
        if (item.matches("\\d+")) {
            List<QueueItem> queue = session.queue();
            int n = Integer.parseInt(item);
            if (n < 1 || n > queue.size()) {
                throw new IllegalArgumentException("the queue of '" + document + "' has " + queue.size() + " item(s); list them with 'attest curation "
                        + dir + " queue " + document + "'");
            }
            return queue.get(n - 1).position();
        }
        return Position.parse(item);
    }

    private void read(SessionAction action) throws Exception {
        requireDocument();
        try (CorpusStore store = Stores.open(spec, dir, CorpusStore.Mode.READ, "attest curation " + this.action)) {
            action.run(new CurationService(store).open(document, reviewer(), includeInProgress));
        }
    }

    // A reviewer who does not hold the document yet asks the team first, so a hold published elsewhere is seen, then publishes theirs.
    private void write(SessionAction action) throws Exception {
        requireDocument();
        String who = reviewer();
        boolean askedTeam = false;
        try (CorpusStore store = Stores.open(spec, dir, CorpusStore.Mode.WRITE, "attest curation " + this.action)) {
            TeamHold hold = new TeamHold();
            if (hold.needed(store, new CurationService(store).document(document), who)) {
                TeamHold.Check check = hold.refresh(store, new SyncService.Request(CliCredentials.create(spec), null, false));
                if (check.offline() != null) {
                    spec.commandLine().getErr().println("attest: could not ask the team who holds '" + document + "' (" + check.offline()
                            + "); your hold stays on this machine until the next 'attest sync " + dir + "'");
                } else {
                    askedTeam = true;
                    spec.commandLine().getErr().println("attest: synchronised to see who holds '" + document + "'"
                            + (check.synced().received().isEmpty() ? "" : "; received " + check.synced().received().size() + " change(s)"));
                }
            }
        } catch (SyncException e) {
            throw TeamMessages.worded(e, dir);
        }
        try (CorpusStore store = Stores.open(spec, dir, CorpusStore.Mode.WRITE, "attest curation " + this.action)) {
            action.run(new CurationService(store).open(document, who, includeInProgress));
        }
        if (askedTeam) {
            try (CorpusStore store = Stores.open(spec, dir, CorpusStore.Mode.WRITE, "attest curation " + this.action)) {
                new SyncService().sync(store, new SyncService.Request(CliCredentials.create(spec), null, false));
                spec.commandLine().getErr().println("attest: published your work on '" + document + "' to the team");
            } catch (SyncException e) {
                spec.commandLine().getErr().println("attest: your decision is saved, but publishing it failed: " + TeamMessages.worded(e, dir).getMessage());
            }
        }
    }

    private String reviewer() throws SyncException {
        if (reviewer != null) {
            // a reviewer's name is stored in every decision and named in the team's history: the same rule as annotators
            return org.attest.store.CorpusNames.check("reviewer name", reviewer);
        }
        if (TeamCorpus.isShared(dir)) {
            try (TeamCorpus team = TeamCorpus.open(dir)) {
                return team.user();
            }
        }
        return System.getProperty("user.name");
    }

    private void requireDocument() {
        if (document == null) {
            throw new IllegalArgumentException("'attest curation DIR " + action + "' needs a document id; list them with 'attest curation " + dir + " status'");
        }
    }

    private static String who(GoldDecision d) {
        return switch (d.getOrigin()) {
            case AUTO_MERGE -> "auto-merge (" + d.getRule() + ")";
            case REVIEWER -> d.getReviewer();
        };
    }

    private static String text(CurationSession session) {
        return session.gold().getDocumentText();
    }

    private static String covered(String text, Position p) {
        String span = text.substring(p.begin(), p.end());
        if (p.isRelation()) {
            span = span + " -> " + text.substring(p.toBegin(), p.toEnd());
        }
        span = span.replaceAll("\\s+", " ");
        return span.length() > 60 ? span.substring(0, 57) + "..." : span;
    }

    /** An action on one document's curation session. */
    @FunctionalInterface
    private interface SessionAction {
        void run(CurationSession session) throws Exception;
    }
}
