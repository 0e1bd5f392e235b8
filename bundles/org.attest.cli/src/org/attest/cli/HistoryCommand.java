package org.attest.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.attest.store.TimeFormat;
import org.attest.sync.HistoryService;
import org.attest.sync.SyncException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code attest history DIR [DOC]}: who changed what, from the commits. */
@Command(name = "history", mixinStandardHelpOptions = true, description = "Who changed what and when, newest first: the whole corpus, or one document.")
public final class HistoryCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DIR", description = "The corpus folder.")
    private Path dir;

    @Parameters(index = "1", arity = "0..1", paramLabel = "DOC", description = "Only what concerns this document.")
    private String document;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "50", description = "At most N entries (0: all; default ${DEFAULT-VALUE}).")
    private int limit;

    @Option(names = "--merges", description = "Also list the synchronisations that merged the team's work.")
    private boolean merges;

    /** Prints the history. */
    @Override
    public Integer call() throws Exception {
        List<HistoryService.Entry> entries;
        try {
            entries = new HistoryService().history(dir, document, 0);
        } catch (SyncException e) {
            throw TeamMessages.worded(e, dir);
        }
        PrintWriter out = spec.commandLine().getOut();
        int shown = 0;
        for (HistoryService.Entry e : entries) {
            if (e.merge() && !merges || limit > 0 && shown >= limit) {
                continue;
            }
            out.printf("%s  %s  %-12s %s%n", TimeFormat.minutes(e.time()), e.commit(), e.author(), e.what());
            shown++;
        }
        if (shown == 0) {
            out.println(document == null ? "No history yet." : "Nothing recorded about '" + document + "' yet.");
        }
        return Cli.OK;
    }
}
