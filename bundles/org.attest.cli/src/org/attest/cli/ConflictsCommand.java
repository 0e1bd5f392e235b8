package org.attest.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.attest.store.CorpusStore;
import org.attest.store.TimeFormat;
import org.attest.sync.KeptVersions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code attest conflicts DIR [restore|drop ID]}: the local versions synchronisations kept aside. */
@Command(name = "conflicts", mixinStandardHelpOptions = true, description = {
        "The versions of yours a synchronisation kept aside where someone else changed the same thing:",
        "  (no action)   list them with what happened",
        "  restore ID    make your kept version current again (the next sync publishes it)",
        "  drop ID       let it go"})
public final class ConflictsCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DIR", description = "The corpus folder.")
    private Path dir;

    @Parameters(index = "1", arity = "0..1", paramLabel = "ACTION", description = "restore or drop.")
    private String action;

    @Parameters(index = "2", arity = "0..1", paramLabel = "ID", description = "The id of a kept version, as listed.")
    private String id;

    /** Lists, restores or drops kept versions. */
    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        KeptVersions kept = new KeptVersions(dir);
        if (action == null) {
            List<KeptVersions.Kept> all = kept.list();
            if (all.isEmpty()) {
                out.println(
                        "No versions kept aside: every synchronisation merged without setting anything of yours aside.");
            }
            for (KeptVersions.Kept k : all) {
                out.printf("%s  %s%n  %s%n  files: %s%n", k.id(), TimeFormat.minutes(k.time()), k.message(),
                        String.join(", ", k.files()));
            }
            return Cli.OK;
        }
        if (id == null || !List.of("restore", "drop").contains(action)) {
            throw new IllegalArgumentException("usage: attest conflicts " + dir
                    + " [restore ID | drop ID]; list the ids with 'attest conflicts " + dir + "'");
        }
        try (CorpusStore store = Stores.open(spec, dir, CorpusStore.Mode.WRITE, "attest conflicts " + action)) {
            if (action.equals("restore")) {
                KeptVersions.Kept k = kept.restore(id);
                out.printf("Restored %s: %s. 'attest sync %s' publishes it.%n", k.id(), String.join(", ", k.files()),
                        dir);
            } else {
                KeptVersions.Kept k = kept.drop(id);
                out.printf("Dropped %s.%n", k.id());
            }
        }
        return Cli.OK;
    }
}
