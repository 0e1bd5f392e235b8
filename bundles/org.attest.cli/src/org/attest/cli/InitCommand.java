package org.attest.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.attest.store.CorpusStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code attest init DIR}: creates an empty corpus with the default news schema. */
@Command(name = "init", mixinStandardHelpOptions = true, description = "Create an empty corpus in DIR (new or empty folder) with the default news schema.")
public final class InitCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DIR", description = "Folder of the new corpus.")
    private Path dir;

    @Option(names = "--name", paramLabel = "NAME", description = "Name of the corpus (default: the folder name).")
    private String name;

    /** Creates the corpus and reports where it is. */
    @Override
    public Integer call() throws Exception {
        try (CorpusStore store = CorpusStore.init(dir, name, "attest init")) {
            store.notices().forEach(notice -> spec.commandLine().getErr().println("attest: " + notice));
            spec.commandLine().getOut().printf("Created corpus '%s' in %s (schema '%s': %d layers).%n",
                    store.corpus().getName(),
                    store.layout().dir(), store.corpus().getSchema().getName(),
                    store.corpus().getSchema().getLayers().size());
            spec.commandLine().getOut().printf("Next: attest import %s FILES...%n", dir);
        }
        return Cli.OK;
    }
}
