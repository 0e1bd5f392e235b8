package org.attest.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.attest.store.CorpusStore;
import org.attest.sync.SyncException;
import org.attest.sync.SyncResult;
import org.attest.sync.SyncService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code attest sync DIR}: records your work, takes in the team's and publishes yours. */
@Command(name = "sync", mixinStandardHelpOptions = true, description = {
        "Synchronise with the team: record your changes in a commit that says what you did, take in what others",
        "published, merge by Attest's rules (never a Git conflict), publish, and try again if the remote moved meanwhile."})
public final class SyncCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DIR", description = "The corpus folder.")
    private Path dir;

    @Option(names = "--their-schema", description = "When the schema was changed both here and by the team, take the published schema; yours is kept aside.")
    private boolean theirSchema;

    /** Synchronises and prints what happened. */
    @Override
    public Integer call() throws Exception {
        SyncResult result;
        try (CorpusStore store = Stores.open(spec, dir, CorpusStore.Mode.WRITE, "attest sync")) {
            result = new SyncService().sync(store,
                    new SyncService.Request(CliCredentials.create(spec), CliProgress.create(spec), theirSchema));
        } catch (SyncException e) {
            throw TeamMessages.worded(e, dir);
        }
        TeamMessages.print(spec.commandLine().getOut(), result, dir);
        return Cli.OK;
    }
}
