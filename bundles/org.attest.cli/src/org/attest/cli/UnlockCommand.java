package org.attest.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.attest.store.fs.CorpusLock;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code attest unlock DIR}: clears a write lock left behind by a process that died, which only a file system without
 * working locks needs (elsewhere the next program takes such a lock over by itself).
 */
@Command(name = "unlock", mixinStandardHelpOptions = true, description = {
        "Clear a write lock left by a program that crashed (a live holder is never overridden).",
        "Needed only on file systems without working locks (some NFS, SMB and FUSE mounts); elsewhere the next program takes a dead program's lock over by itself."})
public final class UnlockCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DIR", description = "The corpus folder.")
    private Path dir;

    /** Clears the stale lock, or explains why there is nothing to clear. */
    @Override
    public Integer call() throws Exception {
        var holder = CorpusLock.holder(dir);
        if (CorpusLock.clearStale(dir)) {
            spec.commandLine().getOut().printf("Cleared the stale lock%s.%n",
                    holder.map(h -> " of " + h.describe()).orElse(""));
        } else {
            spec.commandLine().getOut().println("The corpus is not locked; nothing to clear.");
        }
        return Cli.OK;
    }
}
