package org.attest.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.attest.store.CorpusStore;
import org.attest.sync.PublishService;
import org.attest.sync.SyncException;
import org.attest.sync.SyncService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code attest publish DIR URL}: shares a corpus with a team for the first time. */
@Command(name = "publish", mixinStandardHelpOptions = true, description = {
        "Share a corpus with a team: make it a Git repository, record URL as its remote and publish it. A folder on this",
        "machine or a shared drive that does not exist yet becomes a new bare repository; otherwise create an empty repository",
        "on your Git server (GitLab, Gitea, GitHub) first. Team members then 'attest clone URL DIR'."})
public final class PublishCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DIR", description = "The corpus folder.")
    private Path dir;

    @Parameters(index = "1", paramLabel = "URL", description = "The remote repository (a folder, file://, git://, https:// or ssh://).")
    private String url;

    @Option(names = "--user", paramLabel = "NAME", description = "Who you are in the team (default: Git's user.name, else the login name).")
    private String user;

    /** Publishes and prints what happened. */
    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PublishService.Published published;
        try (CorpusStore store = Stores.open(spec, dir, CorpusStore.Mode.WRITE, "attest publish")) {
            published = new PublishService().publish(store, url, user,
                    new SyncService.Request(CliCredentials.create(spec), CliProgress.create(spec), false));
        } catch (SyncException e) {
            throw TeamMessages.worded(e, dir);
        }
        if (published.createdRemote()) {
            out.printf("Created the bare repository %s.%n", url);
        }
        TeamMessages.print(out, published.result(), dir);
        out.printf("Shared %s through %s. The team clones it with: attest clone %s DIR --annotator NAME%n", dir, url,
                url);
        return Cli.OK;
    }
}
