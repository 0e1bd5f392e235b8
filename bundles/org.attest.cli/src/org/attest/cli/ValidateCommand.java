package org.attest.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.attest.store.CorpusException;
import org.attest.store.CorpusStore;
import org.attest.store.fs.Recovery;
import org.attest.validate.CorpusScan;
import org.attest.validate.CorpusValidator;
import org.attest.validate.Finding;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code attest validate DIR}: the CAS doctor; exit code 1 when anything is wrong. */
@Command(name = "validate", mixinStandardHelpOptions = true, description = {
        "Check the corpus: text hashes, spans outside the text, inverted or negative spans, dangling relations,",
        "unknown tags, orphan and leftover files. Exit code 1 when anything is wrong. Warns, without changing the exit code,",
        "of mentions that share the surname but not the given name of the person they are linked to, and of attribution",
        "chains with a Via cycle, a claim with no attribution, a source reported via itself, or one source of two types."})
public final class ValidateCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DIR", description = "The corpus folder.")
    private Path dir;

    /** Validates the corpus and prints every finding. */
    @Override
    public Integer call() throws Exception {
        // links, devices and names no system of the team can hold are found by a walk that opens and follows nothing
        List<Finding> findings = new ArrayList<>(
                java.nio.file.Files.isDirectory(dir) ? CorpusScan.scan(dir) : List.of());
        List<String> pending;
        try {
            pending = Recovery.pending(dir);
        } catch (java.io.IOException e) {
            if (findings.isEmpty()) {
                throw e;
            }
            pending = List.of(); // the walk found why; opening below says the rest
        }
        if (!pending.isEmpty()) {
            // opening would recover at once; validate says what that will do instead of listing what it will clean up
            PrintWriter out = spec.commandLine().getOut();
            findings.forEach(f -> out.println(f.describe()));
            pending.forEach(note -> out.println("needs recovery: " + note));
            out.println("The next Attest command on " + dir
                    + " (or opening it in the workbench) does this and says what it did;"
                    + " validate again afterwards.");
            return Cli.PROBLEMS;
        }
        int documents = 0;
        List<String> warnings = List.of();
        List<String> chainWarnings = new ArrayList<>();
        try (CorpusStore store = Stores.open(spec, dir, CorpusStore.Mode.READ, "attest validate")) {
            documents = store.corpus().getDocuments().size();
            // what the walk found is not reported again when reading the corpus meets it
            List<Finding> walked = List.copyOf(findings);
            CorpusValidator validator = new CorpusValidator(store);
            for (Finding f : validator.validate(message -> spec.commandLine().getErr().println("  ... " + message))) {
                if (walked.stream()
                        .noneMatch(w -> f.file().equals(w.file()) || f.problem().contains(w.file().toString()))) {
                    findings.add(f);
                }
            }
            warnings = SuspectLinks.warnings(store, dir);
            validator.warnings().forEach(w -> chainWarnings.add(w.describe()));
        } catch (CorpusException e) {
            if (findings.isEmpty()) {
                throw e;
            }
            // the corpus cannot open, most likely for what the walk found: report both
            findings.add(new Finding(dir, "cannot be opened: " + e.getMessage()));
        }
        PrintWriter out = spec.commandLine().getOut();
        for (Finding f : findings) {
            out.println(f.describe());
        }
        warnings.forEach(out::println);
        if (!warnings.isEmpty()) {
            out.printf("%d warning(s): mentions that may be linked to the wrong entity.%n", warnings.size());
        }
        chainWarnings.forEach(out::println);
        if (!chainWarnings.isEmpty()) {
            out.printf("%d warning(s): attribution chains to check.%n", chainWarnings.size());
        }
        if (findings.isEmpty()) {
            out.printf("OK: %d document(s) checked, no problems found.%n", documents);
            return Cli.OK;
        }
        out.printf("%d problem(s) found in %d document(s).%n", findings.size(), documents);
        return Cli.PROBLEMS;
    }
}
