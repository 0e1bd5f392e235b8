package org.attest.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.attest.model.Annotator;
import org.attest.store.CorpusStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code attest annotators DIR [add NAME]}: lists or adds annotators. */
@Command(name = "annotators", mixinStandardHelpOptions = true, description = "List the annotators of a corpus, or add one: attest annotators DIR add NAME")
public final class AnnotatorsCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DIR", description = "The corpus folder.")
    private Path dir;

    @Parameters(index = "1", arity = "0..1", paramLabel = "ACTION", description = "'add' to add an annotator; omit to list them.")
    private String action;

    @Parameters(index = "2", arity = "0..1", paramLabel = "NAME", description = "The annotator to add (letters, digits, '.', '_', '-').")
    private String name;

    /** Lists the annotators, or adds NAME. */
    @Override
    public Integer call() throws Exception {
        if (action == null) {
            try (CorpusStore store = Stores.open(spec, dir, CorpusStore.Mode.READ, "attest annotators")) {
                for (Annotator a : store.corpus().getAnnotators()) {
                    spec.commandLine().getOut().println(a.getName());
                }
                if (store.corpus().getAnnotators().isEmpty()) {
                    spec.commandLine().getOut()
                            .println("(no annotators yet; add one with: attest annotators " + dir + " add NAME)");
                }
            }
            return Cli.OK;
        }
        if (!"add".equals(action) || name == null) {
            throw new IllegalArgumentException("usage: attest annotators " + dir + " add NAME");
        }
        try (CorpusStore store = Stores.open(spec, dir, CorpusStore.Mode.WRITE, "attest annotators add")) {
            if (store.annotator(name).isPresent()) {
                spec.commandLine().getOut().printf("Annotator '%s' already exists; nothing changed.%n", name);
                return Cli.OK;
            }
            store.ensureAnnotator(name);
            store.saveModel();
            spec.commandLine().getOut().printf("Added annotator '%s' (%d annotator(s) now).%n", name,
                    store.corpus().getAnnotators().size());
        }
        return Cli.OK;
    }
}
