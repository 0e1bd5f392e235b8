package org.attest.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.attest.sync.CloneService;
import org.attest.sync.SyncException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code attest clone URL DIR [--annotator NAME]}: a copy of the team's corpus to work in. */
@Command(name = "clone", mixinStandardHelpOptions = true, description = {
        "Make a copy of a team's corpus on this machine to annotate or curate in; URL is any Git remote (a folder, file://,",
        "git://, https:// or ssh://). Work offline, then 'attest sync DIR'."})
public final class CloneCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "URL", description = "The team's corpus repository.")
    private String url;

    @Parameters(index = "1", paramLabel = "DIR", description = "A new or empty folder for the copy.")
    private Path dir;

    @Option(names = {"--annotator",
            "--user"}, paramLabel = "NAME", description = "Who works in this copy, as annotator or reviewer (default: Git's user.name, else the login name).")
    private String user;

    /** Clones and prints what the copy holds. */
    @Override
    public Integer call() throws Exception {
        CloneService.Cloned cloned;
        try {
            cloned = new CloneService().clone(url, dir, user, CliCredentials.create(spec), CliProgress.create(spec));
        } catch (SyncException e) {
            throw TeamMessages.worded(e, dir);
        }
        PrintWriter out = spec.commandLine().getOut();
        out.printf("Cloned %s into %s: %d document(s), annotators %s.%n", url, cloned.dir(), cloned.documents(),
                cloned.annotators().isEmpty() ? "none yet" : String.join(", ", cloned.annotators()));
        out.printf(
                "You work here as '%s'. Annotate offline; 'attest sync %s' records your work and exchanges it with the team.%n",
                cloned.user(), dir);
        return Cli.OK;
    }
}
