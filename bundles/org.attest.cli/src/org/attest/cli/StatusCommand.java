package org.attest.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.attest.store.TimeFormat;
import org.attest.sync.KeptVersions;
import org.attest.sync.StatusService;
import org.attest.sync.SyncException;
import org.attest.sync.TeamStatus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code attest status DIR}: where a team corpus stands against the team. */
@Command(name = "status", mixinStandardHelpOptions = true, description = "Where this copy stands against the team: commits ahead and behind, your work not yet published, the last sync.")
public final class StatusCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DIR", description = "The corpus folder.")
    private Path dir;

    @Option(names = "--fetch", description = "Ask the remote first (needs the network); without it, 'behind' is as of the last sync.")
    private boolean fetch;

    /** Prints the status. */
    @Override
    public Integer call() throws Exception {
        TeamStatus s;
        try {
            s = new StatusService().status(dir, fetch, fetch ? CliCredentials.create(spec) : null);
        } catch (SyncException e) {
            throw TeamMessages.worded(e, dir);
        }
        PrintWriter out = spec.commandLine().getOut();
        out.printf("%s: branch %s, remote %s, you are '%s'%n", dir, s.branch(),
                s.remote().orElse("none (share it with 'attest publish DIR URL')"), s.user());
        out.printf("Ahead %d, behind %d%s; last sync %s%n", s.ahead(), s.behind(),
                fetch ? "" : " (as of the last fetch)",
                s.lastSync().map(TimeFormat::minutes).orElse("never"));
        if (!s.changes().isEmpty()) {
            out.println("Not yet recorded: " + s.changes().describe(s.user()));
        }
        if (!s.unpublished().isEmpty()) {
            out.println("Recorded, not yet published:");
            s.unpublished().forEach(m -> out.println("  " + m));
        }
        if (!s.hasUnpublishedWork()) {
            out.println("Everything you did is published.");
        } else {
            out.printf("Publish it with: attest sync %s%n", dir);
        }
        if (!s.kept().isEmpty()) {
            out.println("Versions kept aside by earlier synchronisations (see 'attest conflicts " + dir + "'):");
            for (KeptVersions.Kept k : s.kept()) {
                out.printf("  %s  %s%n", k.id(), k.message());
            }
        }
        return Cli.OK;
    }
}
