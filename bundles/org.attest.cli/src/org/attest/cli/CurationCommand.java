package org.attest.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.attest.curation.CurationService;
import org.attest.curation.CurationSession;
import org.attest.curation.DocumentStatus;
import org.attest.curation.QueueItem;
import org.attest.diff.Configuration;
import org.attest.diff.Position;
import org.attest.model.GoldDecision;
import org.attest.model.GoldState;
import org.attest.store.CorpusStore;
import org.attest.store.TimeFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code attest curation DIR status|queue|decisions|decide|curated|release ...}: the curation of the gold corpus. */
@Command(name = "curation", mixinStandardHelpOptions = true, description = "The curation of the gold corpus: where each document stands, what is left to decide, the decisions and the reviewer's hold.", subcommands = {
        CurationCommand.Status.class, CurationCommand.Queue.class, CurationCommand.Decisions.class,
        CurationDecideCommand.class,
        CurationCommand.Curated.class, CurationCommand.Release.class}, footer = {"",
                "Run 'attest curation DIR <subcommand> --help' for the arguments and options of one."})
public final class CurationCommand {

    @Parameters(index = "0", paramLabel = "DIR", description = "The corpus folder.")
    Path dir;

    /** {@code attest curation DIR status}: where the curation of every document stands. */
    @Command(name = "status", mixinStandardHelpOptions = true, description = "Per document: annotators, gold state, agreed, auto-merged, decided, changed and open positions, and the reviewer holding it.")
    static final class Status implements Callable<Integer> {

        @Spec
        private CommandSpec spec;

        @ParentCommand
        private CurationCommand parent;

        @Option(names = "--include-in-progress", description = "Count annotators still at work on a document, not only those who finished it.")
        private boolean includeInProgress;

        /** Prints one row per document and a total. */
        @Override
        public Integer call() throws Exception {
            PrintWriter out = spec.commandLine().getOut();
            try (CorpusStore store = Stores.open(spec, parent.dir, CorpusStore.Mode.READ, "attest curation status")) {
                List<DocumentStatus> rows = new CurationService(store).status(includeInProgress, m -> {
                });
                out.printf("%-28s %-12s %-14s %6s %7s %7s %8s %5s %8s  %s%n", "document", "annotators", "gold",
                        "agreed", "merged", "decided",
                        "changed", "open", "queue", "reviewer");
                int queued = 0;
                for (DocumentStatus s : rows) {
                    out.printf("%-28s %-12s %-14s %6d %7d %7d %8d %5d %8d  %s%n", s.document(),
                            s.annotators().isEmpty() ? "-" : String.join(",", s.annotators()),
                            s.goldState().getLiteral(), s.agreed(), s.autoMerged(), s.decided(), s.changed(), s.open(),
                            s.queued(),
                            s.reviewer() == null ? "-" : s.reviewer());
                    queued += s.queued();
                }
                long curated = rows.stream().filter(s -> s.goldState() == GoldState.CURATED).count();
                out.printf("%d document(s), %d curated, %d position(s) in the queue.%n", rows.size(), curated, queued);
            }
            return Cli.OK;
        }
    }

    /** A subcommand that prints what one document's curation holds, the corpus opened for reading. */
    abstract static class Listing implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Mixin
        CurationTarget target;

        /** Opens the document's curation and prints it. */
        @Override
        public Integer call() throws Exception {
            PrintWriter out = spec.commandLine().getOut();
            new CurationSessions(spec, target).read(session -> print(out, session));
            return Cli.OK;
        }

        /** Prints what {@code session} holds to {@code out}. */
        abstract void print(PrintWriter out, CurationSession session);
    }

    /** {@code attest curation DIR queue DOC}: the positions of a document a reviewer still has to settle. */
    @Command(name = "queue", mixinStandardHelpOptions = true, description = "The positions of DOC a reviewer still has to settle, numbered, with each annotator's version and who has none.")
    static final class Queue extends Listing {

        /** Prints the numbered queue. */
        @Override
        void print(PrintWriter out, CurationSession session) {
            List<QueueItem> queue = session.queue();
            String text = session.gold().getDocumentText();
            out.printf("Queue of %s: %d item(s); annotators %s%n", target.document, queue.size(),
                    String.join(", ", session.annotators()));
            for (int i = 0; i < queue.size(); i++) {
                QueueItem q = queue.get(i);
                out.printf("%3d  %-36s %-7s \"%s\"%n", i + 1, q.position(), q.status().word(),
                        covered(text, q.position()));
                for (Configuration c : q.configurations()) {
                    out.printf("       %-20s %s%n", String.join(",", c.annotators()) + ":",
                            c.features().isEmpty() ? c.label() : c.label() + " " + c.features());
                }
                if (!q.missing().isEmpty()) {
                    out.printf("       %-20s (no annotation)%n", String.join(",", q.missing()) + ":");
                }
                if (q.decision() != null) {
                    out.printf("       decided before:      %s %s by %s%n", q.decision().getVerdict().getLiteral(),
                            q.decision().getValue(), who(q.decision()));
                }
            }
            if (queue.isEmpty()) {
                out.printf("Nothing to decide%s.%n", session.items().isEmpty()
                        ? " (no finished annotations yet)"
                        : "; mark it curated with: attest curation " + target.dir() + " curated " + target.document);
            }
        }
    }

    /** {@code attest curation DIR decisions DOC}: the provenance of every gold decision of a document. */
    @Command(name = "decisions", mixinStandardHelpOptions = true, description = "The provenance of every gold annotation of DOC: position, covered text, verdict and value, who decided, supported by whom, when, why.")
    static final class Decisions extends Listing {

        /** Prints every decision in document order. */
        @Override
        void print(PrintWriter out, CurationSession session) {
            List<GoldDecision> decisions = session.decisions();
            String text = session.gold().getDocumentText();
            out.printf("Decisions behind the gold of %s (%s): %d%n", target.document,
                    session.status().goldState().getLiteral(), decisions.size());
            for (GoldDecision d : decisions) {
                Position p = CurationSession.position(d);
                out.printf("%-36s \"%s\"%n", p, covered(text, p));
                out.printf("    %s %s  by %s  supported by %s  at %s%n", d.getVerdict().getLiteral(), d.getValue(),
                        who(d),
                        d.getSupporters().isEmpty() ? "nobody" : String.join(", ", d.getSupporters()),
                        d.getTime() == null ? "-" : TimeFormat.seconds(d.getTime()));
                if (d.getComment() != null) {
                    out.printf("    comment: %s%n", d.getComment());
                }
            }
        }
    }

    /** {@code attest curation DIR curated DOC}: marks a document curated and releases it. */
    @Command(name = "curated", mixinStandardHelpOptions = true, description = "Mark DOC curated (refused while its queue is not empty) and release it.")
    static final class Curated implements Callable<Integer> {

        @Spec
        private CommandSpec spec;

        @Mixin
        private CurationTarget target;

        @Option(names = "--reviewer", paramLabel = "NAME", description = "Who marks it (default: the person this team copy belongs to, else the login name).")
        private String reviewer;

        /** Marks the document curated. */
        @Override
        public Integer call() throws Exception {
            new CurationSessions(spec, target).write(reviewer, s -> {
                s.markCurated();
                spec.commandLine().getOut().printf("'%s' is curated (%d decision(s)).%n", target.document,
                        s.decisions().size());
            });
            return Cli.OK;
        }
    }

    /** {@code attest curation DIR release DOC}: frees a document from the reviewer holding it. */
    @Command(name = "release", mixinStandardHelpOptions = true, description = "Free DOC from the reviewer holding it, so another reviewer can curate it; its decisions stay.")
    static final class Release implements Callable<Integer> {

        @Spec
        private CommandSpec spec;

        @ParentCommand
        private CurationCommand parent;

        @Parameters(index = "0", paramLabel = "DOC", description = "The document id.")
        private String document;

        /** Releases the document. */
        @Override
        public Integer call() throws Exception {
            try (CorpusStore store = Stores.open(spec, parent.dir, CorpusStore.Mode.WRITE, "attest curation release")) {
                String holder = new CurationService(store).release(document);
                spec.commandLine().getOut()
                        .println(holder == null
                                ? "'" + document + "' was not held by a reviewer; nothing changed."
                                : "Released '" + document + "' from " + holder + "; its decisions stay.");
            }
            return Cli.OK;
        }
    }

    private static String who(GoldDecision d) {
        return switch (d.getOrigin()) {
            case AUTO_MERGE -> "auto-merge (" + d.getRule() + ")";
            case REVIEWER -> d.getReviewer();
        };
    }

    private static String covered(String text, Position p) {
        String span = text.substring(p.begin(), p.end());
        if (p.isRelation()) {
            span = span + " -> " + text.substring(p.toBegin(), p.toEnd());
        }
        span = span.replaceAll("\\s+", " ");
        return span.length() > 60 ? span.substring(0, 57) + "..." : span;
    }
}
