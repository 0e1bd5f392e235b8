package org.attest.cli;

import java.util.List;
import java.util.concurrent.Callable;

import org.attest.curation.CurationSession;
import org.attest.curation.QueueItem;
import org.attest.diff.Position;
import org.attest.model.GoldDecision;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code attest curation DIR decide DOC ITEM (--take ANNOTATOR | --reject | --keep)}: settles one position of the
 * queue.
 */
@Command(name = "decide", mixinStandardHelpOptions = true, description = {
        "Settle one position of DOC: put an annotator's version into the gold (--take), decide it holds no annotation (--reject),",
        "or confirm the earlier decision of a position whose annotations changed since (--keep).",
        "In a team corpus, the first decision on a document you do not hold asks the team first who holds it."})
public final class CurationDecideCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private CurationTarget target;

    @Parameters(index = "1", paramLabel = "ITEM", description = "The item's number in 'attest curation DIR queue DOC', or its position as printed there, e.g. \"Claim [37,52)\".")
    private String item;

    @ArgGroup(exclusive = true, multiplicity = "1")
    private Choice choice;

    @Option(names = "--comment", paramLabel = "TEXT", description = "Why (stored with the decision).")
    private String comment;

    @Option(names = "--reviewer", paramLabel = "NAME", description = "Who decides (default: the person this team copy belongs to, else the login name).")
    private String reviewer;

    /** The one decision taken: exactly one of its options is given. */
    static final class Choice {

        @Option(names = "--take", paramLabel = "ANNOTATOR", description = "Put this annotator's version into the gold.")
        private String take;

        @Option(names = "--reject", description = "The gold holds no annotation here.")
        private boolean reject;

        @Option(names = "--keep", description = "Confirm the earlier decision of a changed position.")
        private boolean keep;
    }

    /** Takes the decision, saves it and says how many items are left. */
    @Override
    public Integer call() throws Exception {
        new CurationSessions(spec, target).write(reviewer, session -> {
            Position position = position(session);
            GoldDecision d = choice.take != null
                    ? session.take(position, choice.take, comment)
                    : choice.reject ? session.reject(position, comment) : session.keep(position, comment);
            session.save();
            spec.commandLine().getOut().printf("%s: %s %s (reviewer %s); %d item(s) left in the queue of %s.%n",
                    position,
                    d.getVerdict().getLiteral(), d.getValue(), d.getReviewer(), session.queue().size(),
                    target.document);
        });
        return Cli.OK;
    }

    private Position position(CurationSession session) {
        if (item.matches("\\d+")) {
            List<QueueItem> queue = session.queue();
            int n = Integer.parseInt(item);
            if (n < 1 || n > queue.size()) {
                throw new IllegalArgumentException("the queue of '" + target.document + "' has " + queue.size()
                        + " item(s); list them with 'attest curation " + target.dir() + " queue " + target.document
                        + "'");
            }
            return queue.get(n - 1).position();
        }
        return Position.parse(item);
    }
}
